// Splits a list, newest first, into its front page (the newest items, at the list's own URL) and numbered pages
// counted from the oldest (`<list>page/<n>/`, page 1 the oldest). A new article usually is the newest: it changes
// the front page and the newest numbered page only, never the pages behind them, so those need not be built again.

export interface ListPage<T> {
  /** 0 for the front page; 1… for the numbered pages, page 1 holding the oldest items. */
  number: number;
  /** Newest first. */
  items: T[];
  /** The numbered page that goes on with older items, if any. */
  older?: number;
  /** The page that goes on with newer items: a numbered page, or 0 for the front page. Absent on the front page. */
  newer?: number;
}

/** The front page alone: the newest items. */
export const frontPage = <T>(newestFirst: readonly T[], pageSize: number): ListPage<T> => ({ number: 0, items: newestFirst.slice(0, pageSize) });

/** The page of a list of `total` items that holds the item at `position`, counted from the newest (0-based). */
export const pageHolding = (position: number, total: number, pageSize: number): number =>
  position < pageSize ? 0 : Math.floor((total - 1 - position) / pageSize) + 1;

export function paginate<T>(newestFirst: readonly T[], pageSize: number): ListPage<T>[] {
  const total = newestFirst.length;
  const front = frontPage(newestFirst, pageSize);
  if (total <= pageSize) return [front];
  const last = Math.ceil(total / pageSize);
  // The page of the newest item not on the front page.
  front.older = pageHolding(pageSize, total, pageSize);
  const numbered = Array.from({ length: last }, (_, index): ListPage<T> => {
    const number = index + 1;
    // Oldest-first positions [index × size, number × size) are newest-first positions (total − number × size, …].
    const items = newestFirst.slice(Math.max(0, total - number * pageSize), total - index * pageSize);
    return { number, items, ...(number > 1 ? { older: number - 1 } : {}), newer: number < last ? number + 1 : 0 };
  });
  return [front, ...numbered];
}

/** Where a page stands as a reader goes through its list from the newest: page `at` of `of`, and the list's ends. */
export interface ListPosition {
  at: number;
  of: number;
  /** The list's first page (its front page, the newest articles) and its last (the oldest). */
  first: string;
  last: string;
}

/**
 * A page's place in reading order: the front page, then the numbered pages from the one its "older" link leads to
 * down to page 1 (the oldest). A numbered page newer than that one holds only articles of the front page, and
 * counts as the first too. Undefined for a list of one page.
 */
export function listPosition(listPath: string, page: ListPage<unknown>, front: ListPage<unknown>): ListPosition | undefined {
  if (front.older === undefined) return undefined;
  const at = page.number === 0 ? 1 : Math.max(1, front.older - page.number + 2);
  return { at, of: front.older + 1, first: listPath, last: pagePath(listPath, 1) };
}

/** The path of page `number` of the list whose front page is at `listPath` (which ends with `/`). */
export const pagePath = (listPath: string, number: number): string =>
  number === 0 ? listPath : `${listPath}page/${number}/`;

/** The rest parameter of a paginated route: none for the front page, `page/<n>` for the others. */
export const pageParam = (number: number): string | undefined => (number === 0 ? undefined : `page/${number}`);
