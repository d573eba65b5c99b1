// The merged search index against Pagefind's own index of the same articles, on a built site (default: the last
// `npm run bench` output): the merge's time from the kept shard bundles at several chunk sizes; Pagefind indexing
// every record at once (time, peak RSS); and, with each index put in turn in the site's place, what a reader's
// search costs (`bench/search-speed.ts`). The chunk sizes are also compared on the query set: how many queries'
// top 10 differ from Pagefind's default chunk size. The site's own index is put back at the end.
// Usage: node bench/search-index.ts [site folder] [chunk sizes, default 20000,10000,5000; '' for none]

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { readIngestRecord } from '../src/lib/ingest/ingest-record.ts';
import { searchTermOf } from '../src/lib/search/normalize.ts';
import { mergeBundles, mergeGroups } from '../src/search/merge-bundles.ts';
import { recordSourceOf } from '../src/search/stage.ts';
import { parseSettings } from '../src/settings.ts';
import { indexAtOnce } from '../tests/tools/pagefind-alone.ts';
import { pagefindInNode } from '../tests/tools/pagefind-in-node.ts';
import { corpusRoot } from './corpus.ts';
import { samplePeakRss } from './memory.ts';

const siteDir = process.argv[2] ?? `${corpusRoot}/bench-dist`;
const chunkSizes = (process.argv[3] ?? '20000,10000,5000').split(',').filter(Boolean).map(Number);
const settings = parseSettings({ ARSHIF_OUT_DIR: siteDir });
const { shards } = readIngestRecord(settings.ingestRecordPath);
const published = join(siteDir, 'search-index');
const aside = `${published}.site`;
const work = join(corpusRoot, 'search-index-bench');
const queries = (JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as { query: string }[]).map(({ query }) => query);

/** Peak RSS in MB of the processes whose command line matches, sampled while `work` runs. */
async function peakRss<T>(pattern: RegExp, work: () => Promise<T>): Promise<{ result: T; peakMB: number }> {
  const stop = samplePeakRss((args) => pattern.test(args));
  try {
    const result = await work();
    return { result, peakMB: stop() };
  } finally {
    stop();
  }
}

/** The search-speed bench with this index in the site's place. */
function searchSpeed(indexDir: string): string {
  rmSync(published, { recursive: true, force: true });
  execFileSync('cp', ['-al', indexDir, published]);
  return execFileSync(process.execPath, ['bench/search-speed.ts', siteDir], { encoding: 'utf8' });
}

/** Top 10 ids of every query of the set. */
async function topTens(indexDir: string): Promise<string[]> {
  const pagefind = await pagefindInNode(indexDir);
  const tops: string[] = [];
  for (const query of queries) tops.push((await pagefind.search(searchTermOf(query))).results.slice(0, 10).map(({ id }) => id).join(' '));
  return tops;
}

rmSync(work, { recursive: true, force: true });
if (!existsSync(aside)) renameSync(published, aside);
const lines: string[] = [];
try {
  const bundles = mergeGroups(shards).map((group) => group.map((shard) => join(settings.searchBundlesDir, shard.key)));
  let reference: string[] | undefined;
  for (const size of chunkSizes) {
    const dir = join(work, `merged-${size}`);
    const { result: merged, peakMB } = await peakRss(/bench\/search-index\.ts/, async () => {
      const started = performance.now();
      const result = await mergeBundles(bundles, dir, size);
      return { ...result, seconds: (performance.now() - started) / 1000 };
    });
    const again = performance.now();
    await mergeBundles(bundles, dir, size);
    const tops = await topTens(dir);
    reference ??= tops;
    const changed = tops.filter((top, index) => top !== reference![index]).length;
    lines.push(
      `### merged, chunk size ${size}: ${shards.length} shards, ${merged.pages} pages, ${merged.chunks} chunks; merge ${merged.seconds.toFixed(1)} s from nothing, ` +
        `${((performance.now() - again) / 1000).toFixed(1)} s again with every file there; peak RSS ${Math.round(peakMB)} MB (this process); ` +
        `top 10 differs from chunk size ${chunkSizes[0]} on ${changed} of ${queries.length} queries`,
      searchSpeed(dir),
    );
    console.log(lines.slice(-2).join('\n'));
  }
  const alone = join(work, 'pagefind-alone');
  const { peakMB } = await peakRss(/pagefind/, async () => {
    const started = performance.now();
    await indexAtOnce(recordSourceOf(settings), shards, alone, { inOrder: false });
    lines.push(`### Pagefind alone: every record at once in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
  lines[lines.length - 1] += `, peak RSS ${Math.round(peakMB)} MB (Pagefind)`;
  lines.push(searchSpeed(alone));
  console.log(lines.slice(-2).join('\n'));
} finally {
  rmSync(published, { recursive: true, force: true });
  renameSync(aside, published);
}
console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString().slice(0, 10)}\n`);
console.log(lines.join('\n'));
