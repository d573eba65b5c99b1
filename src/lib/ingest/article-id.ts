// An article's id from its file name: the hash of `NNN_hash.txt`, else the name itself made URL-safe.

import { createHash } from 'node:crypto';
import { basename } from 'node:path';

const DUMP_NAME = /^\d+_([0-9A-Za-z]+)\.txt$/;

export function idFromFileName(relativePath: string): string {
  const name = basename(relativePath);
  const dumpId = DUMP_NAME.exec(name)?.[1];
  if (dumpId) return dumpId.toLowerCase();
  const stem = name.replace(/\.txt$/i, '').normalize('NFC').toLowerCase();
  return stem.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'article';
}

/** The id given to the second of two files that claim the same id: stable, since it depends on the path only. */
export const disambiguatedId = (id: string, relativePath: string): string =>
  `${id}-${createHash('sha256').update(relativePath).digest('hex').slice(0, 8)}`;
