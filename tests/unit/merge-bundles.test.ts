// The merge of Pagefind bundles, against Pagefind itself: bundles of the sample's articles indexed by Pagefind in
// three calendar shards, merged, give the very files Pagefind writes when it indexes all of them at once.

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withText } from '../../src/lib/article-texts.ts';
import { emptyWhenCodeChanged, stampFileOf } from '../../src/lib/digest-stamp.ts';
import { ingestFolder } from '../../src/lib/ingest/ingest-folder.ts';
import { searchRecord } from '../../src/lib/search/record.ts';
import { compareWords } from '../../src/search/index-chunk.ts';
import { mergeBundles, trimBoundaries } from '../../src/search/merge-bundles.ts';
import { publishSearchIndex } from '../../src/search/publish-index.ts';
import { filesOf } from '../cli/files.ts';
import { PagefindFormatError } from '../../src/search/pagefind-format.ts';
import { indexFiles } from '../tools/pagefind-alone.ts';
import { pagefindInNode } from '../tools/pagefind-in-node.ts';

const VARIANT_WORDS = ['café', 'cafe', 'naïve', 'naive', 'résumé', 'resume', 'über', 'uber', 'noël', 'noel', 'garçon', 'garcon', 'été', 'ete', 'pâte', 'pate', 'mot'];

/** Small chunks, so that the sample's words fill many (Pagefind reads this when its service starts). */
const CHUNK_SIZE = 400;

describe('merging Pagefind bundles', () => {
  const root = mkdtempSync(join(tmpdir(), 'arshif-merge-'));
  const [single, merged, mergedOfOne] = ['single', 'merged', 'merged-of-one'].map((name) => join(root, name)) as [string, string, string];
  const shardDirs = [0, 1, 2].map((index) => join(root, `shard-${index}`));
  const [latinSingle, latinMerged] = [join(root, 'latin-single'), join(root, 'latin-merged')];
  const latinShards = [0, 1, 2].map((index) => join(root, `latin-shard-${index}`));

  beforeAll(async () => {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(CHUNK_SIZE);
    const { articles, texts } = await ingestFolder('content/articles', { today: '2100-01-01' });
    const oldestFirst = [...articles].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
    const records = oldestFirst.map((article) =>
      searchRecord(withText(texts, article), { url: `/articles/${article.id}/`, categoryName: article.category, dateShown: article.date }),
    );
    const index = async (part: readonly { url: string; html: string }[], outputPath: string, language = 'ar') => {
      const { index: created } = await pagefind.createIndex({ forceLanguage: language });
      // One at a time: Pagefind numbers the pages in the order they are added.
      for (const record of part) await created!.addHTMLFile({ url: record.url, content: record.html });
      await created!.writeFiles({ outputPath });
      await created!.deleteIndex();
    };
    await index(records, single);
    // Three shards of consecutive days, as the archive cuts them (a day is never split here).
    const cuts = [0, 8, 16, records.length];
    for (const [shard, dir] of shardDirs.entries()) await index(records.slice(cuts[shard], cuts[shard + 1]), dir);
    // Words with diacritics are indexed as spelling variants of their plain form (Arabic records have none: the
    // archive's normalisation removes them), a part of the format the sample does not reach.
    const latin = Array.from({ length: 9 }, (_, page) => {
      const words = Array.from({ length: 60 }, (_, index) => VARIANT_WORDS[(page * 7 + index * index) % VARIANT_WORDS.length]);
      return { url: `/latin/${page}/`, html: `<html lang="fr"><body><main><h1>${words.slice(0, 3).join(' ')}</h1><p>${words.join(' ')}</p></main></body></html>` };
    });
    await index(latin, latinSingle, 'fr');
    for (const [shard, dir] of latinShards.entries()) await index(latin.slice(shard * 3, shard * 3 + 3), dir, 'fr');
    await pagefind.close();
    await mergeBundles(shardDirs.map((dir) => [dir]), merged, CHUNK_SIZE);
    await mergeBundles([[single]], mergedOfOne, CHUNK_SIZE);
    await mergeBundles([latinShards], latinMerged, CHUNK_SIZE);
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

  it('joins the spelling variants of a word (forms with diacritics) as Pagefind does', () => {
    const files = indexFiles(latinMerged);
    expect(files).toEqual(indexFiles(latinSingle));
    const chunks = Object.keys(files).filter((path) => path.startsWith('index/'));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.some((path) => files[path]!.toString('latin1').includes('caf\u00c3\u00a9'))).toBe(true); // «café», UTF-8
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

  it('merges again from the words it saved beside each shard, and saves them again when the shard changed', async () => {
    const copies = shardDirs.map((dir, index) => {
      const copy = join(root, `copy-${index}`);
      cpSync(dir, copy, { recursive: true });
      return copy;
    });
    for (const copy of copies) expect(existsSync(join(copy, 'merge-words.cbor'))).toBe(true);
    // Shard 0's chunks spoilt: a merge that read them would fail, one from the saved words does not.
    for (const chunk of readdirSync(join(copies[0]!, 'index'))) writeFileSync(join(copies[0]!, 'index', chunk), 'not a chunk');
    // Shard 1's saved words are shard 2's (as if shard 1 had been indexed again since): they must be made again.
    for (const name of ['merge-words.cbor', 'merge-words.cbor.digest']) cpSync(join(shardDirs[2]!, name), join(copies[1]!, name));
    const again = join(root, 'merged-again');
    await mergeBundles(copies.map((copy) => [copy]), again, CHUNK_SIZE);
    expect(indexFiles(again)).toEqual(indexFiles(single));
    expect(readFileSync(join(copies[1]!, 'merge-words.cbor'))).toEqual(readFileSync(join(shardDirs[1]!, 'merge-words.cbor')));
  });

  it('merges groups of shards first, into the same files, keeping a group\'s joined words while its shards are unchanged', async () => {
    const copies = shardDirs.map((dir, index) => {
      const copy = join(root, `grouped-${index}`);
      cpSync(dir, copy, { recursive: true });
      return copy;
    });
    const grouped = join(root, 'grouped');
    // Shard 1's place first taken by shard 2's bundle: the group of shards 0 and 1 is merged from the wrong pages.
    cpSync(shardDirs[2]!, copies[1]!, { recursive: true });
    await mergeBundles([[copies[0]!, copies[1]!], [copies[2]!]], grouped, CHUNK_SIZE);
    expect(indexFiles(grouped)).not.toEqual(indexFiles(single));
    expect(readdirSync(`${grouped}.groups`)).toEqual(['grouped-0', 'grouped-0.digest']);
    // Shard 1 back: its group is merged again.
    rmSync(copies[1]!, { recursive: true });
    cpSync(shardDirs[1]!, copies[1]!, { recursive: true });
    await mergeBundles([[copies[0]!, copies[1]!], [copies[2]!]], grouped, CHUNK_SIZE);
    expect(indexFiles(grouped)).toEqual(indexFiles(single));
    // Shards 0 and 1 spoilt, chunks and saved words alike: the group's joined words are what the merge reads.
    for (const copy of copies.slice(0, 2)) {
      for (const chunk of readdirSync(join(copy, 'index'))) writeFileSync(join(copy, 'index', chunk), 'not a chunk');
      writeFileSync(join(copy, 'merge-words.cbor'), 'not saved words');
    }
    await mergeBundles([[copies[0]!, copies[1]!], [copies[2]!]], grouped, CHUNK_SIZE);
    expect(indexFiles(grouped)).toEqual(indexFiles(single));
    // Every shard in one group, then each alone: the same files; a group no longer merged leaves nothing behind.
    await mergeBundles([shardDirs], grouped, CHUNK_SIZE);
    expect(indexFiles(grouped)).toEqual(indexFiles(single));
    await mergeBundles(shardDirs.map((dir) => [dir]), grouped, CHUNK_SIZE);
    expect(indexFiles(grouped)).toEqual(indexFiles(single));
    expect(readdirSync(`${grouped}.groups`)).toEqual([]);
  });

  it('publishes into the site only what a merge changed, and the whole index when the site\'s copy is not its own', async () => {
    const [index, site] = [join(root, 'published-index'), join(root, 'site')];
    const copy = join(site, 'search-index');
    // Stamped shards, as the build keeps them: a merge links only the fragments of shards it has not linked before.
    const shards = shardDirs.map((dir, index) => {
      const stamped = join(root, `publish-shard-${index}`);
      cpSync(dir, stamped, { recursive: true });
      writeFileSync(stampFileOf(stamped), `shard ${index}`);
      return stamped;
    });
    await mergeBundles([shards.slice(0, 2)], index, CHUNK_SIZE);
    writeFileSync(stampFileOf(index), 'two shards');
    publishSearchIndex(index, site);
    expect(filesOf(copy)).toEqual(filesOf(index));
    // A fragment of shard 0 spoilt in the site's copy: the next publishing, knowing what the merge changed, leaves it.
    const kept = readdirSync(join(copy, 'fragment'))[0]!;
    rmSync(join(copy, 'fragment', kept));
    writeFileSync(join(copy, 'fragment', kept), 'spoilt');
    await mergeBundles([shards], index, CHUNK_SIZE);
    writeFileSync(stampFileOf(index), 'three shards');
    publishSearchIndex(index, site);
    expect(indexFiles(index)).toEqual(indexFiles(single));
    const expected = new Map([...filesOf(index), [`fragment/${kept}`, Buffer.from('spoilt')]]);
    expect(filesOf(copy)).toEqual(expected);
    // The copy's entry file gone (say, the site folder emptied by hand): every file is linked again.
    rmSync(join(copy, 'pagefind-entry.json'));
    await mergeBundles([shards.slice(0, 2)], index, CHUNK_SIZE);
    writeFileSync(stampFileOf(index), 'two shards again');
    publishSearchIndex(index, site);
    expect(filesOf(copy)).toEqual(filesOf(index));
  }, 60_000);

  it('links every fragment again into an index emptied because the merge code changed', async () => {
    // Stamped shards, as the build keeps them: the merge then remembers which shards' fragments it linked.
    const stamped = shardDirs.map((dir, index) => {
      const copy = join(root, `stamped-${index}`);
      cpSync(dir, copy, { recursive: true });
      writeFileSync(stampFileOf(copy), `shard ${index}`);
      return copy;
    });
    const index = join(root, 'emptied');
    emptyWhenCodeChanged(index, 'merge code 1');
    await mergeBundles([stamped], index, CHUNK_SIZE);
    expect(emptyWhenCodeChanged(index, 'merge code 2')).toBe(true);
    expect(existsSync(`${index}.groups`)).toBe(false);
    await mergeBundles([stamped], index, CHUNK_SIZE);
    expect(indexFiles(index)).toEqual(indexFiles(merged));
  });

  it('refuses a bundle of another Pagefind version, naming the file and the version it reads', async () => {
    const other = mkdtempSync(join(tmpdir(), 'arshif-merge-old-'));
    const entry = JSON.parse(readFileSync(join(single, 'pagefind-entry.json'), 'utf8')) as { version: string };
    writeFileSync(join(other, 'pagefind-entry.json'), JSON.stringify({ ...entry, version: '1.5.2' }));
    await expect(mergeBundles([[single, other]], join(root, 'refused'))).rejects.toThrow(PagefindFormatError);
    await expect(mergeBundles([[single, other]], join(root, 'refused'))).rejects.toThrow(/pagefind-entry\.json: written by Pagefind 1\.5\.2.*reads Pagefind 1\.6\.0/);
  });
});

describe('Pagefind\'s ordering and chunking rules', () => {
  it('orders words by their UTF-8 bytes (Rust), not by UTF-16 code units', () => {
    expect(compareWords('a', 'b')).toBeLessThan(0);
    expect(compareWords('ab', 'a')).toBeGreaterThan(0);
    // U+FB50 (Arabic presentation form) sorts before U+1F600 in UTF-8, after it in UTF-16.
    expect(compareWords('\uFB50', '\u{1F600}')).toBeLessThan(0);
    expect(['\u{1F600}', '\uFB50', 'z'].sort(compareWords)).toEqual(['z', '\uFB50', '\u{1F600}']);
    expect(compareWords('a\u{1F600}', 'a\u{1F600}')).toBe(0);
    expect(compareWords('\uD7FF', '\uFB50')).toBeLessThan(0);
  });

  it('cuts neighbouring chunks\' bounds to the shortest prefixes that tell them apart (Pagefind\'s own test cases)', () => {
    expect(trimBoundaries([['apple', 'apple', 'a'], ['apricot', 'banana', 'b'], ['peach', 'peach', 'c']])).toEqual([
      ['apple', 'apple', 'a'],
      ['apr', 'b', 'b'],
      ['p', 'peach', 'c'],
    ]);
  });
});
