// Highlighting on the article page: the search terms arrive normalised (see normalize.ts) while the article keeps
// its own spelling, so every letter that normalisation folds becomes a one-letter wildcard for mark.js.

import { DIACRITICS, FOLDED_LETTERS, TATWEEL } from '../arabic.ts';

const FOLDED = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'g');

/** `اعلن` → `?علن`, which mark.js (wildcards enabled) matches in `أعلن`, `إعلن`, `اعلن`. */
export const highlightPattern = (normalizedTerm: string): string => normalizedTerm.replace(FOLDED, '?');

/** Characters mark.js may skip inside a word: diacritics and tatweel, which normalisation drops. */
export const IGNORED_MARKS: string[] = [TATWEEL, ...DIACRITICS];
