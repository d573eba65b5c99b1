// A built site's files, and how two sites differ: what the tests that compare builds byte for byte compare.

import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseSettings } from '../../src/settings.ts';

/** Removes the output folder of a site built with `env` and its caches: its next build is a cold one. */
export function removeBuild(env: Record<string, string>): void {
  for (const folder of [parseSettings(env).outDir, parseSettings(env).cacheDir]) rmSync(folder, { recursive: true, force: true });
}

/** Every file under `folder` (relative path → bytes). */
export function filesOf(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(folder.length + 1), readFileSync(path));
  }
  return files;
}

/** The files that differ, are missing or are extra in `actual`, compared with `expected`. */
export function differences(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const found: string[] = [];
  for (const [path, bytes] of expected) {
    const other = actual.get(path);
    if (!other) found.push(`missing: ${path}`);
    else if (!other.equals(bytes)) found.push(`differs: ${path}`);
  }
  for (const path of actual.keys()) if (!expected.has(path)) found.push(`extra: ${path}`);
  return found.sort();
}
