// Known-item ranking: Pagefind scores words, not phrases, so an article whose title says exactly what the reader
// typed can lose to articles that hold the same words apart or more often in their bodies. The search page asks
// Pagefind as usual, and also for the query as a quoted phrase (the pages holding it word for word); the best of
// both are looked at again with their titles, and those whose title holds the query as a phrase come first, then
// those whose title holds all its words, then most of them; Pagefind's order decides within each. Titles come from the results'
// fragments, which the list loads anyway for the results it shows.

import { normalizeForSearch } from './normalize.ts';
import { holdsPhrase, searchWords, wordsOf } from './phrase.ts';

export interface PagefindResult {
  id: string;
  data(): Promise<{ meta: Record<string, string | undefined> }>;
}
export interface PagefindResponse {
  results: PagefindResult[];
}

/** How many of the best results of each search are looked at again. */
export const RERANKED = 20;

/**
 * 0: the title holds the query as a phrase as typed; 1: as a phrase once both are normalised; 2: all its words;
 * 2 + n: all but n of them.
 */
export function titleTier(title: string, typed: string): number {
  if (holdsPhrase(wordsOf(title), wordsOf(typed))) return 0;
  const words = searchWords(title);
  const query = searchWords(typed);
  if (holdsPhrase(words, query)) return 1;
  return 2 + query.filter((queryWord) => !holdsPhrase(words, [queryWord])).length;
}

/** Pagefind's search of what the reader typed (normalised), with the results whose titles hold it moved first. */
export async function searchTitlesFirst<Response extends PagefindResponse>(
  pagefind: { search(term: string | null, options?: object): Promise<Response | null> },
  typed: string,
  options: { sort?: Record<string, string> } & Record<string, unknown> = {},
): Promise<Response | null> {
  const query = searchWords(typed);
  const term = query.length > 0 ? normalizeForSearch(typed).trim() : null;
  // A chosen order (by date) is the reader's; an empty query lists everything.
  if (!term || Object.keys(options.sort ?? {}).length > 0) return pagefind.search(term, options);
  const [plain, phrase] = await Promise.all([
    pagefind.search(term, options),
    query.length > 1 ? pagefind.search(`"${query.join(' ')}"`, options) : null,
  ]);
  if (!plain) return plain;
  const candidates = [...new Set([...plain.results.slice(0, RERANKED), ...(phrase?.results.slice(0, RERANKED) ?? [])].map((r) => r.id))];
  const byId = new Map(plain.results.map((result, rank) => [result.id, { result, rank }]));
  for (const result of phrase?.results ?? []) if (!byId.has(result.id)) byId.set(result.id, { result, rank: plain.results.length });
  const tiers = new Map(
    await Promise.all(candidates.map(async (id) => [id, titleTier((await byId.get(id)!.result.data()).meta.title ?? '', typed)] as const)),
  );
  const reranked = candidates.toSorted((a, b) => tiers.get(a)! - tiers.get(b)! || byId.get(a)!.rank - byId.get(b)!.rank);
  const rest = plain.results.filter((result) => !tiers.has(result.id));
  return { ...plain, results: [...reranked.map((id) => byId.get(id)!.result), ...rest] };
}
