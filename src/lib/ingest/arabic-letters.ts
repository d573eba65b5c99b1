// Folds Arabic spelling variants (hamza on alef, alef maqsura, ta marbuta, diacritics, tatweel) for matching names.

const DIACRITICS_AND_TATWEEL = /[\u0640\u064b-\u065f\u0670]/g;

export function foldArabic(text: string): string {
  return text
    .replace(DIACRITICS_AND_TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}
