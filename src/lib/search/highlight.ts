// Highlighting on the article page: the search terms arrive normalised (see normalize.ts) while the article keeps
// its own spelling, so every letter that normalisation folds becomes a one-letter wildcard for mark.js.

const FOLDED_LETTERS = /[اهيك]/g;

/** `اعلن` → `?علن`, which mark.js (wildcards enabled) matches in `أعلن`, `إعلن`, `اعلن`. */
export const highlightPattern = (normalizedTerm: string): string => normalizedTerm.replace(FOLDED_LETTERS, '?');

/** Characters mark.js may skip inside a word: diacritics and tatweel, which normalisation drops. */
export const IGNORED_MARKS: string[] = ['\u0640', ...Array.from({ length: 0x65f - 0x64b + 1 }, (_, i) => String.fromCharCode(0x64b + i)), '\u0670'];
