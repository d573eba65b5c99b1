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

const DIACRITICS_AND_TATWEEL = /[\u0640\u064b-\u065f\u0670]/g;

/**
 * Folds the spellings people use interchangeably: hamza forms of alef (أ إ آ ٱ → ا), ى → ي, ة → ه, Persian ک
 * and ی, and drops diacritics and tatweel. Hamza on و and ي (ؤ ئ) is kept: folding it measured worse on the
 * search query set and makes excerpts harder to read.
 */
export function foldArabic(text: string): string {
  return text
    .replace(DIACRITICS_AND_TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ة/g, 'ه')

    .replace(/ک/g, 'ك');
}
