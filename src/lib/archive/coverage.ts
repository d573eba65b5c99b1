// How densely the archive covers time: article counts per month or per year over the archive's whole span, the
// periods without articles included as zeros, so that a chart shows the gaps.

import type { Article } from '../article.ts';
import { calendarParts } from '../calendar-date.ts';

export interface MonthCount {
  year: number;
  month: number;
  count: number;
}

export interface YearCount {
  year: number;
  count: number;
}

/**
 * Counts keyed by whole numbers that follow one another (years, or months counted from year 0) → every number
 * from the smallest to the largest, the missing ones as zeros.
 */
function everyStepOfSpan(counts: ReadonlyMap<number, number>): { step: number; count: number }[] {
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, offset) => ({ step: first + offset, count: counts.get(first + offset) ?? 0 }));
}

/** Every month from the oldest to the newest of `months` (their article counts), oldest first. */
export function countsPerMonth(months: readonly { year: number; month?: number; count: number }[]): MonthCount[] {
  const counts = new Map(months.map(({ year, month = 1, count }) => [year * 12 + month - 1, count]));
  return everyStepOfSpan(counts).map(({ step, count }) => ({ year: Math.floor(step / 12), month: (step % 12) + 1, count }));
}

/** Every year from the oldest to the newest article, oldest first. */
export function countsPerYear(articles: readonly Article[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const { date } of articles) {
    const { year } = calendarParts(date);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return everyStepOfSpan(counts).map(({ step, count }) => ({ year: step, count }));
}
