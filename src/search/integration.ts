// The search index is built beside the pages: when `astro build` starts rendering, child processes index the
// records the content loader staged for the shards that changed (each an indexer of its own, so that they use the
// cores rendering leaves); when rendering is done, the bundles are linked into the site. The bundles stay where
// the children wrote them, so that the next build can reuse unchanged shards.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { secondsSince } from '../lib/format/elapsed.ts';
import { highlightScriptPath, searchBundlesListPath, searchIndexPath, shardBundlePath } from '../lib/archive/paths.ts';
import { href } from '../link.ts';
import { readBuildPlan } from '../lib/plan/build-plan.ts';
import { assignShards } from '../lib/search/shards.ts';
import { shardsToIndex } from './build-index.ts';

export interface SearchIndexOptions {
  /** Where the content loader staged the records. */
  stagingDir: string;
  /** The build plan, which lists the shards. */
  planPath: string;
  /** Where the children keep the bundles, between builds too. */
  bundlesDir: string;
  /** Most indexer processes at once. */
  indexers: number;
}

const INDEXER = fileURLToPath(new URL('./index-search.ts', import.meta.url));

export function searchIndex({ stagingDir, planPath, bundlesDir, indexers }: SearchIndexOptions): AstroIntegration {
  let indexing: Promise<(number | null)[]> | undefined;
  return {
    name: 'arshif-search-index',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const started = Date.now();
        const { shards } = readBuildPlan(planPath);
        const toIndex = shardsToIndex(shards, bundlesDir);
        for (const shard of shards.filter((planned) => !toIndex.includes(planned))) {
          logger.info(`search shard ${shard.key}: ${shard.articleCount} articles, unchanged since the last build: bundle reused`);
        }
        const assigned = assignShards(toIndex, indexers);
        logger.info(`indexing ${toIndex.length} of ${shards.length} search shards in ${assigned.length} processes, beside page rendering`);
        const exits = assigned.map(async (own) => {
          const child = spawn(process.execPath, [INDEXER, stagingDir, planPath, bundlesDir, ...own.map((shard) => shard.key)], {
            stdio: ['ignore', 'inherit', 'inherit'],
          });
          const [code] = (await once(child, 'exit')) as [number | null];
          return code;
        });
        indexing = Promise.all(exits).then((codes) => {
          const articles = shards.reduce((total, shard) => total + shard.articleCount, 0);
          logger.info(`search index: ${shards.length} shards (${shards.length - toIndex.length} reused), ${articles} articles in ${secondsSince(started)}`);
          return codes.filter((code) => code !== 0);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) throw new Error('the search indexer was not started');
        const started = Date.now();
        const failed = await indexing;
        if (failed.length > 0) throw new Error(`the search indexer failed (exit code ${failed.join(', ')})`);
        const outDir = fileURLToPath(dir);
        const target = join(outDir, searchIndexPath);
        rmSync(target, { recursive: true, force: true });
        mkdirSync(target, { recursive: true }); // an archive with no articles has no shards, and still this list
        const { shards } = readBuildPlan(planPath);
        for (const shard of shards) linkFolder(join(bundlesDir, shard.key), join(target, shard.key));
        const [first] = shards;
        if (first) linkFile(join(bundlesDir, first.key, 'pagefind-highlight.js'), join(outDir, highlightScriptPath));
        // Other shards of a sharded build find this one's bundles here (see the search page).
        writeFileSync(join(outDir, searchBundlesListPath), JSON.stringify(shards.map((shard) => href(shardBundlePath(shard)))));
        logger.info(`search index ready (waited ${secondsSince(started)} after rendering)`);
      },
    },
  };
}

/**
 * The folder's files hard-linked into a new folder (instant, no extra disk), or copied where links cannot be made
 * (another file system). Astro empties the output folder on every build, which removes only the links.
 */
function linkFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) {
      linkFolder(source, target);
      continue;
    }
    linkFile(source, target);
  }
}

function linkFile(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if (!['EXDEV', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(source, target);
  }
}
