// What feeds Pagefind fastest here: the search site's records (the real articles, built by
// `npm run build:search-site`) indexed as one bundle by (1) records sent through Pagefind's Node service, as the
// build does, (2) the same records written as HTML files and read by the service's `addDirectory`, (3) the CLI on
// those files; each with Pagefind's allocator (jemalloc) as shipped and told to keep freed memory. Several runs
// each, medians; writing the HTML files is not timed.
// Usage: node bench/pagefind-throughput.ts [runs, default 3]

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readIngestRecord } from '../src/lib/ingest/ingest-record.ts';
import type { SearchRecord } from '../src/lib/search/record.ts';
import { recordSourceOf, shardRecords } from '../src/search/stage.ts';
import { parseSettings } from '../src/settings.ts';
import { searchSite } from '../tests/search/site-settings.ts';
import { corpusRoot } from './corpus.ts';
import { samplePeakRss } from './memory.ts';
import { median } from './stats.ts';

type Feed = 'service' | 'addDirectory' | 'cli';
const work = join(corpusRoot, 'pagefind-throughput');
const htmlDir = join(work, 'html');
const settings = parseSettings(searchSite.env);

async function* records(): AsyncGenerator<SearchRecord> {
  for (const shard of readIngestRecord(settings.ingestRecordPath).shards) yield* shardRecords(recordSourceOf(settings), shard);
}

/** One indexing, in this process (run as a child of the bench, so that the allocator's settings apply to it). */
async function indexOnce(feed: Feed, outputPath: string): Promise<void> {
  if (feed === 'cli') {
    execFileSync('node_modules/.bin/pagefind', ['--site', htmlDir, '--output-path', outputPath, '--force-language', 'ar', '--quiet']);
    return;
  }
  const { index } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (feed === 'service') {
    let batch: Promise<unknown>[] = [];
    for await (const record of records()) {
      batch.push(index!.addHTMLFile({ url: record.url, content: record.html }));
      if (batch.length >= 200) batch = (await Promise.all(batch), []);
    }
    await Promise.all(batch);
  } else {
    await index!.addDirectory({ path: htmlDir });
  }
  await index!.writeFiles({ outputPath });
  await pagefind.close();
}

if (process.argv[2] === '--one') {
  await indexOnce(process.argv[3] as Feed, process.argv[4]!);
  process.exit(0);
}

const runs = Number(process.argv[2] ?? 3);
rmSync(work, { recursive: true, force: true });
let articles = 0;
for await (const record of records()) {
  const folder = join(htmlDir, record.url);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), record.html);
  articles += 1;
}

/** Seconds and peak RSS (MB) of Pagefind's process while one indexing runs. */
async function measure(feed: Feed, allocator: string | undefined): Promise<{ seconds: number; peakMB: number }> {
  const output = join(work, 'out');
  rmSync(output, { recursive: true, force: true });
  const stopSampling = samplePeakRss((args) => /pagefind_extended|bin\/pagefind/.test(args) && !args.includes('node '), 200);
  const started = performance.now();
  const child = spawn(process.execPath, [process.argv[1]!, '--one', feed, output], {
    env: { ...process.env, ...(allocator ? { _RJEM_MALLOC_CONF: allocator } : {}) },
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const peakMB = stopSampling();
  if (code !== 0) throw new Error(`${feed} failed`);
  return { seconds: (performance.now() - started) / 1000, peakMB };
}

const rows: string[] = [];
const keepFreed = 'dirty_decay_ms:-1,muzzy_decay_ms:-1';
for (const [feed, allocator] of [['service', undefined], ['addDirectory', undefined], ['cli', undefined], ['service', keepFreed], ['cli', keepFreed]] as const) {
  const measured = [];
  for (let run = 0; run < runs; run += 1) measured.push(await measure(feed, allocator));
  const seconds = median(measured.map((m) => m.seconds));
  rows.push(
    `| ${feed} | ${allocator ?? 'as shipped'} | ${measured.map((m) => m.seconds.toFixed(1)).join(', ')} | ${seconds.toFixed(1)} | ` +
      `${Math.round(articles / seconds)} | ${Math.round(median(measured.map((m) => m.peakMB)))} |`,
  );
  console.log(rows.at(-1));
}
console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString().slice(0, 10)}; ${articles} articles`);
console.log('| fed by | jemalloc | runs s | median s | articles/s | peak RSS pagefind MB |\n|---|---|---|---|---|---|');
console.log(rows.join('\n'));
