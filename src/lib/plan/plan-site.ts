// The archive → every dynamic route's pages: their params, the props they render from (exactly what each page
// shows, nothing more) and the cache key of those props, so that an incremental build renders again only the pages
// whose props changed.

import { createHash } from 'node:crypto';
import type { Article } from '../article.ts';
import { type Adjacent, type Archive, adjacentIn } from '../archive/build-archive.ts';
import type { Category } from '../archive/categories.ts';
import { countsPerYear, type YearCount } from '../archive/coverage.ts';
import type { HijriMonth } from '../archive/hijri.ts';
import { monthDayOf } from '../archive/on-this-day.ts';
import { type ListPage, paginate, pageParam } from '../archive/paginate.ts';
import { type Period, periodPath } from '../archive/periods.ts';
import { type CalendarDate, calendarParts } from '../calendar-date.ts';

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
}

/** A year, month or day, without its articles. */
export type PeriodRef = Omit<Period, 'articles'>;
export type PeriodSummary = PeriodRef & { count: number };

export interface HomeProps {
  page: ListPage<ArticleCard>;
  /** The front page only: the latest articles of every category. */
  categoryBlocks: { category: CategoryLink; items: ArticleCard[] }[];
  /**
   * The front page only: articles of the build day's date in earlier years. The one part of the site that depends
   * on the build date: the day is in the props, so the front page's cache key changes with it.
   */
  onThisDay?: { buildDay: CalendarDate; items: ArticleCard[] };
}

export interface ArticleProps {
  article: Omit<Article, 'sourcePath'>;
  category: CategoryLink;
  older?: ArticleCard;
  newer?: ArticleCard;
  related: ArticleCard[];
}

export interface CategoryProps {
  category: CategoryLink;
  page: ListPage<ArticleCard>;
  /** The front page only: how many articles the category has. */
  total?: number;
  /** The front page only: its articles per year, from its first year to its last. */
  perYear?: YearCount[];
}

export interface PeriodProps {
  period: PeriodRef;
  page: ListPage<ArticleCard>;
  /** The front page only: the period's article count and its months or days. */
  total?: number;
  subperiods: PeriodSummary[];
  previous?: PeriodRef;
  next?: PeriodRef;
}

/** A Hijri month, without its articles. */
export type HijriMonthRef = Omit<HijriMonth, 'articles'>;

export interface HijriMonthProps {
  month: HijriMonthRef;
  page: ListPage<ArticleCard>;
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

export interface CategoryFeedProps {
  category: CategoryLink;
  /** The latest, newest first. */
  articles: Article[];
}

export interface PlannedPage<Params, Props> {
  params: Params;
  props: Props;
  /** Astro's incremental build renders the page again only when this changes. */
  cacheKey: string;
}

export interface SitePlan {
  home: PlannedPage<{ page: string | undefined }, HomeProps>[];
  articles: PlannedPage<{ id: string }, ArticleProps>[];
  categories: PlannedPage<{ slug: string; page: string | undefined }, CategoryProps>[];
  periods: PlannedPage<{ year: string; rest: string | undefined }, PeriodProps>[];
  categoryFeeds: PlannedPage<{ slug: string }, CategoryFeedProps>[];
  hijriYears: PlannedPage<{ year: string }, HijriYearProps>[];
  hijriMonths: PlannedPage<{ year: string; month: string; page: string | undefined }, HijriMonthProps>[];
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
  /**
   * Everything outside the props that changes how pages look (digits, titles…): part of every key. Code and
   * Astro's config are Astro's own part of the key.
   */
  renderSettings: string;
}

const categoryLink = ({ name, slug }: Category): CategoryLink => ({ name, slug });
const periodRef = ({ articles: _, ...ref }: Period): PeriodRef => ref;
const hijriMonthRef = ({ articles: _, ...ref }: HijriMonth): HijriMonthRef => ref;
/** The previous and next items as the props name them (absent when there is none). */
function adjacentRefs<T, R>({ previous, next }: Adjacent<T>, ref: (item: T) => R): Adjacent<R> {
  return { ...(previous === undefined ? {} : { previous: ref(previous) }), ...(next === undefined ? {} : { next: ref(next) }) };
}

export function planSite(archive: Archive, options: PlanOptions): SitePlan {
  const { pageSize } = options;
  const planned = <Params, Props>(params: Params, props: Props): PlannedPage<Params, Props> => ({
    params,
    props,
    cacheKey: createHash('sha256').update(options.renderSettings).update(JSON.stringify(props)).digest('base64url'),
  });
  // One card per article, shared by every list it appears in.
  const cards = new Map<Article, ArticleCard>();
  const cardOf = (article: Article): ArticleCard => {
    let card = cards.get(article);
    if (!card) {
      const { id, title, date } = article;
      card = { id, title, date, category: categoryLink(archive.categoryOf(article)) };
      cards.set(article, card);
    }
    return card;
  };
  const pagesOf = (articles: readonly Article[]) => paginate(articles.map(cardOf), pageSize);

  const buildYear = calendarParts(options.buildDay).year;
  const earlierYearsOnBuildDay = (archive.daysInEveryYear.find(({ monthDay }) => monthDay === monthDayOf(options.buildDay))?.years ?? [])
    .filter(({ year }) => year < buildYear)
    .flatMap(({ articles }) => articles)
    .slice(0, options.onThisDayOnHome)
    .map(cardOf);
  const home = pagesOf(archive.articles).map((page) =>
    planned(
      { page: pageParam(page.number) },
      {
        page,
        categoryBlocks:
          page.number === 0
            ? archive.categories.map((category) => ({
                category: categoryLink(category),
                items: category.articles.slice(0, options.categoryBlockSize).map(cardOf),
              }))
            : [],
        ...(page.number === 0 ? { onThisDay: { buildDay: options.buildDay, items: earlierYearsOnBuildDay } } : {}),
      },
    ),
  );

  const articles = archive.articles.map((article) => {
    const { sourcePath: _, ...shown } = article;
    const { older, newer } = archive.neighboursInCategory(article);
    return planned(
      { id: article.id },
      {
        article: shown,
        category: categoryLink(archive.categoryOf(article)),
        ...(older ? { older: cardOf(older) } : {}),
        ...(newer ? { newer: cardOf(newer) } : {}),
        related: archive.relatedTo(article).map(cardOf),
      },
    );
  });

  const categories = archive.categories.flatMap((category) =>
    pagesOf(category.articles).map((page) =>
      planned(
        { slug: category.slug, page: pageParam(page.number) },
        {
          category: categoryLink(category),
          page,
          ...(page.number === 0 ? { total: category.articles.length, perYear: countsPerYear(category.articles) } : {}),
        },
      ),
    ),
  );

  const periods = Object.values(archive.periods).flatMap((list) =>
    list.flatMap((period) => {
      const [year = '', ...rest] = periodPath(period).split('/').filter(Boolean);
      const subperiods = archive.subperiods(period).map((child) => ({ ...periodRef(child), count: child.articles.length }));
      return pagesOf(period.articles).map((page) =>
        planned(
          { year, rest: [...rest, pageParam(page.number)].filter(Boolean).join('/') || undefined },
          {
            period: periodRef(period),
            page,
            ...(page.number === 0 ? { total: period.articles.length } : {}),
            subperiods: page.number === 0 ? subperiods : [],
            ...adjacentRefs(archive.adjacentPeriods(period), periodRef),
          },
        ),
      );
    }),
  );

  const categoryFeeds = archive.categories.map((category) =>
    planned({ slug: category.slug }, { category: categoryLink(category), articles: category.articles.slice(0, options.feedSize) }),
  );

  const hijriYears = archive.hijriYears.map(({ year, months, count }, index) =>
    planned(
      { year: String(year) },
      {
        year,
        total: count,
        months: months.map((month) => ({ ...hijriMonthRef(month), count: month.articles.length })),
        ...adjacentRefs(adjacentIn(archive.hijriYears, index), (adjacent) => adjacent.year),
      },
    ),
  );

  const hijriMonths = archive.hijriMonths.flatMap((month, index) => {
    const [year = '', monthNumber = ''] = month.key.split('-');
    return pagesOf(month.articles).map((page) =>
      planned(
        { year, month: monthNumber, page: pageParam(page.number) },
        {
          month: hijriMonthRef(month),
          page,
          ...(page.number === 0 ? { total: month.articles.length } : {}),
          ...adjacentRefs(adjacentIn(archive.hijriMonths, index), hijriMonthRef),
        },
      ),
    );
  });

  const onThisDay = archive.daysInEveryYear.map(({ monthDay, years }, index) =>
    planned(
      { monthDay },
      {
        monthDay,
        years: years.map(({ year, articles: ofYear }) => ({
          year,
          count: ofYear.length,
          items: ofYear.slice(0, options.onThisDayPerYear).map(cardOf),
        })),
        ...adjacentRefs(adjacentIn(archive.daysInEveryYear, index), (day) => day.monthDay),
      },
    ),
  );

  return { home, articles, categories, periods, categoryFeeds, hijriYears, hijriMonths, onThisDay };
}
