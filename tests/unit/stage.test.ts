import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { stageSearchRecords } from '../../src/search/stage.ts';
import { articleFixture } from './helpers.ts';

describe('stageSearchRecords', () => {
  it('writes every article once, into the file of its shard, with its URL under the base path', () => {
    const articles = [
      { ...articleFixture('d', '2018-05-20'), title: 'عنوان <b> & "x"' },
      articleFixture('c', '2017-03-02'),
      articleFixture('b', '2017-03-01'),
      articleFixture('a', '2001-01-05'),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'arshif-stage-'));
    const shards = stageSearchRecords({ articles, categoryNameOf: (article) => `«${article.category}»` }, { dir, shardSize: 2, base: '/archive/', digits: 'latn' });
    expect(shards.map((shard) => [shard.key, shard.articleCount])).toEqual([['2001', 1], ['2017', 2], ['2018-05', 1]]);
    expect(readdirSync(dir).sort()).toEqual(['2001.jsonl', '2017.jsonl', '2018-05.jsonl']);
    const records = (key: string) =>
      readFileSync(join(dir, `${key}.jsonl`), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SearchRecord);
    expect(records('2017').map((record) => record.url)).toEqual(['/archive/articles/b/', '/archive/articles/c/']);
    const [hostile] = records('2018-05');
    expect(hostile?.html).toContain('عنوان &lt;b&gt; &amp; &quot;x&quot;');
    expect(hostile?.html).toContain('2018'); // the date shown, in Latin digits
    expect(hostile?.html).toContain('data-pagefind-meta="category">«'); // the category's name as the archive shows it
  });
});
