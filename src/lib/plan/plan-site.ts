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
import { frontPage, type ListPage, type ListPosition, listPosition, pageHolding, paginate, pageParam, pagePath } from '../archive/paginate.ts';
import { categoryYearPath, hijriMonthPath } from '../archive/paths.ts';
import { type Period, periodKey, periodPath, periodsOf } from '../archive/periods.ts';
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
  /** What the article says, where the list shows it (the front page). */
  summary?: string;
}

/** A year, month or day, without its articles. */
export type PeriodRef = Omit<Period, 'articles'>;
export type PeriodSummary = PeriodRef & { count: number };

/**
 * Where a list page's pager leads: the pages with newer and with older articles, in the same list or the next, and
 * where the page stands in its own list (a list of one page has no position).
 */
export interface PagerLinks {
  newer?: string;
  older?: string;
  position?: ListPosition;
}

/** A page of a list: its articles and its pager. */
export interface ListView {
  page: ListPage<ArticleCard>;
  pager: PagerLinks;
}

export interface HomeProps extends ListView {
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

export interface CategoryProps extends ListView {
  category: CategoryLink;
  /** How many articles the category has. */
  total: number;
  /** Its articles per year, from its first year to its last. */
  perYear: YearCount[];
}

export interface CategoryYearProps extends ListView {
  category: CategoryLink;
  year: number;
  /** The front page only: the category's article count that year. */
  total?: number;
  /** The category's previous and next years that have articles. */
  previous?: number;
  next?: number;
}

export interface PeriodProps extends ListView {
  period: PeriodRef;
  /** The front page only: the period's article count and its months or days. */
  total?: number;
  subperiods: PeriodSummary[];
  previous?: PeriodRef;
  next?: PeriodRef;
}

/** A Hijri month, without its articles. */
export type HijriMonthRef = Omit<HijriMonth, 'articles'>;

export interface HijriMonthProps extends ListView {
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

export interface PlannedPage<Params, Props> {
  params: Params;
  props: Props;
  /** Astro's incremental build renders the page again only when this changes. */
  cacheKey: string;
}

export interface SitePlan {
  home: PlannedPage<{ page: string | undefined }, HomeProps>[];
  articles: PlannedPage<{ id: string }, ArticleProps>[];
  categories: PlannedPage<{ slug: string }, CategoryProps>[];
  categoryYears: PlannedPage<{ slug: string; year: string; page: string | undefined }, CategoryYearProps>[];
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
  /** An article's summary (lib/format/text.ts), for the cards of the front page. */
  summaryOf: (article: Article) => string;
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
  /** The pager of a page of a list whose pages are `pages` (the front page first). */
  const pagerWithin = (listPath: string, page: ListPage<unknown>, pages: readonly ListPage<unknown>[]): PagerLinks => {
    const position = listPosition(listPath, page, pages[0]!);
    return {
      ...(page.newer === undefined ? {} : { newer: pagePath(listPath, page.newer) }),
      ...(page.older === undefined ? {} : { older: pagePath(listPath, page.older) }),
      ...(position === undefined ? {} : { position }),
    };
  };
  /** A list's views, each page with its pager within the list. */
  const listViews = (listPath: string, articles: readonly Article[]): ListView[] => {
    const pages = pagesOf(articles);
    return pages.map((page) => ({ page, pager: pagerWithin(listPath, page, pages) }));
  };

  // Long lists are cut into periods: the archive's and a year's articles into months, a category's into years. Each
  // period's list has its front page and numbered pages, and its pager goes on into the neighbouring periods (from
  // its oldest page to the previous period's front page, from its front page to the next period's oldest page), so
  // an article added or deleted in the past changes the pages of its period, not every newer page of a long list.
  // The long list itself shows its front page only, going on in the period page that holds its next older article.
  interface ListPeriod {
    path: string;
    /** Newest first. */
    articles: readonly Article[];
  }
  const chainedLists = (periods: readonly ListPeriod[]): ListView[][] => {
    const paginated = periods.map(({ articles }) => pagesOf(articles));
    return paginated.map((pages, index) =>
      pages.map((page) => {
        const pager = pagerWithin(periods[index]!.path, page, pages);
        const previous = periods[index - 1];
        const next = periods[index + 1];
        if (previous && page.number === (pages.length > 1 ? 1 : 0)) pager.older = previous.path;
        if (next && page.number === 0) pager.newer = pagePath(next.path, paginated[index + 1]!.length > 1 ? 1 : 0);
        return { page, pager };
      }),
    );
  };
  const frontGoingOnIn = (newestFirst: readonly Article[], periodOf: (article: Article) => ListPeriod, card = cardOf): ListView => {
    const front = frontPage(newestFirst, pageSize);
    const page = { ...front, items: front.items.map(card) };
    const nextOlder = newestFirst[pageSize];
    if (!nextOlder) return { page, pager: {} };
    const { path, articles } = periodOf(nextOlder);
    return { page, pager: { older: pagePath(path, pageHolding(articles.indexOf(nextOlder), articles.length, pageSize)) } };
  };
  const monthPeriods = new Map(archive.periods.month.map((month) => [month.key, { path: periodPath(month), articles: month.articles }]));
  const monthOf = (article: Article): ListPeriod => monthPeriods.get(periodKey(article.date, 'month'))!;
  const monthLists = chainedLists([...monthPeriods.values()]);

  const buildYear = calendarParts(options.buildDay).year;
  const earlierYearsOnBuildDay = (archive.daysInEveryYear.find(({ monthDay }) => monthDay === monthDayOf(options.buildDay))?.years ?? [])
    .filter(({ year }) => year < buildYear)
    .flatMap(({ articles }) => articles)
    .slice(0, options.onThisDayOnHome)
    .map(cardOf);
  // The front page reads like a newspaper's: its latest articles and each category's latest come with summaries.
  const withSummary = (article: Article): ArticleCard => ({ ...cardOf(article), summary: options.summaryOf(article) });
  const home = [
    planned(
      { page: undefined },
      {
        ...frontGoingOnIn(archive.articles, monthOf, withSummary),
        categoryBlocks: archive.categories.map((category) => ({
          category: categoryLink(category),
          items: category.articles.slice(0, options.categoryBlockSize).map((article, index) => (index === 0 ? withSummary(article) : cardOf(article))),
        })),
        onThisDay: { buildDay: options.buildDay, items: earlierYearsOnBuildDay },
      },
    ),
  ];

  const articles = archive.articles.map((article) => {
    const { older, newer } = archive.neighboursInCategory(article);
    return planned(
      { id: article.id },
      {
        article,
        category: categoryLink(archive.categoryOf(article)),
        ...(older ? { older: cardOf(older) } : {}),
        ...(newer ? { newer: cardOf(newer) } : {}),
        related: archive.relatedTo(article).map(cardOf),
      },
    );
  });

  const categories: SitePlan['categories'] = [];
  const categoryYears: SitePlan['categoryYears'] = [];
  for (const category of archive.categories) {
    const link = categoryLink(category);
    const years = periodsOf(category.articles, 'year');
    const yearPeriods = years.map(({ year, articles }) => ({ path: categoryYearPath(category.slug, year), articles }));
    const byYear = new Map(years.map((year, index) => [year.year, yearPeriods[index]!]));
    categories.push(
      planned(
        { slug: category.slug },
        {
          category: link,
          ...frontGoingOnIn(category.articles, (article) => byYear.get(calendarParts(article.date).year)!),
          total: category.articles.length,
          perYear: countsPerYear(category.articles),
        },
      ),
    );
    chainedLists(yearPeriods).forEach((pages, index) => {
      const { year, articles } = years[index]!;
      const adjacent = adjacentRefs(adjacentIn(years, index), (period) => period.year);
      for (const { page, pager } of pages) {
        categoryYears.push(
          planned(
            { slug: category.slug, year: String(year), page: pageParam(page.number) },
            { category: link, year, page, pager, ...(page.number === 0 ? { total: articles.length } : {}), ...adjacent },
          ),
        );
      }
    });
  }

  const periods = Object.values(archive.periods).flatMap((list) =>
    list.flatMap((period, index) => {
      const [year = '', ...rest] = periodPath(period).split('/').filter(Boolean);
      const subperiods = archive.subperiods(period).map((child) => ({ ...periodRef(child), count: child.articles.length }));
      const lists: ListView[] =
        period.kind === 'year'
          ? [frontGoingOnIn(period.articles, monthOf)]
          : period.kind === 'month'
            ? monthLists[index]!
            : listViews(periodPath(period), period.articles);
      return lists.map(({ page, pager }) =>
        planned(
          { year, rest: [...rest, pageParam(page.number)].filter(Boolean).join('/') || undefined },
          {
            period: periodRef(period),
            page,
            pager,
            ...(page.number === 0 ? { total: period.articles.length } : {}),
            subperiods: page.number === 0 ? subperiods : [],
            ...adjacentRefs(archive.adjacentPeriods(period), periodRef),
          },
        ),
      );
    }),
  );

  const categoryFeeds = archive.categories.map((category) =>
    planned(
      { slug: category.slug },
      {
        category: categoryLink(category),
        items: category.articles.slice(0, options.feedSize).map((article) => ({ article, rankInDay: archive.rankInDay(article) })),
      },
    ),
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
    return listViews(hijriMonthPath(month.key), month.articles).map(({ page, pager }) =>
      planned(
        { year, month: monthNumber, page: pageParam(page.number) },
        {
          month: hijriMonthRef(month),
          page,
          pager,
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

  return { home, articles, categories, categoryYears, periods, categoryFeeds, hijriYears, hijriMonths, onThisDay };
}
