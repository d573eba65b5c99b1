// Whether a title holds a query as a phrase: its words one after the other, normalised, each alike up to its
// clitics. The query set measures each query's ambiguity with it (how many distinct titles hold the phrase).

import { normalizeForSearch } from '../../src/lib/search/normalize.ts';

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The words of a text as search compares them: normalised (normalize.ts), punctuation at their edges dropped. */
export function searchWords(text: string): string[] {
  return normalizeForSearch(text)
    .split(/\s+/)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter((word) => word !== '');
}

/**
 * The word without the clitics written onto it: the conjunctions و ف, the prepositions ب ل ك, and the article
 * ال (ل before ال writes لل). Only where at least three letters remain, so that short words stay whole.
 */
const withoutClitics = (word: string): string => word.replace(/^(?:[وف]?(?:[بك]?ال|لل)|[وف]?[بلك]|[وف])(?=\p{L}{3})/u, '');

/** Alike up to clitics; either word may be the bare one (وزير, whose و is a root letter, is alike ووزير). */
const sameWord = (titleWord: string, queryWord: string): boolean => {
  if (titleWord === queryWord) return true;
  const bareTitle = withoutClitics(titleWord);
  const bareQuery = withoutClitics(queryWord);
  return bareTitle === queryWord || titleWord === bareQuery || bareTitle === bareQuery;
};

/** Whether `phrase`'s words occur in `words` one after the other (each word alike up to its clitics). */
export function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((queryWord, offset) => sameWord(words[start + offset]!, queryWord))) return true;
  }
  return false;
}
