import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderTexts } from '../../src/lib/article-texts.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import type { SearchShard } from '../../src/lib/search/shards.ts';
import { indexShards } from '../../src/search/build-index.ts';
import { type RecordSource, shardRecords, stageSearchShards } from '../../src/search/stage.ts';
import { indexFiles } from '../tools/pagefind-alone.ts';
import { articleFixture } from './helpers.ts';

const folder = (name: string) => mkdtempSync(join(tmpdir(), `arshif-${name}-`));

async function recordsOf(source: RecordSource, shard: SearchShard): Promise<SearchRecord[]> {
  const records: SearchRecord[] = [];
  for await (const record of shardRecords(source, shard)) records.push(record);
  return records;
}

describe('stageSearchShards and shardRecords', () => {
  it('stages every article once, in the file of its shard, and makes its record with its URL under the base path', async () => {
    const textsDir = folder('texts');
    const texts = folderTexts(textsDir);
    const withParagraphs = (id: string, date: string, paragraphs: string[]) => ({ ...articleFixture(id, date), textDigest: texts.put(paragraphs) });
    const articles = [
      { ...withParagraphs('d', '2018-05-20', ['فقرة <i>أولى</i>']), title: 'عنوان <b> & "x"' },
      withParagraphs('c', '2017-03-02', ['نص ج']),
      withParagraphs('b', '2017-03-01', ['نص ب']),
      withParagraphs('a', '2001-01-05', ['نص أ']),
    ];
    const dir = folder('stage');
    const labels = { base: '/archive/', digits: 'latn' } as const;
    const { shards } = await stageSearchShards({ articles, categoryNameOf: (article) => `«${article.category}»` }, { dir, shardSize: 2, ...labels });
    expect(shards.map((shard) => [shard.key, shard.articleCount])).toEqual([['2001', 1], ['2017', 2], ['2018-05', 1]]);
    expect(readdirSync(dir).filter((file) => file.endsWith('.jsonl')).sort()).toEqual(['2001.jsonl', '2017.jsonl', '2018-05.jsonl']);
    const source = { stagingDir: dir, textsDir, ...labels };
    const [older, newer] = await recordsOf(source, shards[1]!);
    expect([older?.url, newer?.url]).toEqual(['/archive/articles/b/', '/archive/articles/c/']);
    expect(older?.html).toContain('نص ب'); // the paragraphs, read from the texts when the record is made
    const [hostile] = await recordsOf(source, shards[2]!);
    expect(hostile?.html).toContain('عنوان &lt;b&gt; &amp; &quot;x&quot;');
    expect(hostile?.html).toContain('فقره &lt;i&gt;اولي&lt;/i&gt;');
    expect(hostile?.html).toContain('2018'); // the date shown, in Latin digits
    expect(hostile?.html).toContain('data-pagefind-meta="category">«'); // the category's name as the archive shows it
  });

  it('keeps the file of a shard whose articles, labels and code are unchanged, and stages the others again', async () => {
    const dir = folder('stage');
    const articles = [articleFixture('c', '2018-05-20'), articleFixture('b', '2017-03-01'), articleFixture('a', '2001-01-05')];
    const stage = (staged: typeof articles, categoryName = 'c', base = '/') =>
      stageSearchShards({ articles: staged, categoryNameOf: () => categoryName }, { dir, shardSize: 2, base, digits: 'latn' });
    const files = () => Object.fromEntries(readdirSync(dir).filter((file) => file.endsWith('.jsonl')).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
    const first = await stage(articles);
    expect(first.kept).toBe(0);
    // A planted mark shows which files were written again.
    const plant = () => {
      for (const file of Object.keys(files())) writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}planted\n`);
    };
    plant();
    const again = await stage(articles);
    expect(again.kept).toBe(3);
    // The digest of each shard's inputs, the indexer's key, is the same when nothing changed.
    expect(again.shards.map((shard) => shard.records)).toEqual(first.shards.map((shard) => shard.records));
    expect(Object.values(files()).every((text) => text.endsWith('planted\n'))).toBe(true);

    // An edited body (its content digest) restages its shard only.
    plant();
    const editedText = 'f'.repeat(32);
    const edited = [articles[0]!, { ...articles[1]!, textDigest: editedText }, articles[2]!];
    const afterEdit = await stage(edited);
    expect(afterEdit.kept).toBe(2);
    expect(afterEdit.shards.map((shard) => shard.records === first.shards.find(({ key }) => key === shard.key)?.records)).toEqual([true, false, true]);
    expect(files()['2017.jsonl']).toContain(editedText);
    expect(files()['2017.jsonl']).not.toContain('planted');
    expect(files()['2001.jsonl']).toContain('planted');

    // A category's shown name or the base path changes the records: staged again; a deleted article's shard goes.
    expect((await stage(edited, 'قسم آخر')).kept).toBe(0);
    expect((await stage(edited, 'قسم آخر', '/archive/')).kept).toBe(0);
    expect((await stage(edited.slice(0, 2), 'قسم آخر', '/archive/')).kept).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['2017.inputs', '2017.jsonl', '2018-05.inputs', '2018-05.jsonl']);
  });

  it('indexes shards on several Pagefind services into the bundles one service writes, and keeps them after', async () => {
    const textsDir = folder('texts');
    const texts = folderTexts(textsDir);
    const dates = ['2001-01-05', '2009-06-01', '2017-03-01', '2017-03-02', '2018-05-19', '2018-05-20'];
    const articles = dates.map((date, index) => ({ ...articleFixture(`a${index}`, date), textDigest: texts.put([`نص المقالة ${index} عن ${date}`]) }));
    const labels = { base: '/', digits: 'latn' } as const;
    const stagingDir = folder('stage');
    const { shards } = await stageSearchShards({ articles, categoryNameOf: () => 'اقتصاد' }, { dir: stagingDir, shardSize: 1, ...labels });
    expect(shards.length).toBe(6);
    const source = { stagingDir, textsDir, ...labels };
    const [alone, together, joined] = [folder('one-service'), folder('three-services'), folder('services-joining')];
    const lines: string[] = [];
    await indexShards(shards, source, alone, () => {});
    expect(await indexShards(shards, source, together, (line) => lines.push(line), { lanes: 3 })).toEqual({ reused: 0 });
    expect(lines.length).toBe(6);
    // Two services join the first once it has begun (as when the build's pages are done).
    await indexShards(shards, source, joined, () => {}, { lanes: 1, moreLanes: Promise.resolve(3) });
    for (const shard of shards) {
      expect(indexFiles(join(together, shard.key))).toEqual(indexFiles(join(alone, shard.key)));
      expect(indexFiles(join(joined, shard.key))).toEqual(indexFiles(join(alone, shard.key)));
    }
    expect(await indexShards(shards, source, together, () => {}, { lanes: 3 })).toEqual({ reused: 6 });
  }, 60_000);
});
