// The search index is built beside the pages: when `astro build` starts rendering, a child process indexes the
// records the content loader staged (using the second core); when rendering is done, its bundles are linked into
// the site. The bundles stay where the child wrote them, so that the next build can reuse unchanged shards.

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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
        mkdirSync(target, { recursive: true }); // an archive with no articles has no shards, and still this list
        const { shards } = readBuildPlan(planPath);
        const kept = new Set([...shards.map((shard) => shard.key), basename(searchBundlesListPath)]);
        for (const entry of readdirSync(target)) if (!kept.has(entry)) rmSync(join(target, entry), { recursive: true, force: true });
        for (const shard of shards) publishBundle(join(bundlesDir, shard.key), join(target, shard.key));
        const [first] = shards;
        if (first) linkFile(join(bundlesDir, first.key, 'pagefind-highlight.js'), join(outDir, highlightScriptPath));
        // Other shards of a sharded build find this one's bundles here (see the search page).
        writeFileSync(join(outDir, searchBundlesListPath), JSON.stringify(shards.map((shard) => href(shardBundlePath(shard)))));
        logger.info(`search index ready (waited ${secondsSince(started)} after rendering)`);
      },
    },
  };
}

/** A file every bundle has: when the site's copy is a link to the bundle's, the whole folder was linked from it. */
const BUNDLE_ENTRY = 'pagefind-entry.json';

/**
 * Puts a shard's bundle into the site, unless the site's folder is already linked from this very bundle (a bundle
 * indexed again is a new folder of new files): relinking ~100k files took 8 s of every 100k rebuild. Linked aside
 * and renamed into place, so that a folder in the site is always whole.
 */
function publishBundle(bundle: string, published: string): void {
  if (sameFile(join(bundle, BUNDLE_ENTRY), join(published, BUNDLE_ENTRY))) return;
  const partial = `${published}.partial`;
  rmSync(partial, { recursive: true, force: true });
  linkFolder(bundle, partial);
  rmSync(published, { recursive: true, force: true });
  renameSync(partial, published);
}

function sameFile(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return false;
  const [first, second] = [statSync(a), statSync(b)];
  return first.dev === second.dev && first.ino === second.ino;
}

/**
 * The folder's files hard-linked into a new folder (instant, no extra disk), or copied where links cannot be made
 * (another file system). Removing a folder of the site removes only the links.
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
