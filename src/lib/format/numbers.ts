// Counts in Arabic: the noun agrees with the number (مقالة واحدة، مقالتان، ٣ مقالات، ١١ مقالة).

import { type DigitSystem, formatNumber } from './dates.ts';

/** Noun forms by Arabic plural category; `{n}` is replaced by the number. */
export type CountForms = Record<Intl.LDMLPluralRule, string>;

const pluralRules = new Intl.PluralRules('ar');

export function formatCount(count: number, forms: CountForms, digits: DigitSystem = 'arab'): string {
  return forms[pluralRules.select(count)].replace('{n}', formatNumber(count, digits));
}

export const ARTICLES: CountForms = {
  zero: 'لا مقالات',
  one: 'مقالة واحدة',
  two: 'مقالتان',
  few: '{n} مقالات',
  many: '{n} مقالة',
  other: '{n} مقالة',
};

export const MINUTES_OF_READING: CountForms = {
  zero: 'أقل من دقيقة قراءة',
  one: 'دقيقة قراءة',
  two: 'دقيقتا قراءة',
  few: '{n} دقائق قراءة',
  many: '{n} دقيقة قراءة',
  other: '{n} دقيقة قراءة',
};

export const SEARCH_RESULTS: CountForms = {
  zero: 'لا نتائج',
  one: 'نتيجة واحدة',
  two: 'نتيجتان',
  few: '{n} نتائج',
  many: '{n} نتيجة',
  other: '{n} نتيجة',
};
