// Dates for readers: Gregorian with Arabic month names and the Umm al-Qura Hijri date, in the site's digits.
// Formatting is pinned to UTC on a date's UTC midnight, so no time zone ever shifts the calendar day.

import { type CalendarDate, calendarDate, utcMidnight } from '../calendar-date.ts';

export type DigitSystem = 'arab' | 'latn';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(calendar: 'gregory' | 'islamic-umalqura', digits: DigitSystem, options: Intl.DateTimeFormatOptions) {
  const key = `${calendar}|${digits}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(`ar-u-ca-${calendar}-nu-${digits}`, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

const FULL: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** `الأحد، ٢٠ مايو ٢٠١٨` */
export const formatGregorian = (date: CalendarDate, digits: DigitSystem = 'arab'): string =>
  formatter('gregory', digits, FULL).format(utcMidnight(date));

/** `٥ رمضان ١٤٣٩ هـ` */
export const formatHijri = (date: CalendarDate, digits: DigitSystem = 'arab'): string =>
  formatter('islamic-umalqura', digits, { day: 'numeric', month: 'long', year: 'numeric' }).format(utcMidnight(date));

/** A count or page number in the site's digits. */
export const formatNumber = (value: number, digits: DigitSystem = 'arab'): string =>
  new Intl.NumberFormat(`ar-u-nu-${digits}`, { useGrouping: false }).format(value);

/** A year, month or day of the date archive: `٢٠١٨`, `مايو ٢٠١٨`, `الأحد، ٢٠ مايو ٢٠١٨`. */
export function formatPeriod(
  period: { kind: 'year' | 'month' | 'day'; year: number; month?: number; day?: number },
  digits: DigitSystem = 'arab',
): string {
  const date = calendarDate(period.year, period.month ?? 1, period.day ?? 1);
  if (period.kind === 'day') return formatGregorian(date, digits);
  const options: Intl.DateTimeFormatOptions = period.kind === 'year' ? { year: 'numeric' } : { month: 'long', year: 'numeric' };
  return formatter('gregory', digits, options).format(utcMidnight(date));
}

/** The Arabic name of a Gregorian month (1–12): `مايو`. */
export const formatMonthName = (month: number): string =>
  formatter('gregory', 'latn', { month: 'long' }).format(utcMidnight(calendarDate(2000, month, 1)));
