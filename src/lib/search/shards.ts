// The search index is split into shards of consecutive years, so no indexing process holds the whole archive;
// the browser searches them together (Pagefind's mergeIndex).

export interface YearCount {
  year: number;
  count: number;
}

export interface SearchShard {
  /** `2005-2009`, or `2018` for a one-year shard. */
  key: string;
  firstYear: number;
  lastYear: number;
  articleCount: number;
}

/** Groups consecutive years into shards of at most `maxArticles` (a bigger single year is a shard of its own). */
export function planShards(years: readonly YearCount[], maxArticles: number): SearchShard[] {
  const shards: SearchShard[] = [];
  for (const { year, count } of [...years].sort((a, b) => a.year - b.year)) {
    const current = shards.at(-1);
    if (current && current.articleCount + count <= maxArticles) {
      current.lastYear = year;
      current.articleCount += count;
    } else {
      shards.push({ key: '', firstYear: year, lastYear: year, articleCount: count });
    }
  }
  for (const shard of shards) {
    shard.key = shard.firstYear === shard.lastYear ? `${shard.firstYear}` : `${shard.firstYear}-${shard.lastYear}`;
  }
  return shards;
}

export const shardOfYear = (shards: readonly SearchShard[], year: number): SearchShard | undefined =>
  shards.find((shard) => year >= shard.firstYear && year <= shard.lastYear);

/** Where a shard's Pagefind bundle is published, relative to the site's base path. */
export const shardBundlePath = (shard: Pick<SearchShard, 'key'>): string => `/search-index/${shard.key}/`;

/**
 * Pagefind's highlighter for article pages, published once beside the bundles (it is the same in every bundle), so
 * that no article page depends on the shard plan.
 */
export const HIGHLIGHT_SCRIPT_PATH = '/search-index/pagefind-highlight.js';
