// Content → search records on disk, one JSON-lines file per shard, for the indexer to read while pages render.

import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../lib/article.ts';
import { articlePath, withBase } from '../lib/archive/paths.ts';
import { type DigitSystem, formatGregorian } from '../lib/format/dates.ts';
import { searchRecord } from '../lib/search/record.ts';
import { planShards, type SearchShard } from '../lib/search/shards.ts';

export interface StagingOptions {
  /** Where the records go: one `<shard>.jsonl` per shard. */
  dir: string;
  shardSize: number;
  /** The site's base path: the records carry the articles' URLs. */
  base: string;
  /** Digits of the dates shown in results. */
  digits: DigitSystem;
}

/** The published articles as the search shows them. */
export interface StagedArticles {
  /** Newest first. */
  articles: readonly Article[];
  /** The name the archive shows for an article's category (spellings that share a slug are grouped). */
  categoryNameOf(article: Article): string;
}

/**
 * Stages every article's record in the file of its shard and returns the shards. Each record is written as soon
 * as it is made: holding them all (~0.5 GB at 100k) raised the build's peak memory.
 */
export function stageSearchRecords({ articles, categoryNameOf }: StagedArticles, { dir, shardSize, base, digits }: StagingOptions): SearchShard[] {
  const oldestFirst = [...articles].reverse();
  const shards = planShards(oldestFirst.map((article) => article.date), shardSize);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const shard of shards) {
    const file = openSync(join(dir, `${shard.key}.jsonl`), 'w');
    try {
      for (const article of oldestFirst.slice(shard.start, shard.start + shard.articleCount)) {
        const record = searchRecord(article, {
          url: withBase(base, articlePath(article.id)),
          categoryName: categoryNameOf(article),
          dateShown: formatGregorian(article.date, digits),
        });
        writeSync(file, `${JSON.stringify(record)}\n`);
      }
    } finally {
      closeSync(file);
    }
  }
  return shards;
}
