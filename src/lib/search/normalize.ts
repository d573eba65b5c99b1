// One normalisation for the search index and for queries: what a reader types meets what the archive says,
// whatever hamza, ta marbuta, alef maqsura, diacritics, tatweel or digits either used.

import { foldArabic, toLatinDigits } from '../arabic.ts';

export function normalizeForSearch(text: string): string {
  // NFKC turns presentation forms (ﻷ, ﺍ …) into plain letters before folding.
  return foldArabic(toLatinDigits(text.normalize('NFKC'))).toLowerCase();
}
