// Content → search records on disk, one JSON-lines file per shard, for the indexer to read while pages render.
// A shard whose articles, labels and record code are those of the last build keeps its file: making the records
// (normalising every word) is most of a rebuild's content phase at 100k articles.

import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../lib/article.ts';
import { type ArticleTexts, withText } from '../lib/article-texts.ts';
import { articlePath, withBase } from '../lib/archive/paths.ts';
import { type DigitSystem, formatGregorian } from '../lib/format/dates.ts';
import { searchRecord } from '../lib/search/record.ts';
import { planShards, type StagedShard } from '../lib/search/shards.ts';
import { keepOrMake } from '../lib/digest-stamp.ts';
import { sourceDigest } from '../lib/source-digest.ts';

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
  /** Where their paragraphs are: read only for the shards staged again. */
  texts: ArticleTexts;
  /** The name the archive shows for an article's category (spellings that share a slug are grouped). */
  categoryNameOf(article: Article): string;
}

/** The code that turns an article into its record: a change to it stages every shard again. */
const recordCode = sourceDigest([new URL(import.meta.url)]);

/**
 * Stages every article's record in the file of its shard and returns the shards, and how many kept the file of the
 * last build. Each record is written as soon as it is made: holding them all (~0.5 GB at 100k) raised the build's
 * peak memory.
 */
export async function stageSearchRecords(
  { articles, texts, categoryNameOf }: StagedArticles,
  { dir, shardSize, base, digits }: StagingOptions,
): Promise<{ shards: StagedShard[]; kept: number }> {
  const oldestFirst = [...articles].reverse();
  const shards = planShards(oldestFirst.map((article) => article.date), shardSize);
  mkdirSync(dir, { recursive: true });
  const planned = new Set(shards.flatMap((shard) => [`${shard.key}.jsonl`, `${shard.key}.inputs`]));
  for (const entry of readdirSync(dir)) if (!planned.has(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
  let kept = 0;
  const staged: StagedShard[] = [];
  for (const shard of shards) {
    const members = oldestFirst.slice(shard.start, shard.start + shard.articleCount);
    const [records, inputsFile] = [join(dir, `${shard.key}.jsonl`), join(dir, `${shard.key}.inputs`)];
    const inputs = createHash('sha256').update(`${recordCode} ${JSON.stringify({ base, digits })}\n`);
    for (const article of members) inputs.update(`${JSON.stringify(article)} ${categoryNameOf(article)}\n`);
    const digest = inputs.digest('hex');
    const wasKept = await keepOrMake(inputsFile, digest, [records], () => {
      const file = openSync(records, 'w');
      try {
        for (const article of members) {
          const record = searchRecord(withText(texts, article), {
            url: withBase(base, articlePath(article.id)),
            categoryName: categoryNameOf(article),
            dateShown: formatGregorian(article.date, digits),
          });
          writeSync(file, `${JSON.stringify(record)}\n`);
        }
      } finally {
        closeSync(file);
      }
    });
    if (wasKept) kept += 1;
    staged.push({ ...shard, records: digest });
  }
  return { shards: staged, kept };
}
