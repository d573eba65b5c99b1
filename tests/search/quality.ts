// The search quality measure: runs the query set through the real Pagefind index in a browser page and scores
// it (success@1, success@3, mean reciprocal rank), per kind of query and overall.

import type { Page } from '@playwright/test';
import { normalizeForSearch } from '../../src/lib/search/normalize.ts';

export interface QueryCase {
  /** exact, variant, two-words, diacritics, tatweel, digits, prefixed, latin-name */
  kind: string;
  query: string;
  /** Ids of the articles that answer it (any one in the top ranks is a success). */
  expected: string[];
}

export interface Scores {
  queries: number;
  successAt1: number;
  successAt3: number;
  mrr: number;
}

/** Ids of the top `depth` results for each query, searched as the search page does (normalised, all shards). */
export async function rankedIds(page: Page, queries: readonly string[], depth = 10): Promise<string[][]> {
  const bundles = JSON.parse((await page.locator('#search-form').getAttribute('data-bundles')) ?? '[]') as string[];
  return page.evaluate(
    async ({ bundles: [primary, ...others], terms, depth: limit }) => {
      const pagefind = await import(`${primary}pagefind.js`);
      await pagefind.options({});
      for (const bundle of others) await pagefind.mergeIndex(bundle);
      const ranked: string[][] = [];
      for (const term of terms) {
        const { results } = await pagefind.search(term);
        const top = await Promise.all(results.slice(0, limit).map((result: { data: () => Promise<{ url: string }> }) => result.data()));
        ranked.push(top.map(({ url }) => url.replace(/\/$/, '').split('/').pop() ?? ''));
      }
      return ranked;
    },
    { bundles, terms: queries.map((query) => normalizeForSearch(query).trim()), depth },
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
  return { queries: n, successAt1: at1 / n, successAt3: at3 / n, mrr: reciprocal / n };
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
