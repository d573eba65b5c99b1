// The Astro content loader: runs the folder ingest (paragraphs go to the article texts, the rest to the store,
// skipping unchanged articles by digest), prints and writes the report, stages the search records for the indexer
// and writes the build plan for the steps after it (lib/plan/build-plan.ts).

import type { Loader } from 'astro/loaders';
import { folderTexts } from '../lib/article-texts.ts';
import { categoryFinder, groupByCategory } from '../lib/archive/categories.ts';
import { sortNewestFirst } from '../lib/archive/sort.ts';
import { secondsSince } from '../lib/format/elapsed.ts';
import { ingestAndReport } from '../lib/ingest/ingest-and-report.ts';
import { createParseCache, loadParseCache, saveParseCache } from '../lib/ingest/parse-cache.ts';
import { reportLines } from '../lib/ingest/report.ts';
import { writeBuildPlan } from '../lib/plan/build-plan.ts';
import { type StagingOptions, stageSearchRecords } from '../search/stage.ts';

/** The store's meta entry that ties the parse cache file to the store (see parse-cache). */
const PARSE_CACHE_TOKEN = 'parse-cache-token';
/** Problems printed to the console; the report lists all of them. */
const PRINTED_PROBLEMS = 20;

export interface RawArticlesOptions {
  folder: string;
  /** The article texts' folder (see lib/article-texts). */
  textsDir: string;
  /** The parse cache's file. */
  parseCachePath: string;
  reportPath: string;
  /** Where the build plan goes. */
  planPath: string;
  strict: boolean;
  /** The latest date an article may carry. */
  latestArticleDay: string;
  /** The day the build is for, which the report names as its day. */
  buildDay: string;
  /** How the published articles are staged as search records for the indexer (see search/integration.ts). */
  staging: StagingOptions;
  /** Sharded builds: the years this build publishes. */
  years?: { first: number; last: number } | undefined;
}

export function rawArticlesLoader({ folder, textsDir, parseCachePath, reportPath, planPath, strict, latestArticleDay, buildDay, staging, years }: RawArticlesOptions): Loader {
  return {
    name: 'arshif-raw-articles',
    async load({ store, meta, logger, parseData, generateDigest }) {
      const today = latestArticleDay;
      const started = Date.now();
      const texts = folderTexts(textsDir);
      const cache = createParseCache({
        previous: loadParseCache(parseCachePath, meta.get(PARSE_CACHE_TOKEN)),
        today,
        hasText: texts.has,
      });
      const { result, report } = ingestAndReport(folder, {
        today,
        years,
        cache,
        texts,
        reportPath,
        reportDay: buildDay,
        onProgress: ({ read, total, elapsedMs }) =>
          logger.info(`read ${read}/${total} files (${Math.round((read / Math.max(elapsedMs, 1)) * 1000)} files/s)`),
      });

      const ids = new Set(result.articles.map((article) => article.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const article of result.articles) {
        const { id, ...fields } = article;
        const digest = generateDigest(fields);
        if (store.get(id)?.digest === digest) continue;
        const data = await parseData({ id, data: fields });
        store.set({ id, data, digest });
      }

      if (cache.changed) meta.set(PARSE_CACHE_TOKEN, saveParseCache(parseCachePath, cache.saved()));
      texts.prune(cache.textDigests());
      const ingested = Date.now();
      const articles = sortNewestFirst(result.articles);
      const categoryOf = categoryFinder(groupByCategory(articles));
      const { shards, kept } = await stageSearchRecords({ articles, texts, categoryNameOf: (article) => categoryOf(article).name }, staging);
      const dates = Object.fromEntries(articles.map((article) => [article.id, article.date]));
      writeBuildPlan(planPath, { reportPath, summary: report.summary, dates, shards });
      logger.info(
        `ingest: ${result.outcomes.length} files in ${secondsSince(started, ingested)} ` +
          `(${cache.hits} unchanged since the last build, not parsed again); ` +
          `search records staged in ${secondsSince(ingested)} (${kept} of ${shards.length} shards unchanged since the last build)`,
      );

      for (const line of reportLines(report, reportPath, PRINTED_PROBLEMS)) logger.info(line);
      if (strict && report.summary.rejected > 0) {
        throw new Error(`${report.summary.rejected} article files were rejected (strict mode); see ${reportPath}`);
      }
    },
  };
}
