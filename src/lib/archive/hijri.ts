// The Umm al-Qura Hijri calendar, as the pages show it (the same `Intl` calendar as formatHijri): a Gregorian date's
// Hijri year, month and day, and the Gregorian days a Hijri month spans (رمضان ١٤٣٩ = 16 May – 14 June 2018).

import type { Article } from '../article.ts';
import { addDays, type CalendarDate, utcMidnight } from '../calendar-date.ts';

export interface HijriDate {
  year: number;
  /** 1 (محرم) … 12 (ذو الحجة). */
  month: number;
  day: number;
}

const HIJRI_PARTS = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

export function hijriDateOf(date: CalendarDate): HijriDate {
  const parts = Object.fromEntries(HIJRI_PARTS.formatToParts(utcMidnight(date)).map(({ type, value }) => [type, value]));
  return { year: Number.parseInt(parts.year ?? '', 10), month: Number(parts.month), day: Number(parts.day) };
}

/** `1439-09`: sorts chronologically as a string. */
export function hijriMonthKey(date: CalendarDate): string {
  const { year, month } = hijriDateOf(date);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The first and last Gregorian day of the Hijri month that holds `date` (Umm al-Qura months have 29 or 30 days). */
export function hijriMonthSpan(date: CalendarDate): { first: CalendarDate; last: CalendarDate } {
  const first = addDays(date, 1 - hijriDateOf(date).day);
  const last = hijriDateOf(addDays(first, 29)).day === 30 ? addDays(first, 29) : addDays(first, 28);
  return { first, last };
}

/** A Hijri month of the archive. */
export interface HijriMonth {
  /** `1439-09` */
  key: string;
  year: number;
  month: number;
  /** The Gregorian days it spans. */
  first: CalendarDate;
  last: CalendarDate;
  /** Newest first. */
  articles: Article[];
}

/** A Hijri year of the archive: its months that have articles, oldest first. */
export interface HijriYear {
  year: number;
  months: HijriMonth[];
  /** Its articles, all months together. */
  count: number;
}

/** The Hijri months that have articles, oldest first, from articles sorted newest first (each keeps that order). */
export function hijriMonthsOf(articles: readonly Article[]): HijriMonth[] {
  // Many articles share a day: the calendar is asked once per day.
  const keyOfDay = new Map<CalendarDate, string>();
  const byKey = Map.groupBy(articles, ({ date }) => {
    let key = keyOfDay.get(date);
    if (key === undefined) keyOfDay.set(date, (key = hijriMonthKey(date)));
    return key;
  });
  return [...byKey.keys()].sort().map((key) => {
    const monthArticles = byKey.get(key)!;
    const [year = 0, month = 0] = key.split('-').map(Number);
    return { key, year, month, ...hijriMonthSpan(monthArticles[0]!.date), articles: monthArticles };
  });
}

/** The Hijri years of the archive's months (oldest first), oldest first. */
export const hijriYearsOf = (months: readonly HijriMonth[]): HijriYear[] =>
  [...Map.groupBy(months, ({ year }) => year)].map(([year, ofYear]) => ({
    year,
    months: ofYear,
    count: ofYear.reduce((sum, month) => sum + month.articles.length, 0),
  }));
