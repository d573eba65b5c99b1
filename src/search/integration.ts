// The search index is built beside the pages: when `astro build` starts rendering, a child process indexes the
// records the content loader staged (using the second core); when rendering is done, its bundles are linked into
// the site. The bundles stay where the child wrote them, so that the next build can reuse unchanged shards.

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { secondsSince } from '../lib/format/elapsed.ts';
import { highlightScriptPath, searchBundlesListPath, searchIndexPath, shardBundlePath } from '../lib/archive/paths.ts';
import { href } from '../link.ts';
import { readBuildPlan } from '../lib/plan/build-plan.ts';

export interface SearchIndexOptions {
  /** Where the content loader staged the records. */
  stagingDir: string;
  /** The build plan, which lists the shards. */
  planPath: string;
  /** Where the child keeps the bundles, between builds too. */
  bundlesDir: string;
}

const INDEXER = fileURLToPath(new URL('./index-search.ts', import.meta.url));

export function searchIndex({ stagingDir, planPath, bundlesDir }: SearchIndexOptions): AstroIntegration {
  let indexer: ChildProcess | undefined;
  let exit: Promise<unknown[]> | undefined;
  return {
    name: 'arshif-search-index',
    hooks: {
      'astro:build:start': ({ logger }) => {
        logger.info('indexing articles for search, beside page rendering');
        indexer = spawn(process.execPath, [INDEXER, stagingDir, planPath, bundlesDir], { stdio: ['ignore', 'inherit', 'inherit'] });
        exit = once(indexer, 'exit');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer || !exit) throw new Error('the search indexer was not started');
        const started = Date.now();
        const [code] = await exit;
        if (code !== 0) throw new Error(`the search indexer failed (exit code ${String(code)})`);
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
