// Outputs kept between builds and made again only when their inputs change: a stamp file beside them holds the
// digest of the inputs they were made from. The stamp is removed before the outputs are made again and written
// last, so that an interrupted build never leaves outputs that look complete.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The stamp of an output made by one step (a folder): beside it, named after it. */
export const stampFileOf = (output: string): string => `${output}.digest`;

/** The digest an output was last stamped with, if it was. */
export const stampOf = (output: string): string | undefined => (existsSync(stampFileOf(output)) ? readFileSync(stampFileOf(output), 'utf8') : undefined);

/** The outputs exist and were made from inputs of this digest. */
export const isStampedWith = (stampFile: string, digest: string, outputs: readonly string[]): boolean =>
  outputs.every((output) => existsSync(output)) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest;

/**
 * Keeps the outputs if they were made from inputs of this digest; otherwise makes them (`make`) and stamps them.
 * Returns whether they were kept.
 */
export async function keepOrMake(stampFile: string, digest: string, outputs: readonly string[], make: () => void | Promise<void>): Promise<boolean> {
  if (isStampedWith(stampFile, digest, outputs)) return true;
  rmSync(stampFile, { force: true });
  await make();
  writeFileSync(stampFile, digest);
  return false;
}

/**
 * Empties `output` when the code that fills it (its digest) is not the code that last did. For an output that keeps
 * its files between builds and writes only the ones it lacks (the merged search index names a file by its content),
 * so that no file an earlier version of the code wrote (other compression, say) stays. The records kept beside it
 * (`<output>.<what>`: its stamp, which shards' fragments it holds, where it was published) go with it: they describe
 * files that are gone. Returns whether it emptied.
 */
export function emptyWhenCodeChanged(output: string, codeDigest: string): boolean {
  const codeFile = `${output}.code`;
  if (existsSync(codeFile) && readFileSync(codeFile, 'utf8') === codeDigest) return false;
  const [folder, name] = [dirname(output), basename(output)];
  if (existsSync(folder)) {
    for (const entry of readdirSync(folder)) if (entry === name || entry.startsWith(`${name}.`)) rmSync(join(folder, entry), { recursive: true, force: true });
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(codeFile, codeDigest);
  return true;
}
