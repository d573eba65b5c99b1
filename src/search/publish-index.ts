// The merged search index into a site's output folder: its files linked under /search-index/, unchanged ones left
// as they are. Used at the end of a whole-site build (integration.ts) and by the publish step of a build in parts.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchIndexPath } from '../lib/archive/paths.ts';
import { stampOf } from '../lib/digest-stamp.ts';
import { isSameFile, linkInto } from '../lib/link-file.ts';
import { changesFileOf } from './merge-bundles.ts';

/** Links the merged index (`indexDir`, absent when the archive has no articles) into the site at `outDir`. */
export function publishSearchIndex(indexDir: string, outDir: string): void {
  const target = join(outDir, searchIndexPath);
  if (!existsSync(indexDir)) {
    rmSync(target, { recursive: true, force: true });
    return;
  }
  const record = readPublished(indexDir);
  if (isPublished(record, indexDir, target)) return;
  const changed = changedSincePublished(record, indexDir, target);
  if (changed === undefined) linkFolder(indexDir, target);
  else for (const path of changed) relink(join(indexDir, path), join(target, path));
  // The entry file's inode tells later that the copy is still the one made here.
  const published: Published = { stamp: stampOf(indexDir), target, entry: entryInode(target) };
  writeFileSync(publishedRecord(indexDir), JSON.stringify(published));
  writeFileSync(changesFileOf(indexDir), '');
}

/** Which merged index (its stamp, see index-search.ts) was last linked into which folder of a site, and its copy's entry file. */
interface Published {
  stamp: string | undefined;
  target: string;
  entry: number | undefined;
}

const publishedRecord = (indexDir: string) => `${indexDir}.published`;

const readPublished = (indexDir: string): Published | undefined =>
  existsSync(publishedRecord(indexDir)) ? (JSON.parse(readFileSync(publishedRecord(indexDir), 'utf8')) as Published) : undefined;

const entryInode = (folder: string): number | undefined => statSync(join(folder, 'pagefind-entry.json'), { throwIfNoEntry: false })?.ino;

/**
 * The merged index is linked into the site's folder already: the same merge (its stamp) was linked there last, and
 * the folder's entry file is still that link. Relinking 100k unchanged files took ~3 s of a rebuild.
 */
function isPublished(record: Published | undefined, indexDir: string, target: string): boolean {
  if (record?.stamp === undefined || record.stamp !== stampOf(indexDir) || record.target !== target) return false;
  const published = join(target, 'pagefind-entry.json');
  return existsSync(published) && isSameFile(join(indexDir, 'pagefind-entry.json'), published);
}

/**
 * The files the merges since the last publishing touched (merge-bundles.ts notes them), when the site's folder is
 * still the copy that publishing made (same folder, same entry file); otherwise none is known.
 */
function changedSincePublished(record: Published | undefined, indexDir: string, target: string): string[] | undefined {
  const changes = changesFileOf(indexDir);
  if (record?.target !== target || record.entry === undefined || record.entry !== entryInode(target) || !existsSync(changes)) return undefined;
  return [...new Set(readFileSync(changes, 'utf8').split('\n').filter(Boolean))];
}

/** The site's copy of one file of the index: linked again, or removed with it. */
function relink(source: string, target: string): void {
  if (existsSync(source)) linkInto(source, target);
  else rmSync(target, { force: true });
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
