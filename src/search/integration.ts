// The search index is built beside the pages: when `astro build` starts rendering, a child process indexes the
// records the content loader staged (using the second core) and merges the shards' bundles into one; when
// rendering is done, that bundle is linked into the site. The bundles stay in the build cache, so that the next
// build indexes again only the shards that changed.

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeStepStats } from '../lib/build-stats.ts';
import { secondsSince } from '../lib/format/elapsed.ts';
import type { Settings } from '../settings.ts';
import { publishSearchIndex } from './publish-index.ts';

export interface SearchIndexOptions {
  /** The ingest record, which lists the shards. */
  recordPath: string;
  /** The staged records, one `<shard>.jsonl` per shard. */
  stagingDir: string;
  /** Each shard's bundle, kept between builds. */
  bundlesDir: string;
  /** The merged bundle the site publishes, kept between builds. */
  indexDir: string;
  /** Where the indexer's figures go (lib/build-stats.ts). */
  statsDir: string;
}

/** The search index's folders, as the site's settings place them. */
export const searchIndexOptionsOf = (site: Settings): SearchIndexOptions => ({
  recordPath: site.ingestRecordPath,
  stagingDir: site.searchStagingDir,
  bundlesDir: site.searchBundlesDir,
  indexDir: site.searchIndexDir,
  statsDir: site.buildStatsDir,
});

const INDEXER = fileURLToPath(new URL('./index-search.ts', import.meta.url));

/** The indexer's command line (index-search.ts), for the build's child process and a build in parts. */
export const indexerArguments = ({ recordPath, stagingDir, bundlesDir, indexDir, statsDir }: SearchIndexOptions): string[] => [
  INDEXER,
  recordPath,
  stagingDir,
  bundlesDir,
  indexDir,
  statsDir,
];

export function searchIndex(options: SearchIndexOptions): AstroIntegration {
  let indexer: ChildProcess | undefined;
  let exit: Promise<unknown[]> | undefined;
  return {
    name: 'arshif-search-index',
    hooks: {
      'astro:build:start': ({ logger }) => {
        logger.info('indexing articles for search, beside page rendering');
        indexer = spawn(process.execPath, indexerArguments(options), { stdio: ['ignore', 'inherit', 'inherit'] });
        exit = once(indexer, 'exit');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer || !exit) throw new Error('the search indexer was not started');
        const rendered = Date.now();
        const [code] = await exit;
        if (code !== 0) throw new Error(`the search indexer failed (exit code ${String(code)})`);
        publishSearchIndex(options.indexDir, fileURLToPath(dir));
        writeStepStats(options.statsDir, 'searchPublish', { waitedSeconds: (Date.now() - rendered) / 1000, renderedAt: rendered });
        logger.info(`search index ready (waited ${secondsSince(rendered)} after rendering)`);
      },
    },
  };
}
