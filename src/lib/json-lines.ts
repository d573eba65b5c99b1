// Files that grow with the archive (the parse cache, the output folder's listing) are kept as a line of JSON per
// entry and read a block at a time: at 1M articles one string of such a file would near V8's longest (~512 MB).

import type { Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Bytes read at a time; each block's whole lines are parsed at once (one parse a line took half again as long). */
const BLOCK_BYTES = 4 << 20;

/** The value of every line of a file of JSON lines, in order; every byte read goes to `digest` if one is given. */
export function* readJsonLines(file: string, digest?: Hash): Generator<unknown> {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(BLOCK_BYTES);
    const decoder = new StringDecoder('utf8');
    let partial = '';
    for (let read = readSync(descriptor, buffer); read > 0; read = readSync(descriptor, buffer)) {
      digest?.update(buffer.subarray(0, read));
      const text = partial + decoder.write(buffer.subarray(0, read));
      const end = text.lastIndexOf('\n');
      partial = text.slice(end + 1);
      // A raw line break only ever ends a line: JSON writes the ones inside strings as \n.
      if (end > 0) yield* JSON.parse(`[${text.slice(0, end).replaceAll('\n', ',')}]`) as unknown[];
    }
    const last = partial + decoder.end();
    if (last.trim() !== '') yield JSON.parse(last);
  } finally {
    closeSync(descriptor);
  }
}

/** Lines of JSON, one a value, for `writeFileWhole`. */
export function* jsonLines(values: Iterable<unknown>): Generator<string> {
  for (const value of values) yield `${JSON.stringify(value)}\n`;
}
