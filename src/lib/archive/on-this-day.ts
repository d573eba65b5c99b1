// "في مثل هذا اليوم": the articles of one calendar day (20 May) in every year of the archive.

import type { Article } from '../article.ts';
import { type CalendarDate, calendarParts } from '../calendar-date.ts';

/** `05-20`: a day of the year, without its year. */
export const monthDayOf = (date: CalendarDate): string => date.slice(5);

export interface DayInEveryYear {
  monthDay: string;
  /** Newest year first; each year's articles newest first. */
  years: { year: number; articles: Article[] }[];
}

/** Every day of the year that has articles, in calendar order (01-01 … 12-31), from articles sorted newest first. */
export function daysInEveryYear(articles: readonly Article[]): DayInEveryYear[] {
  const byDay = Map.groupBy(articles, ({ date }) => monthDayOf(date));
  return [...byDay.keys()].sort().map((monthDay) => ({
    monthDay,
    // Articles are newest first, so their years come newest first too.
    years: [...Map.groupBy(byDay.get(monthDay)!, ({ date }) => calendarParts(date).year)].map(([year, ofYear]) => ({
      year,
      articles: ofYear,
    })),
  }));
}

/** A day of the year on the "on this day" index: its article count over every year. */
export interface DayCount {
  monthDay: string;
  count: number;
}

export interface OnThisDayIndex {
  /** The build day of the year, and its count (0 when no year has articles that day). */
  today: DayCount;
  /** The first day after the build day (round the year) that has articles, when the build day has none. */
  nextWithArticles?: string;
  /** Every day that has articles, by month (1–12), in calendar order. */
  months: { month: number; days: DayCount[] }[];
}

/** Each day's article count over every year. */
export const dayCounts = (days: readonly DayInEveryYear[]): DayCount[] =>
  days.map(({ monthDay, years }) => ({ monthDay, count: years.reduce((total, year) => total + year.articles.length, 0) }));

/** The "on this day" index: the build day first, then every day of the year that has articles. */
export function onThisDayIndex(counts: readonly DayCount[], buildDay: CalendarDate): OnThisDayIndex {
  const todayMonthDay = monthDayOf(buildDay);
  const today = counts.find(({ monthDay }) => monthDay === todayMonthDay) ?? { monthDay: todayMonthDay, count: 0 };
  const next = counts.find(({ monthDay }) => monthDay > todayMonthDay) ?? counts[0];
  const months = [...Map.groupBy(counts, ({ monthDay }) => Number(monthDay.slice(0, 2)))].map(([month, ofMonth]) => ({ month, days: ofMonth }));
  return { today, ...(today.count === 0 && next ? { nextWithArticles: next.monthDay } : {}), months };
}
