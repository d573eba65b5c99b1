// Dates for readers: Gregorian with Arabic month names and the Umm al-Qura Hijri date, in the site's digits.
// Formatting is pinned to UTC on a date's UTC midnight, so no time zone ever shifts the calendar day.

import { addDays, type CalendarDate, calendarDate, utcMidnight } from '../calendar-date.ts';

export type DigitSystem = 'arab' | 'latn';

// Intl formatters are costly to create and pages format thousands of dates: one per (pattern, calendar, digits).
const formatters = new Map<string, Intl.DateTimeFormat>();
const FULL: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
const PATTERNS = new Map([FULL, DAY_MONTH_YEAR, MONTH_YEAR, YEAR, MONTH, DAY_MONTH].map((options, index) => [options, index]));

function formatter(calendar: 'gregory' | 'islamic-umalqura', digits: DigitSystem, options: Intl.DateTimeFormatOptions) {
  const key = `${calendar}|${digits}|${PATTERNS.get(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(`ar-u-ca-${calendar}-nu-${digits}`, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

/** `الأحد، ٢٠ مايو ٢٠١٨` */
export const formatGregorian = (date: CalendarDate, digits: DigitSystem = 'arab'): string =>
  formatter('gregory', digits, FULL).format(utcMidnight(date));

/** `٥ رمضان ١٤٣٩ هـ` */
export const formatHijri = (date: CalendarDate, digits: DigitSystem = 'arab'): string =>
  formatter('islamic-umalqura', digits, DAY_MONTH_YEAR).format(utcMidnight(date));

const numberFormats = {
  arab: new Intl.NumberFormat('ar-u-nu-arab', { useGrouping: false }),
  latn: new Intl.NumberFormat('ar-u-nu-latn', { useGrouping: false }),
};

/** A count or page number in the site's digits. */
export const formatNumber = (value: number, digits: DigitSystem = 'arab'): string => numberFormats[digits].format(value);

/** A year, month or day of the date archive: `٢٠١٨`, `مايو ٢٠١٨`, `الأحد، ٢٠ مايو ٢٠١٨`. */
export function formatPeriod(
  period: { kind: 'year' | 'month' | 'day'; year: number; month?: number; day?: number },
  digits: DigitSystem = 'arab',
): string {
  const date = calendarDate(period.year, period.month ?? 1, period.day ?? 1);
  if (period.kind === 'day') return formatGregorian(date, digits);
  return formatter('gregory', digits, period.kind === 'year' ? YEAR : MONTH_YEAR).format(utcMidnight(date));
}

/** The Arabic name of a Gregorian month (1–12): `مايو`. */
export const formatMonthName = (month: number): string =>
  formatter('gregory', 'latn', MONTH).format(utcMidnight(calendarDate(2000, month, 1)));

/** A Hijri month, named from any day in it: `رمضان ١٤٣٩ هـ`. */
export const formatHijriMonth = (dayInMonth: CalendarDate, digits: DigitSystem = 'arab'): string =>
  formatter('islamic-umalqura', digits, MONTH_YEAR).format(utcMidnight(dayInMonth));

/** `١٤٣٩ هـ` */
export const formatHijriYear = (year: number, digits: DigitSystem = 'arab'): string => `${formatNumber(year, digits)} هـ`;

/** The middle of each month of the Hijri year 1440 (which began on 11 September 2018): where its name is read. */
const HIJRI_1440_MONTH_MIDDLES = Array.from({ length: 12 }, (_, index) => addDays('2018-09-11', Math.round(index * 29.53) + 14));

/** The Arabic name of a Hijri month (1–12): `رمضان`. */
export const formatHijriMonthName = (month: number): string =>
  formatter('islamic-umalqura', 'latn', MONTH).format(utcMidnight(HIJRI_1440_MONTH_MIDDLES[month - 1]!));

/** A day of the year without its year: `٢٠ مايو`. */
export const formatMonthDay = (monthDay: string, digits: DigitSystem = 'arab'): string =>
  formatter('gregory', digits, DAY_MONTH).format(utcMidnight(`2000-${monthDay}`));
