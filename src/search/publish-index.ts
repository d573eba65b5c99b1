// The merged search index into a site's output folder: its files linked under /search-index/, unchanged ones left
// as they are. Used at the end of a whole-site build (integration.ts) and by the publish step of a build in parts.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchIndexPath } from '../lib/archive/paths.ts';
import { stampOf } from '../lib/digest-stamp.ts';
import { isSameFile, linkInto } from '../lib/link-file.ts';

/** Links the merged index (`indexDir`, absent when the archive has no articles) into the site at `outDir`. */
export function publishSearchIndex(indexDir: string, outDir: string): void {
  const target = join(outDir, searchIndexPath);
  if (!existsSync(indexDir)) {
    rmSync(target, { recursive: true, force: true });
    return;
  }
  if (isPublished(indexDir, target)) return;
  linkFolder(indexDir, target);
  writeFileSync(publishedRecord(indexDir), `${stampOf(indexDir)} ${target}`);
}

/** Which merged index (its stamp, see index-search.ts) was last linked into which folder of a site. */
const publishedRecord = (indexDir: string) => `${indexDir}.published`;

/**
 * The merged index is linked into the site's folder already: the same merge (its stamp) was linked there last, and
 * the folder's entry file is still that link. Relinking 100k unchanged files took ~3 s of a rebuild.
 */
function isPublished(indexDir: string, target: string): boolean {
  const record = publishedRecord(indexDir);
  if (!existsSync(record) || readFileSync(record, 'utf8') !== `${stampOf(indexDir)} ${target}`) return false;
  const published = join(target, 'pagefind-entry.json');
  return existsSync(published) && isSameFile(join(indexDir, 'pagefind-entry.json'), published);
}

/**
 * Makes `to` hold links to the files of `from` and nothing else. Files already linked from the same file are left
 * alone: at 100k articles the index holds over 100k files and most do not change.
 */
function linkFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  const names = new Set(readdirSync(from));
  for (const entry of readdirSync(to)) if (!names.has(entry)) rmSync(join(to, entry), { recursive: true, force: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkFolder(source, target);
    else linkInto(source, target);
  }
}
