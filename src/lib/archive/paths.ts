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

/** The search index: one Pagefind bundle per shard (src/lib/search/shards.ts) and the list of them. */
export const searchIndexPath = '/search-index/';
export const shardBundlePath = (shard: { key: string }): string => `${searchIndexPath}${shard.key}/`;
/** A build's bundles, read by the other shards of a sharded build (see the search page). */
export const searchBundlesListPath = `${searchIndexPath}bundles.json`;
/**
 * Pagefind's highlighter for article pages, published once beside the bundles (it is the same in every bundle), so
 * that no article page depends on the shard plan.
 */
export const highlightScriptPath = `${searchIndexPath}pagefind-highlight.js`;

/** Prefixes a site path with the base path the archive is deployed under (`/` or `/archive/`). */
export const withBase = (base: string, path: string): string => `${base.replace(/\/$/, '')}${path}`;
