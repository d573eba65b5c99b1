// The archive's URL scheme, in one place. Paths here are relative to the site's base path.
// Published URLs must never change: see docs/urls.md.

import { pageParam } from './paginate.ts';

export const homePath = '/';
export const faviconPath = '/favicon.svg';
export const articlePath = (id: string): string => `/articles/${id}/`;
export const categoryPath = (slug: string): string => `/category/${slug}/`;
/** A category's articles of one year. */
export const categoryYearPath = (slug: string, year: number): string => `${categoryPath(slug)}${year}/`;
export const categoryFeedPath = (slug: string): string => `${categoryPath(slug)}rss.xml`;
export const categoriesPath = '/category/';
export const datesPath = '/dates/';
export const searchPath = '/search/';
export const feedPath = '/rss.xml';
/** JSON Feed 1.1 beside each RSS feed: the same items. */
export const jsonFeedPath = '/feed.json';
export const categoryJsonFeedPath = (slug: string): string => `${categoryPath(slug)}feed.json`;
/** The OpenSearch description, so browsers can add the archive's search. */
export const openSearchPath = '/opensearch.xml';

/** The Hijri archive: every Hijri year (`/hijri/`), a year's months (`/hijri/1439/`), a month (`/hijri/1439/09/`). */
export const hijriArchivePath = '/hijri/';
export const hijriYearPath = (year: number): string => `${hijriArchivePath}${year}/`;
/** `1439-09` → `/hijri/1439/09/` */
export const hijriMonthPath = (key: string): string => `${hijriArchivePath}${key.replace('-', '/')}/`;
/** The route params of page `number` of a Hijri month's list (`src/pages/hijri/[year]/[month]/[...page].astro`). */
export function hijriMonthParams(key: string, number: number): { year: string; month: string; page: string | undefined } {
  const [year = '', month = ''] = key.split('-');
  return { year, month, page: pageParam(number) };
}

/**
 * The route params of page `number` of a date period's list (`src/pages/[year]/[...rest].astro`): `2018-05-20`, page
 * 2 → `2018` and `05/20/page/2`, its path being `periodPath` (periods.ts) and the page's.
 */
export function periodParams({ key }: { key: string }, number: number): { year: string; rest: string | undefined } {
  const [year = '', ...monthAndDay] = key.split('-');
  return { year, rest: [...monthAndDay, pageParam(number)].filter(Boolean).join('/') || undefined };
}

/** "On this day": `05-20` → `/on-this-day/05-20/`, the articles of 20 May in every year. */
export const onThisDayIndexPath = '/on-this-day/';
export const onThisDayPath = (monthDay: string): string => `${onThisDayIndexPath}${monthDay}/`;

/** The search index: one Pagefind bundle, merged from the shards' (src/search/merge-bundles.ts). */
export const searchIndexPath = '/search-index/';
/** Pagefind's highlighter for article pages, part of the bundle. */
export const highlightScriptPath = `${searchIndexPath}pagefind-highlight.js`;

/** Prefixes a site path with the base path the archive is deployed under (`/` or `/archive/`). */
export const withBase = (base: string, path: string): string => `${base.replace(/\/$/, '')}${path}`;
