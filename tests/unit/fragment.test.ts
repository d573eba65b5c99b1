import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { restoreFragment } from '../../src/lib/search/fragment.ts';
import { normalizeForSearch } from '../../src/lib/search/normalize.ts';
import { shownText } from '../../src/lib/search/shown-text.ts';

// Pagefind 1.6's fragment format: gzip of a signature and the JSON.
const fragmentFile = (fragment: object) => gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`);
const read = (bytes: Buffer) => JSON.parse(gunzipSync(bytes).toString().slice('pagefind_dcd'.length)) as Record<string, unknown>;

describe('restoreFragment', () => {
  const url = '/articles/x/';
  const shown = shownText('أعلن "الوزير" أن <b> & غيرها', ['قالت إنّ الأمم المتحدة <script>alert(1)</script>']);
  const fragment = { url, content: normalizeForSearch(shown), word_count: 12, meta: { title: 'أعلن "الوزير"' } };

  it('puts the article\'s own spelling back, quotes, ampersands and angle brackets as raw text, the rest untouched', () => {
    const restored = restoreFragment(fragmentFile(fragment), new Map([[url, shown]]));
    expect(restored).toBeDefined();
    const json = read(restored!);
    expect(json.content).toBe(shown);
    expect(json.content).toContain('"الوزير" أن <b> & غيرها');
    expect(json).toMatchObject({ url, word_count: 12, meta: { title: 'أعلن "الوزير"' } });
  });

  it('leaves a fragment whose words do not pair, and refuses bytes of another format', () => {
    expect(restoreFragment(fragmentFile(fragment), new Map([[url, 'كلمة']]))).toBeUndefined();
    expect(() => restoreFragment(gzipSync('{"url":"/x/"}'), new Map())).toThrow(/not a Pagefind 1.6 fragment/);
  });
});
