// Known-item ranking: Pagefind scores words, not phrases, so an article whose title says what the reader typed can
// lose to articles that hold the same words apart or more often in their bodies. Every search record starts with
// its title (record.ts), and Pagefind gives each result the word positions it matched, so a result that holds the
// query's words one after the other within the first LEAD_WORDS words holds them as a phrase in its title (or, for
// a short title, at the start of its lead): those come first, then the rest, each in Pagefind's order. No result's
// fragment is fetched for this: ranking costs no bytes and no round trip.

import { searchTermOf } from './normalize.ts';

export interface PagefindResult {
  id: string;
  /** Positions of the words matched, counted from the record's first word. */
  words: number[];
}
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount?: number;
  /** Result counts per filter value. */
  filters?: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
}
export type SearchOptions = { sort?: Record<string, string> } & Record<string, unknown>;

/** Titles of the real corpus have 8 words at the median and 12 at the 95th percentile (BENCHMARKS.md). */
export const LEAD_WORDS = 12;

/** Whether the positions hold `length` consecutive words starting within the first LEAD_WORDS. */
export function holdsPhraseInLead(positions: readonly number[], length: number): boolean {
  const matched = new Set(positions);
  return positions.some((start) => {
    if (start >= LEAD_WORDS) return false;
    for (let offset = 1; offset < length; offset += 1) if (!matched.has(start + offset)) return false;
    return true;
  });
}

/** Pagefind's search of what the reader typed (normalised), with the results that hold it in their title first. */
export async function searchTitlesFirst<Response extends PagefindResponse>(
  pagefind: { search(term: string | null, options?: object): Promise<Response | null> },
  typed: string,
  options: SearchOptions = {},
): Promise<Response | null> {
  const term = searchTermOf(typed) || null;
  const response = await pagefind.search(term, options);
  // A chosen order (by date) is the reader's; an empty query lists everything.
  if (!response || !term || Object.keys(options.sort ?? {}).length > 0) return response;
  const words = term.split(/\s+/).length;
  const inTitle: PagefindResult[] = [];
  const rest: PagefindResult[] = [];
  for (const result of response.results) (holdsPhraseInLead(result.words, words) ? inTitle : rest).push(result);
  return { ...response, results: [...inTitle, ...rest] };
}

/**
 * Results past which a submitted search does not check its words: unrelated matches of a word's first letters are
 * few (on the real articles «xyzqq» found 1, «بلابلابلا» 4), and checking a common word costs a search of its
 * every page (at 100k articles, checking every word doubled the time to the first result after Enter).
 */
export const FEW_RESULTS = 100;

/**
 * A search the reader submitted (Enter, or a query arriving in the URL), whose words are all typed to the end.
 * Pagefind also matches the beginnings of longer words, which as-you-type search needs; but a word that is no
 * whole word of the archive then only brings what its first letters begin («xyzqq» found the "x" of "x Inverse Gold
 * ETN"). Where the search finds few results, a word whose exact search alone finds nothing is left out and named in
 * `absent`; with no word left, nothing is found. A quoted phrase is Pagefind's exact search already.
 */
export async function searchWholeWords<Response extends PagefindResponse>(
  pagefind: { search(term: string | null, options?: object): Promise<Response | null> },
  typed: string,
  options: SearchOptions = {},
): Promise<{ response: Response | null; absent: string[] }> {
  const response = await searchTitlesFirst(pagefind, typed, options);
  const words = typed.trim().split(/\s+/).filter((word) => searchTermOf(word) !== '');
  const count = response?.unfilteredResultCount ?? response?.results.length ?? 0;
  if (/^\s*".+"\s*$/.test(typed) || words.length === 0 || count > FEW_RESULTS) return { response, absent: [] };
  const found = await Promise.all(words.map(async (word) => ((await pagefind.search(`"${searchTermOf(word)}"`))?.results.length ?? 0) > 0));
  const absent = words.filter((_, index) => !found[index]);
  if (absent.length === 0) return { response, absent };
  const kept = words.filter((_, index) => found[index]);
  // With no word left, the exact search of an absent word answers: no results, in Pagefind's own shape.
  const narrowed = kept.length > 0 ? await searchTitlesFirst(pagefind, kept.join(' '), options) : await pagefind.search(`"${searchTermOf(absent[0]!)}"`, options);
  return { response: narrowed, absent };
}
