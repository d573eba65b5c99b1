// The archive → every dynamic route's pages: their params, the props they render from (exactly what each page
// shows, nothing more) and the cache key of those props, so that an incremental build renders again only the pages
// whose props changed.

import { createHash } from 'node:crypto';
import type { Article } from '../article.ts';
import type { Archive } from '../archive/build-archive.ts';
import type { Category } from '../archive/categories.ts';
import { type ListPage, paginate, pageParam } from '../archive/paginate.ts';
import { type Period, periodPath } from '../archive/periods.ts';
import type { CalendarDate } from '../calendar-date.ts';

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
}

export interface PlanOptions {
  pageSize: number;
  categoryBlockSize: number;
  feedSize: number;
  /**
   * Everything outside the props that changes how pages look (digits, titles…): part of every key. Code and
   * Astro's config are Astro's own part of the key.
   */
  renderSettings: string;
}

const categoryLink = ({ name, slug }: Category): CategoryLink => ({ name, slug });
const periodRef = ({ articles: _, ...ref }: Period): PeriodRef => ref;

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
        { category: categoryLink(category), page, ...(page.number === 0 ? { total: category.articles.length } : {}) },
      ),
    ),
  );

  const periods = Object.values(archive.periods).flatMap((list) =>
    list.flatMap((period) => {
      const [year = '', ...rest] = periodPath(period).split('/').filter(Boolean);
      const { previous, next } = archive.adjacentPeriods(period);
      const subperiods = archive.subperiods(period).map((child) => ({ ...periodRef(child), count: child.articles.length }));
      return pagesOf(period.articles).map((page) =>
        planned(
          { year, rest: [...rest, pageParam(page.number)].filter(Boolean).join('/') || undefined },
          {
            period: periodRef(period),
            page,
            ...(page.number === 0 ? { total: period.articles.length } : {}),
            subperiods: page.number === 0 ? subperiods : [],
            ...(previous ? { previous: periodRef(previous) } : {}),
            ...(next ? { next: periodRef(next) } : {}),
          },
        ),
      );
    }),
  );

  const categoryFeeds = archive.categories.map((category) =>
    planned({ slug: category.slug }, { category: categoryLink(category), articles: category.articles.slice(0, options.feedSize) }),
  );

  return { home, articles, categories, periods, categoryFeeds };
}
