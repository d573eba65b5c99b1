// How densely the archive covers time: article counts per month or per year over the archive's whole span, the
// periods without articles included as zeros, so that a chart shows the gaps.

import type { Article } from '../article.ts';

export interface MonthCount {
  year: number;
  month: number;
  count: number;
}

export interface YearCount {
  year: number;
  count: number;
}

/** Every month from the oldest to the newest of `months` (which hold articles), oldest first. */
export function countsPerMonth(months: readonly { year: number; month?: number; articles: readonly Article[] }[]): MonthCount[] {
  const counts = new Map(months.map(({ year, month = 1, articles }) => [year * 12 + month - 1, articles.length]));
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, offset) => {
    const index = first + offset;
    return { year: Math.floor(index / 12), month: (index % 12) + 1, count: counts.get(index) ?? 0 };
  });
}

/** Every year from the oldest to the newest article, oldest first. */
export function countsPerYear(articles: readonly Article[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const { date } of articles) {
    const year = Number(date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  return Array.from({ length: Math.max(...counts.keys()) - first + 1 }, (_, offset) => ({
    year: first + offset,
    count: counts.get(first + offset) ?? 0,
  }));
}
