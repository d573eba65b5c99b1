// Staged search shards → their records → one Pagefind bundle per shard, to be merged into the site's one
// (merge-bundles.ts). Shards are indexed one after the other and each index is freed before the next, so memory is
// bounded by the biggest shard, not the archive. A shard whose records have not changed since its bundle was
// written is not indexed again.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { secondsSince } from '../lib/format/elapsed.ts';
import type { SearchRecord } from '../lib/search/record.ts';
import type { SearchShard, StagedShard } from '../lib/search/shards.ts';
import { isStampedWith, keepOrMake, stampFileOf } from '../lib/digest-stamp.ts';
import { sourceDigest } from '../lib/source-digest.ts';
import { restoreFragment } from '../lib/search/fragment.ts';
import { FRAGMENT_HASHES_FILE, fragmentHash, PAGEFIND_FORMAT_VERSION } from './pagefind-format.ts';
import { type RecordSource, shardRecords } from './stage.ts';

/** Records sent to Pagefind at once: enough to keep its threads busy, few enough to bound the queue. */
const BATCH = 200;

const INDEX_OPTIONS = { forceLanguage: 'ar' };
const indexerCode = sourceDigest([new URL(import.meta.url)]);
// The package exports only its entry point (`lib/index.js`); its package.json is one folder up.
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

/**
 * Pagefind's Node API with a service process of its own. The API keeps one service per instance of its module,
 * and the service handles one message at a time (its `service/mod.rs`: "TODO: Handle incoming messages
 * concurrently"), so each lane but the first imports the module under a URL of its own.
 */
const pagefindLane = async (lane: number): Promise<typeof pagefind> =>
  lane === 0 ? pagefind : ((await import(`${import.meta.resolve('pagefind')}?lane=${lane}`)) as typeof pagefind);

/** How many Pagefind services index at once: `lanes` from the start, `moreLanes` once it resolves. */
export interface IndexLanes {
  lanes: number;
  moreLanes?: Promise<number>;
}

/**
 * Indexes the shards whose records changed, each lane (a Pagefind service) taking the next shard when it is done
 * with one; returns how many shards kept their bundle.
 */
export async function indexShards(
  shards: readonly StagedShard[],
  source: RecordSource,
  bundlesDir: string,
  log: (line: string) => void,
  { lanes, moreLanes }: IndexLanes = { lanes: 1 },
): Promise<{ reused: number }> {
  // Checked before any work: the merge reads the files of the version it was written for only.
  if (PAGEFIND_VERSION !== PAGEFIND_FORMAT_VERSION) {
    throw new Error(`Pagefind ${PAGEFIND_VERSION} is installed; the search index merge reads Pagefind ${PAGEFIND_FORMAT_VERSION}'s format (package.json pins it)`);
  }
  forgetOtherShards(bundlesDir, shards);
  let reused = 0;
  let next = 0;
  const lane = async (index: number) => {
    const api = await pagefindLane(index);
    for (let shard = shards[next++]; shard !== undefined; shard = shards[next++]) {
      const started = Date.now();
      const bundle = join(bundlesDir, shard.key);
      const { key, articleCount } = shard;
      const kept = await keepOrMake(stampFileOf(bundle), bundleDigestOf(shard), [bundle], async () => {
        rmSync(bundle, { recursive: true, force: true });
        const shownByUrl = await indexShard(api, shardRecords(source, shard), bundle);
        const folded = restoreFragmentSpelling(bundle, shownByUrl);
        const note = folded > 0 ? ` (${folded} excerpts left in the normalised spelling)` : '';
        log(`search shard ${key}: ${articleCount} articles indexed in ${secondsSince(started)}${note}`);
      });
      if (kept) reused += 1;
    }
    await api.close();
  };
  const running = Array.from({ length: Math.max(1, lanes) }, (_, index) => lane(index));
  // More lanes join if shards are still waiting when they come; the indexing ends when every lane started has.
  const joined = moreLanes?.then((count) => {
    if (next < shards.length) for (let index = running.length; index < count; index += 1) running.push(lane(index));
  });
  await Promise.race([Promise.all(running), ...(joined ? [joined] : [])]);
  await Promise.all(running);
  return { reused };
}

/** Indexes a shard's records into a bundle; returns each record's shown text by URL. */
async function indexShard(api: typeof pagefind, records: AsyncIterable<SearchRecord>, bundle: string): Promise<Map<string, string>> {
  const { index, errors } = await api.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let batch: Promise<pagefind.NewFileResponse>[] = [];
  const shownByUrl = new Map<string, string>();
  const flush = async () => {
    for (const response of await Promise.all(batch)) {
      if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
    }
    batch = [];
  };
  for await (const record of records) {
    batch.push(index.addHTMLFile({ url: record.url, content: record.html }));
    shownByUrl.set(record.url, record.shown);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return shownByUrl;
}

/**
 * Puts the articles' own spelling back into the fragments Pagefind makes excerpts from (see shown-text.ts), and
 * keeps the hashes Pagefind named them by, which the merge needs. Returns how many fragments were left as they were
 * because their words did not pair.
 */
function restoreFragmentSpelling(bundle: string, shownByUrl: ReadonlyMap<string, string>): number {
  let left = 0;
  const fullHashes: Record<string, string> = {};
  const folder = join(bundle, 'fragment');
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const bytes = readFileSync(path);
    fullHashes[name.replace(/\.pf_fragment$/, '')] = fragmentHash(bytes, INDEX_OPTIONS.forceLanguage);
    let restored: Buffer | undefined;
    try {
      restored = restoreFragment(bytes, shownByUrl);
    } catch (error) {
      throw new Error(`${path} (Pagefind ${PAGEFIND_VERSION}): ${(error as Error).message}`);
    }
    if (restored) writeFileSync(path, restored);
    else left += 1;
  }
  writeFileSync(join(bundle, FRAGMENT_HASHES_FILE), JSON.stringify(fullHashes));
  return left;
}

/**
 * What a shard's bundle is made from: its records (the staging's digest of their inputs), Pagefind's version, our
 * options and the code here that indexes them and restores the excerpts' spelling.
 */
const bundleDigestOf = (shard: StagedShard): string =>
  createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${JSON.stringify(INDEX_OPTIONS)} ${indexerCode} ${shard.records}`).digest('hex');

/** The shards whose bundle (`bundleOf`) is missing or was not made from their records as staged now. */
export const unindexedShards = (shards: readonly StagedShard[], bundleOf: (shard: StagedShard) => string): StagedShard[] =>
  shards.filter((shard) => !isStampedWith(stampFileOf(bundleOf(shard)), bundleDigestOf(shard), [bundleOf(shard)]));

/** A digest of the code that merges the shards' bundles: a change empties the merged index (index-search.ts). */
export const mergeCode = sourceDigest([new URL('./merge-bundles.ts', import.meta.url)]);

/** What the merged index is made from: every shard's bundle, in order, and the merge code. */
export const mergedIndexDigest = (shards: readonly StagedShard[]): string =>
  createHash('sha256').update(`${mergeCode} ${shards.map(bundleDigestOf).join(' ')}`).digest('hex');

/** Bundles of shards the plan no longer has (the archive's years or the shard size changed). */
function forgetOtherShards(bundlesDir: string, shards: readonly SearchShard[]): void {
  if (!existsSync(bundlesDir)) return;
  const planned = new Set(shards.map((shard) => shard.key));
  for (const entry of readdirSync(bundlesDir)) {
    if (!planned.has(entry.replace(/\.digest$/, ''))) rmSync(join(bundlesDir, entry), { recursive: true, force: true });
  }
}
