// What each route's pages render from: exactly what a page shows, nothing more (its cache key is a digest of it).

import type { Article } from '../article.ts';
import type { YearCount } from '../archive/coverage.ts';
import type { Adjacent } from '../archive/build-archive.ts';
import type { Category } from '../archive/categories.ts';
import type { HijriMonth } from '../archive/hijri.ts';
import type { Period } from '../archive/periods.ts';
import type { CalendarDate } from '../calendar-date.ts';
import type { ListView } from './pager.ts';

export interface CategoryLink {
  name: string;
  slug: string;
}

/** An article as a list shows it. */
export interface ArticleCard {
  id: string;
  title: string;
  date: CalendarDate;
  category: CategoryLink;
  /** What the article says, where the list shows it (the front page). */
  summary?: string;
}

/** A year, month or day, without its articles. */
export type PeriodRef = Omit<Period, 'articles'>;
export type PeriodSummary = PeriodRef & { count: number };

export interface HomeProps extends ListView<ArticleCard> {
  /** The latest articles of every category. */
  categoryBlocks: { category: CategoryLink; items: ArticleCard[] }[];
  /**
   * Articles of the build day's date in earlier years. The one part of the site that depends on the build date:
   * the day is in the props, so the home's cache key changes with it.
   */
  onThisDay: { buildDay: CalendarDate; items: ArticleCard[] };
}

export interface ArticleProps {
  article: Article;
  category: CategoryLink;
  older?: ArticleCard;
  newer?: ArticleCard;
  related: ArticleCard[];
}

export interface CategoryProps extends ListView<ArticleCard> {
  category: CategoryLink;
  /** How many articles the category has. */
  total: number;
  /** Its articles per year, from its first year to its last. */
  perYear: YearCount[];
}

export interface CategoryYearProps extends ListView<ArticleCard> {
  category: CategoryLink;
  year: number;
  /** The front page only: the category's article count that year. */
  total?: number;
  /** The category's previous and next years that have articles. */
  previous?: number;
  next?: number;
}

export interface PeriodProps extends ListView<ArticleCard> {
  period: PeriodRef;
  /** The front page only: the period's article count and its months or days. */
  total?: number;
  subperiods: PeriodSummary[];
  previous?: PeriodRef;
  next?: PeriodRef;
}

/** A Hijri month, without its articles. */
export type HijriMonthRef = Omit<HijriMonth, 'articles'>;

export interface HijriMonthProps extends ListView<ArticleCard> {
  month: HijriMonthRef;
  /** The front page only: the month's article count. */
  total?: number;
  /** The previous and next Hijri months that have articles. */
  previous?: HijriMonthRef;
  next?: HijriMonthRef;
}

export interface HijriYearProps {
  year: number;
  /** Its article count. */
  total: number;
  /** Its months that have articles, oldest first. */
  months: (HijriMonthRef & { count: number })[];
  /** The previous and next Hijri years that have articles. */
  previous?: number;
  next?: number;
}

export interface OnThisDayProps {
  /** `05-20` */
  monthDay: string;
  /** Newest year first: the year's count and its latest articles of that day. */
  years: { year: number; count: number; items: ArticleCard[] }[];
  /** The previous and next days of the year that have articles. */
  previous?: string;
  next?: string;
}

/** An article of a feed, with its place among its day's articles (a feed's time of day keeps that order). */
export interface FeedArticle {
  article: Article;
  rankInDay: number;
}

export interface CategoryFeedProps {
  category: CategoryLink;
  /** The latest, newest first. */
  items: FeedArticle[];
}

export const categoryLink = ({ name, slug }: Category): CategoryLink => ({ name, slug });
export const periodRef = ({ articles: _, ...ref }: Period): PeriodRef => ref;
export const hijriMonthRef = ({ articles: _, ...ref }: HijriMonth): HijriMonthRef => ref;
/** The previous and next items as the props name them (absent when there is none). */
export function adjacentRefs<T, R>({ previous, next }: Adjacent<T>, ref: (item: T) => R): Adjacent<R> {
  return { ...(previous === undefined ? {} : { previous: ref(previous) }), ...(next === undefined ? {} : { next: ref(next) }) };
}
