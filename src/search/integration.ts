// The search index is built beside the pages: when `astro build` starts rendering, a child process indexes the
// records the content loader staged (using the second core) and merges the shards' bundles into one; when
// rendering is done, that bundle is linked into the site. The bundles stay in the build cache, so that the next
// build indexes again only the shards that changed.

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { secondsSince } from '../lib/format/elapsed.ts';
import { searchBundlesListPath, searchIndexPath } from '../lib/archive/paths.ts';
import { href } from '../link.ts';
import { isSameFile, linkInto } from './merge-bundles.ts';
import { stampOf } from '../lib/digest-stamp.ts';

export interface SearchIndexOptions {
  /** The build plan, which lists the shards. */
  planPath: string;
  /** The staged records, one `<shard>.jsonl` per shard. */
  stagingDir: string;
  /** Each shard's bundle, kept between builds. */
  bundlesDir: string;
  /** The merged bundle the site publishes, kept between builds. */
  indexDir: string;
}

const INDEXER = fileURLToPath(new URL('./index-search.ts', import.meta.url));

export function searchIndex({ planPath, stagingDir, bundlesDir, indexDir }: SearchIndexOptions): AstroIntegration {
  let indexer: ChildProcess | undefined;
  let exit: Promise<unknown[]> | undefined;
  return {
    name: 'arshif-search-index',
    hooks: {
      'astro:build:start': ({ logger }) => {
        logger.info('indexing articles for search, beside page rendering');
        indexer = spawn(process.execPath, [INDEXER, planPath, stagingDir, bundlesDir, indexDir], { stdio: ['ignore', 'inherit', 'inherit'] });
        exit = once(indexer, 'exit');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer || !exit) throw new Error('the search indexer was not started');
        const started = Date.now();
        const [code] = await exit;
        if (code !== 0) throw new Error(`the search indexer failed (exit code ${String(code)})`);
        const outDir = fileURLToPath(dir);
        const target = join(outDir, searchIndexPath);
        // A sharded build's other shards find this one's bundle in the list of bundles (see the search page); an
        // archive with no articles has no index, and still the list (empty).
        const list = join(outDir, searchBundlesListPath);
        if (!existsSync(indexDir)) rmSync(target, { recursive: true, force: true });
        else if (!isPublished(indexDir, target)) {
          linkFolder(indexDir, target, basename(list));
          writeFileSync(publishedRecord(indexDir), `${stampOf(indexDir)} ${target}`);
        }
        mkdirSync(target, { recursive: true });
        const bundles = JSON.stringify(existsSync(indexDir) ? [href(searchIndexPath)] : []);
        if (!existsSync(list) || readFileSync(list, 'utf8') !== bundles) writeFileSync(list, bundles);
        logger.info(`search index ready (waited ${secondsSince(started)} after rendering)`);
      },
    },
  };
}

/** Which merged index (its stamp, see index-search.ts) was last linked into which folder of a site. */
const publishedRecord = (indexDir: string) => `${indexDir}.published`;

/**
 * The merged index is linked into the site's folder already: the same merge (its stamp) was linked there last, and
 * the folder's entry file is still that link. Relinking 100k unchanged files took ~3 s of a rebuild.
 */
function isPublished(indexDir: string, target: string): boolean {
  const record = publishedRecord(indexDir);
  if (!existsSync(record) || readFileSync(record, 'utf8') !== `${stampOf(indexDir)} ${target}`) return false;
  const published = join(target, 'pagefind-entry.json');
  return existsSync(published) && isSameFile(join(indexDir, 'pagefind-entry.json'), published);
}

/**
 * Makes `to` hold links to the files of `from` and nothing else (but `kept`). Files already linked from the same
 * file are left alone: at 100k articles the index holds over 100k files and most do not change.
 */
function linkFolder(from: string, to: string, kept?: string): void {
  mkdirSync(to, { recursive: true });
  const names = new Set(readdirSync(from));
  for (const entry of readdirSync(to)) {
    if (!names.has(entry) && entry !== kept) rmSync(join(to, entry), { recursive: true, force: true });
  }
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkFolder(source, target);
    else linkInto(source, target);
  }
}
