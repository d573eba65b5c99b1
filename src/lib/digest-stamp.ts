// Outputs kept between builds and made again only when their inputs change: a stamp file beside them holds the
// digest of the inputs they were made from. The stamp is removed before the outputs are made again and written
// last, so that an interrupted build never leaves outputs that look complete.

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** The outputs exist and were made from inputs of this digest. */
export const isStampedWith = (stampFile: string, digest: string, outputs: readonly string[]): boolean =>
  outputs.every((output) => existsSync(output)) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest;

/** Before the outputs are made again. */
export const removeStamp = (stampFile: string): void => rmSync(stampFile, { force: true });

/** Once the outputs are complete. */
export const writeStamp = (stampFile: string, digest: string): void => writeFileSync(stampFile, digest);
