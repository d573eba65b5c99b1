// The archive's URL scheme, in one place. Paths here are relative to the site's base path.
// Published URLs must never change: see "URL scheme" in the README.

export const homePath = '/';
export const articlePath = (id: string): string => `/articles/${id}/`;
export const categoryPath = (slug: string): string => `/category/${slug}/`;
export const categoryFeedPath = (slug: string): string => `${categoryPath(slug)}rss.xml`;
export const categoriesPath = '/category/';
export const datesPath = '/dates/';
export const searchPath = '/search/';
export const feedPath = '/rss.xml';

/** Prefixes a site path with the base path the archive is deployed under (`/` or `/archive/`). */
export const withBase = (base: string, path: string): string => `${base.replace(/\/$/, '')}${path}`;
