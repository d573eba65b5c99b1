// Staged search records → one Pagefind bundle per shard. Shards are indexed one after the other and each index is
// freed before the next, so memory is bounded by the biggest shard, not the archive.

import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search/record.ts';
import type { SearchShard } from '../lib/search/shards.ts';
import { PLAN_FILE } from './stage.ts';

/** Records sent to Pagefind at once: enough to keep its threads busy, few enough to bound the queue. */
const BATCH = 200;

export async function buildSearchIndex(stagingDir: string, outDir: string, log: (line: string) => void): Promise<void> {
  const shards = JSON.parse(readFileSync(join(stagingDir, PLAN_FILE), 'utf8')) as SearchShard[];
  const allStarted = Date.now();
  for (const shard of shards) {
    const started = Date.now();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let batch: Promise<pagefind.NewFileResponse>[] = [];
    const flush = async () => {
      for (const response of await Promise.all(batch)) {
        if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
      }
      batch = [];
    };
    const lines = createInterface({ input: createReadStream(join(stagingDir, `${shard.key}.jsonl`)) });
    for await (const line of lines) {
      if (line === '') continue;
      const record = JSON.parse(line) as SearchRecord;
      batch.push(index.addHTMLFile({ url: record.url, content: record.html }));
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    const written = await index.writeFiles({ outputPath: join(outDir, shard.key) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    log(`search shard ${shard.key}: ${shard.articleCount} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await pagefind.close();
  const articles = shards.reduce((total, shard) => total + shard.articleCount, 0);
  log(`search index: ${shards.length} shards, ${articles} articles in ${((Date.now() - allStarted) / 1000).toFixed(1)} s`);
}
