// The archive's overview: what the site's single pages (the category, date, Hijri and "on this day" indexes, the
// site feeds, the search page) show of the whole archive, as counts and a few articles. Small whatever the
// archive's size, so that a build in parts hands every part the same overview instead of the whole archive.

import type { Archive } from '../archive/build-archive.ts';
import { type DayCount, dayCounts } from '../archive/on-this-day.ts';
import type { Period } from '../archive/periods.ts';
import type { CategoryLink, FeedArticle, HijriMonthRef, PeriodSummary } from './props.ts';

export interface SiteOverview {
  /** The archive has articles, so a search index. */
  searchable: boolean;
  categories: (CategoryLink & { count: number })[];
  /** Oldest first. */
  years: PeriodSummary[];
  /** Oldest first. */
  months: PeriodSummary[];
  /** Oldest first, each with its months that have articles. */
  hijriYears: { year: number; count: number; months: (HijriMonthRef & { count: number })[] }[];
  /** Every day of the year that has articles, in calendar order. */
  daysOfYear: DayCount[];
  /** The site feed's articles, newest first. */
  latest: (FeedArticle & { categoryName: string })[];
}

const summary = ({ articles, ...ref }: Period): PeriodSummary => ({ ...ref, count: articles.length });

export function siteOverview(archive: Archive, feedSize: number): SiteOverview {
  return {
    searchable: archive.articles.length > 0,
    categories: archive.categories.map(({ name, slug, articles }) => ({ name, slug, count: articles.length })),
    years: archive.periods.year.map(summary),
    months: archive.periods.month.map(summary),
    hijriYears: archive.hijriYears.map(({ year, count, months }) => ({
      year,
      count,
      months: months.map(({ articles, ...ref }) => ({ ...ref, count: articles.length })),
    })),
    daysOfYear: dayCounts(archive.daysInEveryYear),
    latest: archive.articles
      .slice(0, feedSize)
      .map((article) => ({ article, rankInDay: archive.rankInDay(article), categoryName: archive.categoryOf(article).name })),
  };
}
