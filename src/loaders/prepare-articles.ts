// What a build does with the content folder before any page: the folder ingest (paragraphs go to the article
// texts, unchanged files are not parsed again), the report printed and written, the search shards staged for the
// indexer and the ingest record written for the steps after it (lib/ingest/ingest-record.ts). The content loader of a
// whole-site build and the plan step of a build in parts (src/parts/plan.ts) both start here.

import { availableParallelism } from 'node:os';
import { folderTexts } from '../lib/article-texts.ts';
import { writeStepStats } from '../lib/build-stats.ts';
import type { Article } from '../lib/article.ts';
import { categoryFinder, groupByCategory } from '../lib/archive/categories.ts';
import { sortNewestFirst } from '../lib/archive/sort.ts';
import { secondsSince } from '../lib/format/elapsed.ts';
import { ingestAndReport } from '../lib/ingest/ingest-and-report.ts';
import { createParseCache, loadParseCache, saveParseCache } from '../lib/ingest/parse-cache.ts';
import { type IngestSummary, reportLines } from '../lib/ingest/report.ts';
import { writeIngestRecord } from '../lib/ingest/ingest-record.ts';
import { type StagingOptions, stageSearchShards } from '../search/stage.ts';
import type { Settings } from '../settings.ts';

/** Problems printed to the console; the report lists all of them. */
const PRINTED_PROBLEMS = 20;

export interface PrepareOptions {
  folder: string;
  /** The article texts' folder (see lib/article-texts). */
  textsDir: string;
  /** The parse cache's file. */
  parseCachePath: string;
  reportPath: string;
  /** Where the ingest record goes. */
  recordPath: string;
  /** Where the figures of the ingest go (lib/build-stats.ts). */
  statsDir: string;
  strict: boolean;
  /** The latest date an article may carry. */
  latestArticleDay: string;
  /** The day the build is for, which the report names as its day. */
  buildDay: string;
  /** How the published articles are staged in search shards for the indexer (see search/stage.ts). */
  staging: StagingOptions;
}

/** The options the site's settings give. */
export const prepareOptionsOf = (site: Settings): PrepareOptions => ({
  folder: site.contentFolder,
  textsDir: site.articleTextsDir,
  parseCachePath: site.parseCachePath,
  reportPath: site.reportPath,
  recordPath: site.ingestRecordPath,
  statsDir: site.buildStatsDir,
  strict: site.strict,
  latestArticleDay: site.latestArticleDay,
  buildDay: site.buildDay,
  staging: { dir: site.searchStagingDir, shardSize: site.searchShardSize, base: site.base, digits: site.digits },
});

export interface PrepareContext {
  /**
   * Where the parse cache's token is kept (see parse-cache): the token ties the cache file to the store the
   * articles go to, so that a build that starts from an empty store parses every file again.
   */
  token: { get(): string | undefined; set(token: string): void };
  log(line: string): void;
}

/** The published articles, newest first. Throws in strict mode when any file is rejected. */
export async function prepareArticles(options: PrepareOptions, context: PrepareContext): Promise<Article[]> {
  const { reportPath, recordPath, statsDir, strict, staging } = options;
  const started = Date.now();
  const ingested = await ingestContent(options, context);
  const ingestedAt = Date.now();

  const articles = sortNewestFirst(ingested.articles);
  const categoryOf = categoryFinder(groupByCategory(articles));
  const { shards, kept } = await stageSearchShards({ articles, categoryNameOf: (article) => categoryOf(article).name }, staging);
  writeIngestRecord(recordPath, { reportPath, summary: ingested.summary, shards }, articles);
  const staged = Date.now();
  writeStepStats(statsDir, 'ingest', {
    files: ingested.files,
    unchanged: ingested.unchanged,
    published: articles.length,
    ingestSeconds: (ingestedAt - started) / 1000,
    stagingSeconds: (staged - ingestedAt) / 1000,
    shards: shards.length,
    shardsKept: kept,
    finishedAt: staged,
  });
  context.log(
    `ingest: ${ingested.files} files in ${secondsSince(started, ingestedAt)} ` +
      `(${ingested.unchanged} unchanged since the last build, not parsed again); ` +
      `search shards staged in ${secondsSince(ingestedAt, staged)} (${kept} of ${shards.length} shards unchanged since the last build)`,
  );
  for (const line of ingested.reportLines) context.log(line);
  if (strict && ingested.summary.rejected > 0) {
    throw new Error(`${ingested.summary.rejected} article files were rejected (strict mode); see ${reportPath}`);
  }
  return articles;
}

/**
 * Reads the content folder (unchanged files are not parsed again), writes the report and saves the parse cache.
 * Returns only what the steps after it need: the parse caches, old and new, and every file's outcome are let go
 * here (at 1M files, ~0.6 GB that the staging and planning need not carry).
 */
async function ingestContent(
  { folder, textsDir, parseCachePath, reportPath, latestArticleDay, buildDay }: PrepareOptions,
  { token, log }: PrepareContext,
): Promise<{ articles: Article[]; summary: IngestSummary; files: number; unchanged: number; reportLines: string[] }> {
  const texts = folderTexts(textsDir);
  const cache = createParseCache({ previous: loadParseCache(parseCachePath, token.get()), today: latestArticleDay, hasText: texts.has });
  const { result, report } = await ingestAndReport(folder, {
    today: latestArticleDay,
    cache,
    texts,
    // Files to parse are parsed on every core: nothing else runs before the articles are known.
    readers: { threads: availableParallelism(), textsDir },
    reportPath,
    reportDay: buildDay,
    onProgress: ({ read, total, elapsedMs }) => log(`read ${read}/${total} files (${Math.round((read / Math.max(elapsedMs, 1)) * 1000)} files/s)`),
  });
  if (cache.changed) token.set(saveParseCache(parseCachePath, cache.saved()));
  texts.prune(cache.textDigests());
  return {
    articles: result.articles,
    summary: report.summary,
    files: result.outcomes.length,
    unchanged: cache.hits,
    reportLines: reportLines(report, reportPath, PRINTED_PROBLEMS),
  };
}
