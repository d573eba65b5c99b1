// Where a list page's pager leads. A list is cut into pages (archive/paginate.ts); long lists are cut into periods
// first: the archive's and a year's articles into months, a category's into years. Each period's list has its
// front page and numbered pages, and its pager goes on into the neighbouring periods (from its oldest page to the
// previous period's front page, from its front page to the next period's oldest page), so an article added or
// deleted in the past changes the pages of its period, not every newer page of a long list. The long list itself
// shows its front page only, going on in the period page that holds its next older item.

import { frontPage, type ListPage, type ListPosition, listPosition, pageHolding, paginate, pagePath } from '../archive/paginate.ts';

/**
 * Where a list page's pager leads: the pages with newer and with older items, in the same list or the next, and
 * where the page stands in its own list (a list of one page has no position).
 */
export interface PagerLinks {
  newer?: string;
  older?: string;
  position?: ListPosition;
}

/** A page of a list: its items and its pager. */
export interface ListView<T> {
  page: ListPage<T>;
  pager: PagerLinks;
}

/** A list's period: where its front page is, and its items, newest first. */
export interface ListPeriod<T> {
  path: string;
  items: readonly T[];
}

/** The pager of a page of a list whose pages are `pages` (the front page first), at `listPath`. */
export function pagerWithin(listPath: string, page: ListPage<unknown>, pages: readonly ListPage<unknown>[]): PagerLinks {
  const position = listPosition(listPath, page, pages[0]!);
  return {
    ...(page.newer === undefined ? {} : { newer: pagePath(listPath, page.newer) }),
    ...(page.older === undefined ? {} : { older: pagePath(listPath, page.older) }),
    ...(position === undefined ? {} : { position }),
  };
}

/** A list's pages, each with its pager within the list. */
export function listViews<T>({ path, items }: ListPeriod<T>, pageSize: number): ListView<T>[] {
  const pages = paginate(items, pageSize);
  return pages.map((page) => ({ page, pager: pagerWithin(path, page, pages) }));
}

/** The pages of consecutive periods' lists (oldest period first), each period's pager chained to its neighbours'. */
export function chainedLists<T>(periods: readonly ListPeriod<T>[], pageSize: number): ListView<T>[][] {
  const paginated = periods.map(({ items }) => paginate(items, pageSize));
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
}

/** A long list's front page, its pager going on in the period page that holds its next older item. */
export function frontGoingOn<T>(newestFirst: readonly T[], pageSize: number, periodOf: (item: T) => ListPeriod<T>): ListView<T> {
  const page = frontPage(newestFirst, pageSize);
  const nextOlder = newestFirst[pageSize];
  if (nextOlder === undefined) return { page, pager: {} };
  const { path, items } = periodOf(nextOlder);
  return { page, pager: { older: pagePath(path, pageHolding(items.indexOf(nextOlder), items.length, pageSize)) } };
}

/** The same view with its items shown as `show` makes them. */
export const showing = <T, U>({ page, pager }: ListView<T>, show: (item: T) => U): ListView<U> => ({
  page: { ...page, items: page.items.map(show) },
  pager,
});
