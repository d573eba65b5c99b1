// The search index is built beside the pages: when `astro build` starts rendering, a child process indexes the
// shards the content loader staged (using the second core) and merges the shards' bundles into one; when
// rendering is done, that bundle is linked into the site. The bundles stay in the build cache, so that the next
// build indexes again only the shards that changed. A part's render job of a build in parts indexes its own shards
// the same way and merges nothing: the publish step merges every part's (src/parts/publish.ts).

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeStepStats } from '../lib/build-stats.ts';
import { heapBound } from '../lib/heap-bound.ts';
import { secondsSince } from '../lib/format/elapsed.ts';
import { partOfShard } from '../lib/plan/parts.ts';
import type { SearchShard } from '../lib/search/shards.ts';
import type { Settings } from '../settings.ts';
import { publishSearchIndex } from './publish-index.ts';
import { type RecordSource, recordSourceOf } from './stage.ts';

export interface SearchIndexOptions {
  /** The ingest record, which lists the shards. */
  recordPath: string;
  /**
   * Where the shards' bundles are kept between builds: one folder for a whole-site build; in a build in parts, one
   * per part, in its cache (a shard's part is `partOfShard`).
   */
  bundlesDirs: string[];
  /** The shards to index: those of this part (1 for a whole-site build), from their staged articles (stage.ts). */
  index?: { part: number; records: RecordSource };
  /** Where every shard's bundle is merged into the one the site publishes, kept between builds. */
  mergeInto?: string;
  /** Where the indexer's figures go (lib/build-stats.ts). */
  statsDir: string;
}

/**
 * The search index's work in a build: a whole-site build indexes every shard and merges them; a part's render job
 * indexes the shards of its part, which the publish step merges (`partsMergeOptionsOf`).
 */
export const searchIndexOptionsOf = (site: Settings): SearchIndexOptions => {
  const index = { part: site.part ?? 1, records: recordSourceOf(site) };
  const common = { recordPath: site.ingestRecordPath, statsDir: site.buildStatsDir, index };
  return site.part === undefined
    ? { ...common, bundlesDirs: [site.searchBundlesDir], mergeInto: site.searchIndexDir }
    : { ...common, bundlesDirs: partsBundlesDirs(site) };
};

/** The publish step of a build in parts: every part's shards merged into the site's index. */
export const partsMergeOptionsOf = (site: Settings): SearchIndexOptions => ({
  recordPath: site.ingestRecordPath,
  statsDir: site.buildStatsDir,
  bundlesDirs: partsBundlesDirs(site),
  mergeInto: site.searchIndexDir,
});

const partsBundlesDirs = (site: Settings): string[] => Array.from({ length: site.parts }, (_, index) => site.partSearchBundlesDir(index + 1));

/** Where a shard's bundle is kept: in the folder of its part (the one folder of a whole-site build). */
export const shardBundle = (bundlesDirs: readonly string[], shard: SearchShard): string =>
  join(bundlesDirs[partOfShard(shard, bundlesDirs.length) - 1]!, shard.key);

const INDEXER = fileURLToPath(new URL('./index-search.ts', import.meta.url));

/**
 * The indexer's old space (lib/heap-bound.ts): left to V8's default the merge of 1M articles let its garbage grow to
 * 3.36–3.76 GB. Bounded at 2 GB, a merge of 1M articles from nothing, alone, peaked at 2.35 GB in 197 s; at
 * 1.5 GB, 2.18 GB in 247 s (BENCHMARKS.md).
 */
const INDEXER_HEAP_MB = 2048;

/** The indexer's command line (index-search.ts), for the build's child process and the publish step's. */
export const indexerArguments = (options: SearchIndexOptions): string[] => [...heapBound(INDEXER_HEAP_MB), INDEXER, JSON.stringify(options)];

export function searchIndex(options: SearchIndexOptions): AstroIntegration {
  let indexer: ChildProcess | undefined;
  let exit: Promise<unknown[]> | undefined;
  return {
    name: 'arshif-search-index',
    hooks: {
      'astro:build:start': ({ logger }) => {
        logger.info('indexing articles for search, beside page rendering');
        indexer = spawn(process.execPath, indexerArguments(options), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        exit = once(indexer, 'exit');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer || !exit) throw new Error('the search indexer was not started');
        const rendered = Date.now();
        // The indexer then takes every core (index-search.ts); one that has exited has no use for the news.
        if (indexer.connected) indexer.send('pages rendered', () => {});
        const [code] = await exit;
        if (code !== 0) throw new Error(`the search indexer failed (exit code ${String(code)})`);
        if (options.mergeInto !== undefined) publishSearchIndex(options.mergeInto, fileURLToPath(dir));
        writeStepStats(options.statsDir, 'searchPublish', { waitedSeconds: (Date.now() - rendered) / 1000, renderedAt: rendered });
        logger.info(`search ${options.mergeInto === undefined ? 'shards' : 'index'} ready (waited ${secondsSince(rendered)} after rendering)`);
      },
    },
  };
}
