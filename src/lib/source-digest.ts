// Digests of the code that made something, so that a cache kept between builds is dropped when that code changes:
// a module's source and the sources of every module it imports by relative path, transitively. Packages are
// covered by the lockfile, which is part of every digest.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** Imports that bring code (not `import type`), by a relative path. */
const RELATIVE_IMPORT = /^(?:import|export)\s+(?!type\s)[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gms;

/** The module and every module it imports by relative path, directly or not, in a fixed order. */
export function importClosure(entries: readonly URL[]): URL[] {
  const seen = new Map<string, URL>();
  const visit = (module: URL) => {
    if (seen.has(module.href)) return;
    seen.set(module.href, module);
    for (const [, specifier] of readFileSync(module, 'utf8').matchAll(RELATIVE_IMPORT)) visit(new URL(specifier!, module));
  };
  for (const entry of entries) visit(entry);
  return [...seen.values()].sort((a, b) => (a.href < b.href ? -1 : 1));
}

const LOCKFILE = new URL('../../package-lock.json', import.meta.url);

/** A digest of the code of `entries` (see importClosure) and of the lockfile; paths count relative to `src/`. */
export function sourceDigest(entries: readonly URL[]): string {
  const src = new URL('..', import.meta.url).href;
  const hash = createHash('sha256');
  for (const module of importClosure(entries)) hash.update(module.href.slice(src.length)).update('\0').update(readFileSync(module));
  if (existsSync(LOCKFILE)) hash.update(readFileSync(LOCKFILE));
  return hash.digest('hex');
}
