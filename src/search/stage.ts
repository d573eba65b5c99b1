// Content → search records on disk, one JSON-lines file per shard, for the indexer to read while pages render.

import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive } from '../lib/archive/build-archive.ts';
import { articlePath, withBase } from '../lib/archive/paths.ts';
import { type DigitSystem, formatGregorian } from '../lib/format/dates.ts';
import { searchRecord } from '../lib/search/record.ts';
import { planShards, type SearchShard } from '../lib/search/shards.ts';

export interface StagingOptions {
  /** Where the records go: one `<shard>.jsonl` per shard and the plan. */
  dir: string;
  shardSize: number;
  /** The site's base path: the records carry the articles' URLs. */
  base: string;
  /** Digits of the dates shown in results. */
  digits: DigitSystem;
}

const PLAN_FILE = 'plan.json';

/** Each record is written as soon as it is made: holding them all (~0.5 GB at 100k) raised the build's peak memory. */
export function stageSearchRecords(archive: Archive, { dir, shardSize, base, digits }: StagingOptions): void {
  const shards = searchShardsOf(archive, shardSize);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const oldestFirst = [...archive.articles].reverse();
  for (const shard of shards) {
    const file = openSync(join(dir, `${shard.key}.jsonl`), 'w');
    try {
      for (const article of oldestFirst.slice(shard.start, shard.start + shard.articleCount)) {
        const record = searchRecord(article, {
          url: withBase(base, articlePath(article.id)),
          categoryName: archive.categoryOf(article).name,
          dateShown: formatGregorian(article.date, digits),
        });
        writeSync(file, `${JSON.stringify(record)}\n`);
      }
    } finally {
      closeSync(file);
    }
  }
  writeFileSync(join(dir, PLAN_FILE), JSON.stringify(shards));
}

/** The shards whose records were staged in `dir`, for the indexer and for publishing the bundles. */
export const readShardPlan = (dir: string): SearchShard[] =>
  JSON.parse(readFileSync(join(dir, PLAN_FILE), 'utf8')) as SearchShard[];

const shardsByArchive = new WeakMap<Archive, SearchShard[]>();

/** The archive's search shards: the same plan for the indexer and the search page. */
export function searchShardsOf(archive: Archive, shardSize: number): SearchShard[] {
  let shards = shardsByArchive.get(archive);
  if (!shards) {
    shards = planShards(archive.articles.map((article) => article.date).reverse(), shardSize);
    shardsByArchive.set(archive, shards);
  }
  return shards;
}
