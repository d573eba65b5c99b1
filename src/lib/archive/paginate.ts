// Splits a list into numbered pages; page 1 lives at the list's own URL, page n at `<list>page/<n>/`.

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  lastNumber: number;
  items: T[];
  totalItems: number;
}

export function paginate<T>(items: readonly T[], pageSize: number): ListPage<T>[] {
  const lastNumber = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: lastNumber }, (_, index) => ({
    number: index + 1,
    lastNumber,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    totalItems: items.length,
  }));
}

/** The path of page `number` of the list whose first page is at `listPath` (which ends with `/`). */
export const pagePath = (listPath: string, number: number): string =>
  number === 1 ? listPath : `${listPath}page/${number}/`;

/** The rest parameter of a paginated route: none for page 1, `page/<n>` after. */
export const pageParam = (number: number): string | undefined => (number === 1 ? undefined : `page/${number}`);
