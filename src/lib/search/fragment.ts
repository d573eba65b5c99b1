// A Pagefind 1.6 fragment file (the text results' excerpts are made from): gzip of a signature and JSON. Pagefind
// stores the text raw and escapes it when it makes an excerpt, so the text put back here stays raw too.

import { gunzipSync, gzipSync } from 'node:zlib';
import { restoreSpelling } from './shown-text.ts';

const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * The fragment with its text in the article's own spelling (see shown-text.ts), or undefined when its words do
 * not pair with `shownByUrl`'s. Throws when the bytes are not a fragment of this format.
 */
export function restoreFragment(gzipped: Uint8Array, shownByUrl: ReadonlyMap<string, string>): Buffer | undefined {
  const bytes = gunzipSync(gzipped);
  if (bytes.subarray(0, FRAGMENT_SIGNATURE.length).toString() !== FRAGMENT_SIGNATURE) {
    throw new Error('not a Pagefind 1.6 fragment; has its format changed?');
  }
  const fragment = JSON.parse(bytes.subarray(FRAGMENT_SIGNATURE.length).toString()) as { url: string; content: string };
  const content = restoreSpelling(fragment.content, shownByUrl.get(fragment.url) ?? '');
  if (content === undefined) return undefined;
  return gzipSync(`${FRAGMENT_SIGNATURE}${JSON.stringify({ ...fragment, content })}`);
}
