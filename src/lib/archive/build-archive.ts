// Everything the routes ask for, computed once per build from the published articles, so no route repeats
// whole-collection work per page.

import type { Article } from '../article.ts';
import { type Category, categoryFinder, groupByCategory } from './categories.ts';
import { type HijriMonth, type HijriYear, hijriMonthsOf, hijriYearsOf } from './hijri.ts';
import { type DayInEveryYear, daysInEveryYear } from './on-this-day.ts';
import { type Period, type PeriodKind, periodsOf } from './periods.ts';
import { sortNewestFirst } from './sort.ts';

export interface Neighbours {
  /** The next older article. */
  older?: Article;
  /** The next newer article. */
  newer?: Article;
}

/** The items before and after one in a list (oldest first: the previous is older). */
export interface Adjacent<T> {
  previous?: T;
  next?: T;
}

export function adjacentIn<T>(list: readonly T[], index: number): Adjacent<T> {
  const previous = list[index - 1];
  const next = list[index + 1];
  return { ...(previous === undefined ? {} : { previous }), ...(next === undefined ? {} : { next }) };
}

export interface Archive {
  /** Newest first. */
  articles: Article[];
  categories: Category[];
  /** Per kind, oldest first. */
  periods: Record<PeriodKind, Period[]>;
  /** The Hijri months that have articles, oldest first. */
  hijriMonths: HijriMonth[];
  /** The same months by Hijri year, oldest first. */
  hijriYears: HijriYear[];
  /** Every day of the year that has articles (01-01 … 12-31), with its articles in every year. */
  daysInEveryYear: DayInEveryYear[];
  categoryOf(article: Article): Category;
  /** The article's place among its day's articles in the archive's order (0 for the first). */
  rankInDay(article: Article): number;
  /** The older and newer article in the same category. */
  neighboursInCategory(article: Article): Neighbours;
  /** Up to `count` other articles of the same category closest in time, beyond the two neighbours. */
  relatedTo(article: Article, count?: number): Article[];
  /** The previous (older) and next (newer) period of the same kind that has articles. */
  adjacentPeriods(period: Period): Adjacent<Period>;
  /** The months of a year or the days of a month, oldest first. */
  subperiods(period: Period): Period[];
}

const CHILD_KIND: Record<PeriodKind, PeriodKind | undefined> = { year: 'month', month: 'day', day: undefined };

export function buildArchive(published: readonly Article[]): Archive {
  const articles = sortNewestFirst(published);
  const categories = groupByCategory(articles);
  const positionInCategory = new Map<Article, number>();
  for (const category of categories) category.articles.forEach((article, index) => positionInCategory.set(article, index));

  const periods: Record<PeriodKind, Period[]> = {
    year: periodsOf(articles, 'year'),
    month: periodsOf(articles, 'month'),
    day: periodsOf(articles, 'day'),
  };
  const periodIndex = new Map<Period, number>();
  for (const list of Object.values(periods)) list.forEach((period, index) => periodIndex.set(period, index));

  const rankInDay = new Map<Article, number>();
  articles.forEach((article, index) => {
    const previous = articles[index - 1];
    rankInDay.set(article, previous?.date === article.date ? rankInDay.get(previous)! + 1 : 0);
  });

  const hijriMonths = hijriMonthsOf(articles);
  const categoryOf = categoryFinder(categories);
  const placeOf = (article: Article) => ({ list: categoryOf(article).articles, index: positionInCategory.get(article)! });

  return {
    articles,
    categories,
    periods,
    hijriMonths,
    hijriYears: hijriYearsOf(hijriMonths),
    daysInEveryYear: daysInEveryYear(articles),
    categoryOf,
    rankInDay: (article) => rankInDay.get(article)!,
    neighboursInCategory(article) {
      const { list, index } = placeOf(article);
      const older = list[index + 1];
      const newer = list[index - 1];
      return { ...(older ? { older } : {}), ...(newer ? { newer } : {}) };
    },
    relatedTo(article, count = 4) {
      const { list, index } = placeOf(article);
      const related: Article[] = [];
      // Alternate outwards from the article, skipping the neighbours already linked as older/newer.
      for (let distance = 2; related.length < count && distance < list.length; distance += 1) {
        for (const candidate of [list[index + distance], list[index - distance]]) {
          if (candidate && related.length < count) related.push(candidate);
        }
      }
      return related;
    },
    adjacentPeriods: (period) => adjacentIn(periods[period.kind], periodIndex.get(period)!),
    subperiods(period) {
      const kind = CHILD_KIND[period.kind];
      return kind ? periods[kind].filter((child) => child.key.startsWith(`${period.key}-`)) : [];
    },
  };
}
