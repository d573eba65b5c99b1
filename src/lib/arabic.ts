// Arabic text helpers shared by the date parser and the search index: digits to Latin, spelling variants folded.

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to Latin, so one parser or index reads them all. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}

/** Tatweel, the stretching stroke: typography, not spelling. */
export const TATWEEL = '\u0640';
/** The diacritics: harakat, tanwin, shadda, sukun and the marks after them (U+064B–U+065F), superscript alef. */
export const DIACRITICS: readonly string[] = [...Array.from({ length: 0x65f - 0x64b + 1 }, (_, i) => String.fromCharCode(0x64b + i)), '\u0670'];
const DROPPED = new RegExp(`[${TATWEEL}${DIACRITICS.join('')}]`, 'g');

/**
 * The spellings people use interchangeably, each folded to one letter: hamza forms of alef (أ إ آ ٱ → ا),
 * ى → ي, ة → ه, Persian ک and ی. Hamza on و and ي (ؤ ئ) is kept: folding it measured worse on the search query
 * set and makes excerpts harder to read.
 */
export const FOLDED_LETTERS: Readonly<Record<string, string>> = { ا: 'أإآٱ', ي: 'ىی', ه: 'ة', ك: 'ک' };
const FOLDS = Object.entries(FOLDED_LETTERS).map(([letter, variants]) => [new RegExp(`[${variants}]`, 'g'), letter] as const);

/** Folds the interchangeable spellings (FOLDED_LETTERS) and drops diacritics and tatweel. */
export function foldArabic(text: string): string {
  return FOLDS.reduce((folded, [variants, letter]) => folded.replace(variants, letter), text.replace(DROPPED, ''));
}
