// The merge of Pagefind bundles, against Pagefind itself: bundles of the sample's articles indexed by Pagefind in
// three calendar shards, merged, give the very files Pagefind writes when it indexes all of them at once.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withText } from '../../src/lib/article-texts.ts';
import { ingestFolder } from '../../src/lib/ingest/ingest-folder.ts';
import { searchRecord } from '../../src/lib/search/record.ts';
import { chunkWeight, compareWords, mergeBundles, trimBoundaries } from '../../src/search/merge-bundles.ts';
import { PagefindFormatError } from '../../src/search/pagefind-format.ts';
import { pagefindInNode } from '../tools/pagefind-in-node.ts';

/** Small chunks, so that the sample's words fill many (Pagefind reads this when its service starts). */
const CHUNK_SIZE = 400;

/** Every file of a bundle's index by path, uncompressed (gzip streams differ from one compressor to another). */
function indexFiles(dir: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const folder of ['index', 'filter', 'fragment']) for (const name of readdirSync(join(dir, folder))) files[`${folder}/${name}`] = gunzipSync(readFileSync(join(dir, folder, name)));
  for (const name of readdirSync(dir)) if (name.endsWith('.pf_meta')) files[name] = gunzipSync(readFileSync(join(dir, name)));
  files['pagefind-entry.json'] = readFileSync(join(dir, 'pagefind-entry.json'));
  return files;
}

describe('merging Pagefind bundles', () => {
  const root = mkdtempSync(join(tmpdir(), 'arshif-merge-'));
  const [single, merged, mergedOfOne] = ['single', 'merged', 'merged-of-one'].map((name) => join(root, name)) as [string, string, string];
  const shardDirs = [0, 1, 2].map((index) => join(root, `shard-${index}`));

  beforeAll(async () => {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(CHUNK_SIZE);
    const { articles, texts } = ingestFolder('content/articles', { today: '2100-01-01' });
    const oldestFirst = [...articles].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
    const records = oldestFirst.map((article) =>
      searchRecord(withText(texts, article), { url: `/articles/${article.id}/`, categoryName: article.category, dateShown: article.date }),
    );
    const index = async (part: typeof records, outputPath: string) => {
      const { index: created } = await pagefind.createIndex({ forceLanguage: 'ar' });
      // One at a time: Pagefind numbers the pages in the order they are added.
      for (const record of part) await created!.addHTMLFile({ url: record.url, content: record.html });
      await created!.writeFiles({ outputPath });
      await created!.deleteIndex();
    };
    await index(records, single);
    // Three shards of consecutive days, as the archive cuts them (a day is never split here).
    const cuts = [0, 8, 16, records.length];
    for (const [shard, dir] of shardDirs.entries()) await index(records.slice(cuts[shard], cuts[shard + 1]), dir);
    await pagefind.close();
    mergeBundles(shardDirs, merged, CHUNK_SIZE);
    mergeBundles([single], mergedOfOne, CHUNK_SIZE);
  }, 120_000);
  afterAll(() => {
    delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  });

  it('writes, from one bundle, the files Pagefind wrote', () => {
    expect(indexFiles(mergedOfOne)).toEqual(indexFiles(single));
  });

  it('writes, from three shards, the files Pagefind writes when it indexes every page at once', () => {
    const files = indexFiles(merged);
    expect(Object.keys(files).filter((path) => path.startsWith('index/')).length).toBeGreaterThan(5);
    expect(files).toEqual(indexFiles(single));
  });

  it('is searched by Pagefind\'s own runtime with the same results, scores, filters and orders', async () => {
    const [fromPagefind, fromMerge] = await Promise.all([pagefindInNode(single), pagefindInNode(join(merged))]);
    for (const [term, options] of [
      ['الملك', {}],
      ['العالم', { sort: { date: 'desc' } }],
      ['البنك', { filters: { year: '2018' } }],
      [null, { sort: { date: 'asc' } }],
    ] as const) {
      const [expected, actual] = await Promise.all([fromPagefind.search(term, options), fromMerge.search(term, options)]);
      expect(actual.results.length, String(term)).toBeGreaterThan(0);
      expect(actual.results.map(({ id, score }) => [id, score])).toEqual(expected.results.map(({ id, score }) => [id, score]));
      expect(actual.filters).toEqual(expected.filters);
    }
  });

  it('refuses a bundle of another Pagefind version, naming the file and the version it reads', () => {
    const other = mkdtempSync(join(tmpdir(), 'arshif-merge-old-'));
    const entry = JSON.parse(readFileSync(join(single, 'pagefind-entry.json'), 'utf8')) as { version: string };
    writeFileSync(join(other, 'pagefind-entry.json'), JSON.stringify({ ...entry, version: '1.5.2' }));
    expect(() => mergeBundles([single, other], join(root, 'refused'))).toThrow(PagefindFormatError);
    expect(() => mergeBundles([single, other], join(root, 'refused'))).toThrow(/pagefind-entry\.json: written by Pagefind 1\.5\.2.*reads Pagefind 1\.6\.0/);
  });
});

describe('Pagefind\'s ordering and chunking rules', () => {
  it('orders words by their UTF-8 bytes (Rust), not by UTF-16 code units', () => {
    expect(compareWords('a', 'b')).toBeLessThan(0);
    expect(compareWords('ab', 'a')).toBeGreaterThan(0);
    // U+FB50 (Arabic presentation form) sorts before U+1F600 in UTF-8, after it in UTF-16.
    expect(compareWords('\uFB50', '\u{1F600}')).toBeLessThan(0);
    expect(['\u{1F600}', '\uFB50', 'z'].sort(compareWords)).toEqual(['z', '\uFB50', '\u{1F600}']);
  });

  it('cuts neighbouring chunks\' bounds to the shortest prefixes that tell them apart (Pagefind\'s own test cases)', () => {
    expect(trimBoundaries([['apple', 'apple', 'a'], ['apricot', 'banana', 'b'], ['peach', 'peach', 'c']])).toEqual([
      ['apple', 'apple', 'a'],
      ['apr', 'b', 'b'],
      ['p', 'peach', 'c'],
    ]);
  });

  it('counts a word\'s locations, one more per page and per spelling variant', () => {
    expect(chunkWeight(['a', [[0, [1, 2], []], [3, [4], [-1, 0]]], [['á', [[0, [5], []]]]]])).toBe(3 + 4 + 1 + 2);
  });
});
