// The search indexer, a child process beside the pages (integration.ts): makes the staged shards' search records,
// indexes them shard by shard (build-index.ts) and merges the shards' bundles into the one the site publishes
// (merge-bundles.ts). A whole-site build does both; in a build in parts each render job indexes its own shards and
// the publish step merges every part's. The merge is skipped when no shard and no merge code changed since the last
// build.
// Usage: node src/search/index-search.ts '<SearchIndexOptions as JSON>'

import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { writeStepStats } from '../lib/build-stats.ts';
import { emptyWhenCodeChanged, keepOrMake, stampFileOf } from '../lib/digest-stamp.ts';
import { secondsSince } from '../lib/format/elapsed.ts';
import { readIngestRecord } from '../lib/ingest/ingest-record.ts';
import { partOfShard } from '../lib/plan/parts.ts';
import type { StagedShard } from '../lib/search/shards.ts';
import { indexShards, mergeCode, mergedIndexDigest } from './build-index.ts';
import { type SearchIndexOptions, shardBundle } from './integration.ts';
import { mergeBundles, mergeGroups } from './merge-bundles.ts';

if (process.argv[2] === undefined) {
  console.error("usage: node src/search/index-search.ts '<SearchIndexOptions as JSON>' (src/search/integration.ts)");
  process.exit(2);
}
const { recordPath, statsDir, bundlesDirs, index, mergeInto } = JSON.parse(process.argv[2]) as SearchIndexOptions;
const log = (line: string) => console.log(`[search-index] ${line}`);
// The build's message that the pages are rendered (integration.ts); the channel does not keep this process alive.
const pagesRendered = new Promise<void>((resolve) => process.once('message', () => resolve()));
process.channel?.unref();
const started = Date.now();
const { shards } = readIngestRecord(recordPath);
const bundleOf = (shard: StagedShard) => shardBundle(bundlesDirs, shard);

let reused = 0;
const indexed = index === undefined ? [] : shards.filter((shard) => partOfShard(shard, bundlesDirs.length) === index.part);
// One Pagefind service while Astro renders on the other core (more slowed the pages as much as they sped the
// index), one a core once the build says the pages are done: a cold build's index ran on alone for over a minute.
const lanes = { lanes: 1, moreLanes: pagesRendered.then(() => availableParallelism()) };
if (index !== undefined) ({ reused } = await indexShards(indexed, index.records, bundlesDirs[index.part - 1]!, log, lanes));
const mergeStarted = Date.now();
if (mergeInto !== undefined) await merge(mergeInto);
const finished = Date.now();
writeStepStats(statsDir, 'searchIndex', {
  shards: indexed.length,
  shardsReused: reused,
  indexSeconds: (mergeStarted - started) / 1000,
  mergeSeconds: (finished - mergeStarted) / 1000,
  startedAt: started,
  finishedAt: finished,
});
if (index !== undefined) log(`search index: ${indexed.length} shards (${reused} unchanged since the last build) in ${secondsSince(started, finished)}`);

async function merge(indexDir: string): Promise<void> {
  if (shards.length === 0) {
    rmSync(indexDir, { recursive: true, force: true });
    return;
  }
  const kept = await keepOrMake(stampFileOf(indexDir), mergedIndexDigest(shards), [indexDir], async () => {
    if (emptyWhenCodeChanged(indexDir, mergeCode)) log('search index: the merge code changed, merging from nothing');
    const merged = await mergeBundles(mergeGroups(shards).map((group) => group.map(bundleOf)), indexDir);
    log(`search index merged: ${merged.pages} articles, ${merged.chunks} word chunks, ${merged.written} files written in ${secondsSince(mergeStarted)}`);
  });
  if (kept) log('search index: no shard changed since the last build, merged index kept');
}
