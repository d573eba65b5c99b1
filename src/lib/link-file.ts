// Files hard-linked into place rather than copied: the search index's files into the site, the article texts
// into a part's slice of a build in parts. Unchanged files are left as they are.

import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, type Stats, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Hard-links a file into place (a copy across file systems), making its folder. A file already there with the same
 * content is kept: a shard indexed again gives the same fragments for its unchanged articles, which need not be
 * published again.
 */
export function linkInto(source: string, target: string): void {
  // Looked at before linking: a link refused because the target exists costs an exception, and most targets do.
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing === undefined) {
    // Its folder is made only when missing: most exist, and a mkdir a file cost more than the links.
    if (!existsSync(dirname(target))) mkdirSync(dirname(target), { recursive: true });
    return linkOrCopy(source, target);
  }
  const from = statSync(source);
  if (isSameInode(from, existing)) return;
  if (from.size === existing.size && readFileSync(source).equals(readFileSync(target))) return;
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  linkOrCopy(source, partial);
  renameSync(partial, target);
}

const isSameInode = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

/** Both paths are links to one file. */
export const isSameFile = (a: string, b: string): boolean => isSameInode(statSync(a), statSync(b));

function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if (!['EXDEV', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(source, target, constants.COPYFILE_EXCL);
  }
}
