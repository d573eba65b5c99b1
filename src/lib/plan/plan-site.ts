// The archive → every dynamic route's pages: their params, the props they render from (props.ts: exactly what each
// page shows, nothing more) and the cache key of those props, so that an incremental build renders again only the
// pages whose props changed. Each route's pages are planned in routes/; this file holds what they share.

import { createHash } from 'node:crypto';
import type { Article } from '../article.ts';
import type { Archive } from '../archive/build-archive.ts';
import { periodKey, periodPath } from '../archive/periods.ts';
import type { CalendarDate } from '../calendar-date.ts';
import { chainedLists, type ListPeriod, type ListView } from './pager.ts';
import {
  type ArticleCard,
  type ArticleProps,
  type CategoryFeedProps,
  type CategoryProps,
  type CategoryYearProps,
  categoryLink,
  type HijriMonthProps,
  type HijriYearProps,
  type HomeProps,
  type OnThisDayProps,
  type PeriodProps,
} from './props.ts';
import { planArticles } from './routes/articles.ts';
import { planCategories, planCategoryYears } from './routes/categories.ts';
import { planCategoryFeeds } from './routes/category-feeds.ts';
import { planHijriMonths, planHijriYears } from './routes/hijri.ts';
import { planHome } from './routes/home.ts';
import { planOnThisDay } from './routes/on-this-day.ts';
import { planPeriods } from './routes/periods.ts';

export interface PlannedPage<Params, Props> {
  params: Params;
  props: Props;
  /** Astro's incremental build renders the page again only when this changes. */
  cacheKey: string;
}

/** A list route's optional rest param: none on the list's front page, `page/<n>` on the others. */
type Rest = string | undefined;

export interface SitePlan {
  home: PlannedPage<{ page: Rest }, HomeProps>[];
  articles: PlannedPage<{ id: string }, ArticleProps>[];
  categories: PlannedPage<{ slug: string }, CategoryProps>[];
  categoryYears: PlannedPage<{ slug: string; year: string; page: Rest }, CategoryYearProps>[];
  periods: PlannedPage<{ year: string; rest: Rest }, PeriodProps>[];
  categoryFeeds: PlannedPage<{ slug: string }, CategoryFeedProps>[];
  hijriYears: PlannedPage<{ year: string }, HijriYearProps>[];
  hijriMonths: PlannedPage<{ year: string; month: string; page: Rest }, HijriMonthProps>[];
  onThisDay: PlannedPage<{ monthDay: string }, OnThisDayProps>[];
}

export interface PlanOptions {
  pageSize: number;
  categoryBlockSize: number;
  feedSize: number;
  /** Articles of each year shown on an "on this day" page (the rest are on that year's day page). */
  onThisDayPerYear: number;
  /** Articles of earlier years the home shows for the build day. */
  onThisDayOnHome: number;
  /** The day the site is built for: the home's "on this day". */
  buildDay: CalendarDate;
  /** An article's summary (lib/format/text.ts), for the cards of the front page. */
  summaryOf: (article: Article) => string;
  /**
   * Everything outside the props that changes how pages look (digits, titles…): part of every key. Code and
   * Astro's config are Astro's own part of the key.
   */
  renderSettings: string;
}

/** What every route's planner works from. */
export interface PlanContext {
  archive: Archive;
  options: PlanOptions;
  /** A page with its cache key. */
  planned<Params, Props>(params: Params, props: Props): PlannedPage<Params, Props>;
  /** An article as lists show it: one card per article, shared by every list it appears in. */
  cardOf(article: Article): ArticleCard;
  /** The archive's months as lists (oldest first), chained into each other (pager.ts). */
  monthLists: ListView<Article>[][];
  /** The month list that holds an article. */
  monthOf(article: Article): ListPeriod<Article>;
}

function planContext(archive: Archive, options: PlanOptions): PlanContext {
  const cards = new Map<Article, ArticleCard>();
  const months = new Map(archive.periods.month.map((month) => [month.key, { path: periodPath(month), items: month.articles }]));
  return {
    archive,
    options,
    planned: (params, props) => ({
      params,
      props,
      cacheKey: createHash('sha256').update(options.renderSettings).update(JSON.stringify(props)).digest('base64url'),
    }),
    cardOf(article) {
      let card = cards.get(article);
      if (!card) {
        const { id, title, date } = article;
        card = { id, title, date, category: categoryLink(archive.categoryOf(article)) };
        cards.set(article, card);
      }
      return card;
    },
    monthLists: chainedLists([...months.values()], options.pageSize),
    monthOf: (article) => months.get(periodKey(article.date, 'month'))!,
  };
}

/**
 * Each route's planner, to plan one route at a time: a build in parts writes each page as it comes and lets it go
 * (the article pages are planned one at a time; the other routes' pages are far fewer).
 */
export type SitePlanners = { [Route in keyof SitePlan]: () => Iterable<SitePlan[Route][number]> };

export function sitePlanners(archive: Archive, options: PlanOptions): SitePlanners {
  const context = planContext(archive, options);
  return {
    home: () => planHome(context),
    articles: () => planArticles(context),
    categories: () => planCategories(context),
    categoryYears: () => planCategoryYears(context),
    periods: () => planPeriods(context),
    categoryFeeds: () => planCategoryFeeds(context),
    hijriYears: () => planHijriYears(context),
    hijriMonths: () => planHijriMonths(context),
    onThisDay: () => planOnThisDay(context),
  };
}

export function planSite(archive: Archive, options: PlanOptions): SitePlan {
  const planners = sitePlanners(archive, options);
  return Object.fromEntries(Object.entries(planners).map(([route, plan]) => [route, [...plan()]])) as unknown as SitePlan;
}
