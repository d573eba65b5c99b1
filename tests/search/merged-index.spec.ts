// The search site's index is merged from its shards' bundles (src/search/merge-bundles.ts). Here Pagefind indexes
// the same records (made from the staged shards) at once, and both indexes are searched by Pagefind's own runtime
// for every query of the query set, filtered and sorted too: same results, same scores. Node only, no browser.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readIngestRecord } from '../../src/lib/ingest/ingest-record.ts';
import { searchTermOf } from '../../src/lib/search/normalize.ts';
import { recordSourceOf } from '../../src/search/stage.ts';
import { parseSettings } from '../../src/settings.ts';
import { indexAtOnce, indexFiles } from '../tools/pagefind-alone.ts';
import { pagefindInNode, type PagefindResult } from '../tools/pagefind-in-node.ts';
import type { QueryCase } from './quality.ts';
import { searchSite } from './site-settings.ts';

const settings = parseSettings(searchSite.env);
const cases = JSON.parse(readFileSync(new URL('queries.json', import.meta.url), 'utf8')) as QueryCase[];

/**
 * The same results with the same scores, in an order that differs only among equal scores. Pagefind's runtime sums
 * a score's terms in an order that varies from one load to the next (one index scored a page 140.65347, then
 * 140.65344), so scores are equal to a millionth.
 */
function expectSameResults(actual: readonly PagefindResult[], expected: readonly PagefindResult[], what: string): void {
  const expectedScores = new Map(expected.map(({ id, score }) => [id, score]));
  expect(actual.map(({ id }) => id).sort(), what).toEqual([...expectedScores.keys()].sort());
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  for (const [index, { id, score }] of actual.entries()) {
    expect(near(score, expectedScores.get(id)!), `${what}: ${id} scored ${score}, by Pagefind alone ${expectedScores.get(id)}`).toBe(true);
    // Where the orders differ, the scores are equal.
    expect(near(score, expected[index]!.score), `${what}: result ${index + 1}`).toBe(true);
  }
}

test('the merged index of the search site is Pagefind\'s own index of the same records, searched with the same results and scores', async () => {
  test.setTimeout(300_000);
  const shards = readIngestRecord(settings.ingestRecordPath).shards;
  expect(shards.length, 'the search site is indexed in several shards').toBeGreaterThanOrEqual(3);
  const alone = mkdtempSync(join(tmpdir(), 'arshif-pagefind-alone-'));
  await indexAtOnce(recordSourceOf(settings), shards, alone);
  const merged = join(settings.outDir, 'search-index');
  // Fragments differ: the site's hold the articles' own spelling (see shown-text.ts).
  expect(indexFiles(merged, { fragments: false })).toEqual(indexFiles(alone, { fragments: false }));

  const [byPagefind, byMerge] = await Promise.all([pagefindInNode(alone), pagefindInNode(merged)]);
  const compare = async (term: string | null, options: Record<string, unknown>) => {
    const [expected, actual] = await Promise.all([byPagefind.search(term, options), byMerge.search(term, options)]);
    expectSameResults(actual.results, expected.results, `${term} ${JSON.stringify(options)}`);
    expect(actual.filters).toEqual(expected.filters);
    return actual.results.length;
  };
  let found = 0;
  for (const { query } of cases) found += await compare(searchTermOf(query), {});
  expect(found, 'results over the query set').toBeGreaterThan(cases.length);
  for (const { query } of cases.slice(0, 40)) {
    await compare(searchTermOf(query), { sort: { date: 'desc' } });
    await compare(searchTermOf(query), { filters: { year: '2015' } });
  }
  await compare(null, { sort: { date: 'asc' } });
  await compare(null, { filters: { year: ['2018', '2019'] } });
});
