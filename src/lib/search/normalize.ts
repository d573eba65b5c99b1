// One normalisation for the search index and for queries: what a reader types meets what the archive says,
// whatever hamza, ta marbuta, alef maqsura, diacritics, tatweel or digits either used, with or without a
// conjunction written onto the article.

import { foldArabic, toLatinDigits } from '../arabic.ts';

/**
 * The conjunctions و and ف written onto a word with the article: والحكومة, فالحكومة. Pagefind's Arabic stemmer
 * strips بال, كال and لل but keeps و and ف before alef, so والحكومة would not meet الحكومة. Only before at least
 * three letters after ال, so that words whose و or ف is a root letter (والد, والي, فالح) stay whole.
 */
const CONJUNCTION_BEFORE_ARTICLE = /(?<![\p{L}\p{M}\p{N}])[وف](?=ال\p{L}{3})/gu;

export function normalizeForSearch(text: string): string {
  // NFKC turns presentation forms (ﻷ, ﺍ …) into plain letters before folding.
  return foldArabic(toLatinDigits(text.normalize('NFKC')))
    .toLowerCase()
    .replace(CONJUNCTION_BEFORE_ARTICLE, '');
}

/** A mark standing alone between spaces (`/`, `:`, `-`), and one that starts the text. */
const LONE_MARK = /[^\S\uFEFF]+([\p{P}\p{S}]+)(?=[^\S\uFEFF]|$)/gu;
const LEADING_MARK = /^([\p{P}\p{S}]+)[^\S\uFEFF]+(?=\S)/u;

/**
 * Pagefind counts a mark standing alone as a word, so `عام / مدير تعليم` would not hold `عام مدير تعليم` as a
 * phrase (rank.ts): such a mark is written onto the word before it (`عام/ مدير`, `نجران: انطلاق`), or onto the next
 * one at the start. Applied to the text indexed and shown alike, so that their words still pair (shown-text.ts).
 */
export const attachLoneMarks = (text: string): string => text.replace(LONE_MARK, '$1').replace(LEADING_MARK, '$1');

/** What the index is searched for when the reader typed `typed`: the query normalised like the indexed text. */
export const searchTermOf = (typed: string): string => normalizeForSearch(attachLoneMarks(typed.trim())).trim();
