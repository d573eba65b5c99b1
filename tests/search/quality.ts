// The search quality measure: runs the query set through the real Pagefind index in a browser page and scores
// it (success@1, success@3, mean reciprocal rank), per kind of query and overall.

import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import * as esbuild from 'esbuild';
import { searchTermOf } from '../../src/lib/search/normalize.ts';

export interface QueryCase {
  /** exact, common-spelling, two-words, clitic, diacritics, tatweel, digits, latin-name */
  kind: string;
  query: string;
  /** The known item: the article the query was made from and its copies (any one in a rank is a success). */
  expected: string[];
  /** How many distinct titles hold the query's phrase: beyond 1 (or 3) no ranking can promise rank 1 (or the top 3). */
  ambiguity: number;
}

export interface Scores {
  queries: number;
  successAt1: number;
  successAt3: number;
  mrr: number;
  /** The best success@1 and success@3 any ranking can promise: the share of queries whose phrase is in at most 1 (3) titles. */
  ceilingAt1: number;
  ceilingAt3: number;
}

/**
 * How a query is searched: 'arshif' as the search page does (normalised, titles first); 'unranked' the same
 * index in Pagefind's order (the search page before titles-first ranking); 'pagefind' as typed, in Pagefind's order
 * (for Pagefind's plain index of the same articles).
 */
export type Ranking = 'arshif' | 'unranked' | 'pagefind';

/** The search page's ranking (src/lib/search/rank.ts) bundled for a page, where it is `window.arshifRank`. */
const rankingScript = esbuild
  .build({ entryPoints: [fileURLToPath(new URL('../../src/lib/search/rank.ts', import.meta.url))], bundle: true, format: 'iife', globalName: 'arshifRank', write: false })
  .then((result) => result.outputFiles[0]!.text);

/**
 * Ids of the top `depth` results for each query, searched as `ranking` says in the Pagefind bundle given (the
 * search page's own when omitted).
 */
export async function rankedIds(page: Page, queries: readonly string[], ranking: Ranking = 'arshif', bundlePath?: string, depth = 10): Promise<string[][]> {
  // A fresh page: Pagefind's module is loaded once per page.
  await page.reload();
  const bundle = bundlePath ?? (await page.locator('#search-form').getAttribute('data-bundle'))!;
  await page.addScriptTag({ content: await rankingScript });
  return page.evaluate(
    async ({ bundle, terms, depth: limit, ranking: how }) => {
      type Result = { data: () => Promise<{ url: string }> };
      type Search = { search(term: string, options?: object): Promise<{ results: Result[] }> };
      const { searchTitlesFirst } = (window as unknown as { arshifRank: { searchTitlesFirst(pagefind: Search, term: string): Promise<{ results: Result[] }> } }).arshifRank;
      const pagefind = (await import(`${bundle}pagefind.js`)) as Search & { options(options: object): Promise<void> };
      await pagefind.options({});
      const ranked: string[][] = [];
      for (const term of terms) {
        const { results } = how === 'arshif' ? await searchTitlesFirst(pagefind, term) : await pagefind.search(term);
        const top = await Promise.all(results.slice(0, limit).map((result) => result.data()));
        ranked.push(top.map(({ url }) => url.replace(/\/$/, '').split('/').pop() ?? ''));
      }
      return ranked;
    },
    { bundle, terms: queries.map((query) => (ranking === 'unranked' ? searchTermOf(query) : query)), depth, ranking },
  );
}

export function score(cases: readonly QueryCase[], ranked: readonly string[][]): Scores {
  let at1 = 0;
  let at3 = 0;
  let reciprocal = 0;
  cases.forEach((queryCase, index) => {
    const rank = (ranked[index] ?? []).findIndex((id) => queryCase.expected.includes(id)) + 1;
    if (rank === 1) at1 += 1;
    if (rank >= 1 && rank <= 3) at3 += 1;
    if (rank >= 1) reciprocal += 1 / rank;
  });
  const n = cases.length;
  const share = (maximum: number) => cases.filter((queryCase) => queryCase.ambiguity <= maximum).length / n;
  return { queries: n, successAt1: at1 / n, successAt3: at3 / n, mrr: reciprocal / n, ceilingAt1: share(1), ceilingAt3: share(3) };
}

export function scoresByKind(cases: readonly QueryCase[], ranked: readonly string[][]): Record<string, Scores> {
  const kinds = [...new Set(cases.map((queryCase) => queryCase.kind))];
  const byKind: Record<string, Scores> = { all: score(cases, ranked) };
  for (const kind of kinds) {
    const indexes = cases.flatMap((queryCase, index) => (queryCase.kind === kind ? [index] : []));
    byKind[kind] = score(indexes.map((index) => cases[index]!), indexes.map((index) => ranked[index]!));
  }
  return byKind;
}
