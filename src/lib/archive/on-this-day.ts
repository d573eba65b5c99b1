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
