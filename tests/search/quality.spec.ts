import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { type QueryCase, rankedIds, scoresByKind } from './quality.ts';

const cases = JSON.parse(readFileSync(new URL('queries.json', import.meta.url), 'utf8')) as QueryCase[];

// The floor is the figure reached (see BENCHMARKS.md): the suite fails if a change makes search worse.
const FLOOR = { all: 0.99, exact: 1, variant: 1 };

test('the query set finds its articles in the real index', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('search/');
  const ranked = await rankedIds(page, cases.map((queryCase) => queryCase.query));
  const scores = scoresByKind(cases, ranked);
  const rows = Object.entries(scores).map(
    ([kind, s]) =>
      `${kind.padEnd(11)} ${String(s.queries).padStart(4)}  success@1 ${s.successAt1.toFixed(3)}  ` +
      `success@3 ${s.successAt3.toFixed(3)}  MRR ${s.mrr.toFixed(3)}`,
  );
  console.log(`search quality over ${cases.length} queries:\n${rows.join('\n')}`);
  const misses = cases.filter((queryCase, index) => !queryCase.expected.some((id) => ranked[index]?.slice(0, 3).includes(id)));
  if (misses.length > 0) console.log(`not in the top 3:\n${misses.map((m) => `  [${m.kind}] ${m.query}`).join('\n')}`);

  expect(cases.length).toBeGreaterThanOrEqual(100);
  expect(scores.all!.successAt3).toBeGreaterThanOrEqual(FLOOR.all);
  expect(scores.exact!.successAt3).toBeGreaterThanOrEqual(FLOOR.exact);
  expect(scores.variant!.successAt3).toBeGreaterThanOrEqual(FLOOR.variant);
});
