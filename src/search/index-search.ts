// Child process of the build, while Astro renders pages: indexes the staged search records shard by shard
// (build-index.ts) and merges the shards' bundles into the one the site publishes (merge-bundles.ts). The merge is
// skipped when no shard and no merge code changed since the last build.
// Usage: node src/search/index-search.ts <ingest record> <staging dir> <bundles dir> <index dir> <stats dir>

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeStepStats } from '../lib/build-stats.ts';
import { emptyWhenCodeChanged, keepOrMake, stampFileOf } from '../lib/digest-stamp.ts';
import { secondsSince } from '../lib/format/elapsed.ts';
import { readIngestRecord } from '../lib/ingest/ingest-record.ts';
import { indexShards, mergeCode, mergedIndexDigest } from './build-index.ts';
import { mergeBundles } from './merge-bundles.ts';

const [recordPath, stagingDir, bundlesDir, indexDir, statsDir] = process.argv.slice(2);
if (!recordPath || !stagingDir || !bundlesDir || !indexDir || !statsDir) {
  console.error('usage: node src/search/index-search.ts <ingest record> <staging dir> <bundles dir> <index dir> <stats dir>');
  process.exit(2);
}
const log = (line: string) => console.log(`[search-index] ${line}`);
const started = Date.now();
const { shards } = readIngestRecord(recordPath);
const { reused } = await indexShards(shards, stagingDir, bundlesDir, log);
const indexed = Date.now();
if (shards.length === 0) rmSync(indexDir, { recursive: true, force: true });
else {
  const kept = await keepOrMake(stampFileOf(indexDir), mergedIndexDigest(shards), [indexDir], async () => {
    if (emptyWhenCodeChanged(indexDir, mergeCode)) log('search index: the merge code changed, merging from nothing');
    const merged = await mergeBundles(shards.map((shard) => join(bundlesDir, shard.key)), indexDir);
    log(`search index merged: ${merged.pages} articles, ${merged.chunks} word chunks, ${merged.written} files written in ${secondsSince(indexed)}`);
  });
  if (kept) log('search index: no shard changed since the last build, merged index kept');
}
const finished = Date.now();
writeStepStats(statsDir, 'searchIndex', {
  shards: shards.length,
  shardsReused: reused,
  indexSeconds: (indexed - started) / 1000,
  mergeSeconds: (finished - indexed) / 1000,
  startedAt: started,
  finishedAt: finished,
});
log(`search index: ${shards.length} shards (${reused} unchanged since the last build) in ${secondsSince(started, finished)}`);
