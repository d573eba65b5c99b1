// Staged search records → one Pagefind bundle per shard. Shards are indexed one after the other and each index is
// freed before the next, so memory is bounded by the biggest shard, not the archive. The bundles are kept between
// builds: a shard whose records have not changed since its bundle was written is not indexed again.

import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as pagefind from 'pagefind';
import { secondsSince } from '../lib/format/elapsed.ts';
import type { SearchRecord } from '../lib/search/record.ts';
import type { SearchShard, StagedShard } from '../lib/search/shards.ts';
import { isStampedWith, removeStamp, writeStamp } from '../lib/digest-stamp.ts';
import { sourceDigest } from '../lib/source-digest.ts';
import { restoreFragment } from '../lib/search/fragment.ts';

/** Records sent to Pagefind at once: enough to keep its threads busy, few enough to bound the queue. */
const BATCH = 200;

const INDEX_OPTIONS = { forceLanguage: 'ar' };
const indexerCode = sourceDigest([new URL(import.meta.url)]);
// The package exports only its entry point (`lib/index.js`); its package.json is one folder up.
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

export async function buildSearchIndex(stagingDir: string, shards: readonly StagedShard[], bundlesDir: string, log: (line: string) => void): Promise<void> {
  forgetOtherShards(bundlesDir, shards);
  const allStarted = Date.now();
  let reused = 0;
  /** Completes the shard indexed last; run while Pagefind writes the next one's bundle (see indexShard). */
  let completeLast = () => {};
  for (const shard of shards) {
    const started = Date.now();
    const records = join(stagingDir, `${shard.key}.jsonl`);
    const bundle = join(bundlesDir, shard.key);
    const digestFile = `${bundle}.digest`;
    const digest = bundleDigestOf(shard);
    if (isStampedWith(digestFile, digest, [bundle])) {
      reused += 1;
      log(`search shard ${shard.key}: ${shard.articleCount} articles, unchanged since the last build: bundle reused`);
      continue;
    }
    removeStamp(digestFile);
    rmSync(bundle, { recursive: true, force: true });
    const shownByUrl = await indexShard(records, bundle, completeLast);
    const indexedIn = secondsSince(started);
    completeLast = () => {
      const folded = restoreFragmentSpelling(join(bundle, 'fragment'), shownByUrl);
      writeStamp(digestFile, digest);
      const note = folded > 0 ? ` (${folded} excerpts left in the normalised spelling)` : '';
      log(`search shard ${shard.key}: ${shard.articleCount} articles in ${indexedIn}${note}`);
    };
  }
  completeLast();
  await pagefind.close();
  const articles = shards.reduce((total, shard) => total + shard.articleCount, 0);
  log(`search index: ${shards.length} shards (${reused} reused), ${articles} articles in ${secondsSince(allStarted)}`);
}

/**
 * Indexes a shard's records into a bundle; returns each record's shown text by URL. `whileWriting` runs while
 * Pagefind writes the bundle, which keeps one core busy and leaves this process idle.
 */
async function indexShard(records: string, bundle: string, whileWriting: () => void): Promise<Map<string, string>> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let batch: Promise<pagefind.NewFileResponse>[] = [];
  const shownByUrl = new Map<string, string>();
  const flush = async () => {
    for (const response of await Promise.all(batch)) {
      if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
    }
    batch = [];
  };
  for await (const line of createInterface({ input: createReadStream(records) })) {
    if (line === '') continue;
    const record = JSON.parse(line) as SearchRecord;
    batch.push(index.addHTMLFile({ url: record.url, content: record.html }));
    shownByUrl.set(record.url, record.shown);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  const writing = index.writeFiles({ outputPath: bundle });
  whileWriting();
  const written = await writing;
  if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return shownByUrl;
}

/**
 * Puts the articles' own spelling back into the fragments Pagefind makes excerpts from (see shown-text.ts).
 * Returns how many fragments were left as they were because their words did not pair.
 */
function restoreFragmentSpelling(folder: string, shownByUrl: ReadonlyMap<string, string>): number {
  let left = 0;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    let restored: Buffer | undefined;
    try {
      restored = restoreFragment(readFileSync(path), shownByUrl);
    } catch (error) {
      throw new Error(`${path} (Pagefind ${PAGEFIND_VERSION}): ${(error as Error).message}`);
    }
    if (restored) writeFileSync(path, restored);
    else left += 1;
  }
  return left;
}

/**
 * What a shard's bundle is made from: its records (the staging's digest of their inputs), Pagefind's version, our
 * options and the code here that indexes them and restores the excerpts' spelling.
 */
const bundleDigestOf = (shard: StagedShard): string =>
  createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${JSON.stringify(INDEX_OPTIONS)} ${indexerCode} ${shard.records}`).digest('hex');

/** Bundles of shards the plan no longer has (the archive's years or the shard size changed). */
function forgetOtherShards(bundlesDir: string, shards: readonly SearchShard[]): void {
  if (!existsSync(bundlesDir)) return;
  const planned = new Set(shards.map((shard) => shard.key));
  for (const entry of readdirSync(bundlesDir)) {
    if (!planned.has(entry.replace(/\.digest$/, ''))) rmSync(join(bundlesDir, entry), { recursive: true, force: true });
  }
}
