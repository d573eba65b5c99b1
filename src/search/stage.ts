// Content → the search shards' staged articles on disk, one JSON-lines file per shard: each article (without its
// paragraphs) and the name its category is shown by. The indexer makes the records from them as it indexes the
// shard (`shardRecords`), on the core rendering leaves free, and in a build in parts in the part that indexes the
// shard: making the records (normalising every word) is too slow for the plan step at a million articles. A shard
// whose articles, labels and record code are those of the last build keeps its file.

import { createHash } from 'node:crypto';
import { closeSync, createReadStream, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Article } from '../lib/article.ts';
import { folderTexts, withText } from '../lib/article-texts.ts';
import { articlePath, withBase } from '../lib/archive/paths.ts';
import { type DigitSystem, formatGregorian } from '../lib/format/dates.ts';
import { type SearchRecord, searchRecord } from '../lib/search/record.ts';
import { planShards, type SearchShard, shardMembers, type StagedShard } from '../lib/search/shards.ts';
import { keepOrMake } from '../lib/digest-stamp.ts';
import { sourceDigest } from '../lib/source-digest.ts';
import type { Settings } from '../settings.ts';

/** How records are labelled: what, besides the articles, a shard's records are made from. */
export interface RecordLabels {
  /** The site's base path: the records carry the articles' URLs. */
  base: string;
  /** Digits of the dates shown in results. */
  digits: DigitSystem;
}

export interface StagingOptions extends RecordLabels {
  /** Where the shards go: one `<shard>.jsonl` per shard. */
  dir: string;
  shardSize: number;
}

/** Where the indexer finds a shard's records: its staged articles, their paragraphs, the labels. */
export interface RecordSource extends RecordLabels {
  stagingDir: string;
  textsDir: string;
}

/** A build's staged shards, as its indexer reads them (a part's own, in its slice, for a part's render job). */
export const recordSourceOf = (site: Settings): RecordSource => ({
  stagingDir: site.searchStagingDir,
  textsDir: site.articleTextsDir,
  base: site.base,
  digits: site.digits,
});

/** The published articles as the search shows them. */
export interface StagedArticles {
  /** Newest first. */
  articles: readonly Article[];
  /** The name the archive shows for an article's category (spellings that share a slug are grouped). */
  categoryNameOf(article: Article): string;
}

/** A line of a shard's file. */
interface StagedArticle {
  article: Article;
  categoryName: string;
}

/** The code that turns an article into its record: a change to it stages every shard again. */
const recordCode = sourceDigest([new URL(import.meta.url)]);

/**
 * Stages every article in the file of its shard and returns the shards, each with a digest of what its records are
 * made from, and how many kept the file of the last build.
 */
export async function stageSearchShards(
  { articles, categoryNameOf }: StagedArticles,
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
    const lines = shardMembers(oldestFirst, shard).map((article) => `${JSON.stringify({ article, categoryName: categoryNameOf(article) } satisfies StagedArticle)}\n`);
    const inputs = createHash('sha256').update(`${recordCode} ${JSON.stringify({ base, digits })}\n`);
    for (const line of lines) inputs.update(line);
    const digest = inputs.digest('hex');
    const file = join(dir, `${shard.key}.jsonl`);
    const wasKept = await keepOrMake(join(dir, `${shard.key}.inputs`), digest, [file], () => {
      const fd = openSync(file, 'w');
      try {
        for (const line of lines) writeSync(fd, line);
      } finally {
        closeSync(fd);
      }
    });
    if (wasKept) kept += 1;
    staged.push({ ...shard, records: digest });
  }
  return { shards: staged, kept };
}

/** A shard's search records, oldest first, made as they are read. */
export async function* shardRecords({ stagingDir, textsDir, base, digits }: RecordSource, shard: SearchShard): AsyncGenerator<SearchRecord> {
  const texts = folderTexts(textsDir);
  for await (const { article, categoryName } of stagedArticles(stagingDir, shard)) {
    yield searchRecord(withText(texts, article), {
      url: withBase(base, articlePath(article.id)),
      categoryName,
      dateShown: formatGregorian(article.date, digits),
    });
  }
}

async function* stagedArticles(stagingDir: string, shard: SearchShard): AsyncGenerator<StagedArticle> {
  for await (const line of createInterface({ input: createReadStream(join(stagingDir, `${shard.key}.jsonl`)) })) {
    if (line !== '') yield JSON.parse(line) as StagedArticle;
  }
}
