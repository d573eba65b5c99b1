// The publish step of a build in parts (docs/builds.md): joins the files the parts' builds listed into the site's
// output folder, refusing two parts that made one path with different bytes, writes what spans the site (the sitemap
// of every part's pages; the search index, merged from every part's shards beside the rest of this step), and prunes
// what earlier builds made and this one no longer does.
// Usage: node src/parts/publish.ts, with the site's settings in the environment, after the plan step and the render
// jobs.

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { OUTPUT_MARK, markOutputFolder, outputFolderRefusal } from '../lib/output-folder.ts';
import { publishPhasesLine, writeStepStats } from '../lib/build-stats.ts';
import { secondsSince } from '../lib/format/elapsed.ts';
import { listedFiles, loadOutputListing, pruneOutputFolder } from '../lib/stale-output.ts';
import { ingestSummaryLines, localUrlWarning } from '../integrations/build-summary.ts';
import { writeSitemap } from '../integrations/sitemap.ts';
import { publishSearchIndex } from '../search/publish-index.ts';
import { readIngestRecord } from '../lib/ingest/ingest-record.ts';
import { partOfShard } from '../lib/plan/parts.ts';
import { unindexedShards } from '../search/build-index.ts';
import { indexerArguments, partsMergeOptionsOf, shardBundle } from '../search/integration.ts';
import { linkInto } from '../lib/link-file.ts';
import { parseSettings } from '../settings.ts';
import { stepLog } from './step-log.ts';

const site = parseSettings(process.env);
const log = stepLog('publish');
const started = Date.now();
const outDir = site.outDir;
/** The merge's niceness beside the joining (0 is the default, 19 the lowest priority). */
const MERGE_NICENESS = 10;
let merge: ChildProcess | undefined;
/** Stops the step (and the merge), saying why and what the output folder holds. */
const stopWith =
  (outcome: string) =>
  (message: string): never => {
    merge?.kill();
    console.error(`[publish] ${message}. ${outcome}`);
    process.exit(1);
  };
const fail = stopWith('Nothing was published.');
/** Each part's output folder, made once: a path is looked up for each of the site's files. */
const partOutDirs = Array.from({ length: site.parts }, (_, index) => site.partOutDir(index + 1));
/**
 * Uses a file that a part's build listed; one that is not there means the part's output folder changed since that
 * build, and the step stops with `stop`.
 */
function listedFile<T>(path: string, part: number, use: (file: string) => T, stop: (message: string) => never): T {
  try {
    return use(join(partOutDirs[part - 1]!, path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return stop(`${path}, listed by part ${part}'s build, is not in its output folder (${partOutDirs[part - 1]}): render part ${part} again`);
  }
}
const bytesOf = (path: string, part: number): Buffer => listedFile(path, part, (file) => readFileSync(file), fail);
const refusal = outputFolderRefusal({ ...site, listingPath: site.outputListingPath });
if (refusal !== undefined) fail(refusal);
for (let part = 1; part <= site.parts; part += 1) {
  const pagesPath = site.partPagesPath(part);
  if (!existsSync(pagesPath)) fail(`part ${part} of ${site.parts} has not been rendered (no ${pagesPath}): run ARSHIF_PART=${part} npm run build`);
  const listingPath = site.partOutputListingPath(part);
  if (!existsSync(listingPath)) fail(`part ${part} of ${site.parts} came without the listing of its output folder (${listingPath}), which its build writes: run ARSHIF_PART=${part} npm run build`);
}
const mergeOptions = partsMergeOptionsOf(site);
const unindexed = unindexedShards(readIngestRecord(site.ingestRecordPath).shards, (shard) => shardBundle(mergeOptions.bundlesDirs, shard));
if (unindexed.length > 0) {
  // An index of other articles would send readers' search results to pages that are not there.
  const named = unindexed.slice(0, 5).map((shard) => `${shard.key} (part ${partOfShard(shard, site.parts)})`);
  fail(`${unindexed.length} search shards were not indexed from the articles the last plan step read: ${named.join(', ')}; render their parts again`);
}
// The merge reads every part's search shards and writes the index while the pages are joined, a step that waits on
// the file system more than on a core. Left at the same priority, the merge's compressing threads took the cores from
// the joining: at 1M a day's joining took 63 s with nothing beside it, 117–168 s beside the merge.
merge = spawn(process.execPath, indexerArguments(mergeOptions), { stdio: ['ignore', 'inherit', 'inherit'] });
try {
  if (merge.pid !== undefined) setPriority(merge.pid, MERGE_NICENESS);
} catch {
  // The merge has ended already (it reports why itself).
}
const merged = once(merge, 'exit');

/** Each path of the site (relative to the output folder) → the part that made it first. */
const sources = new Map<string, number>();
const conflicts: string[] = [];
const pathnames = new Set<string>();
for (let part = 1; part <= site.parts; part += 1) {
  for (const pathname of JSON.parse(readFileSync(site.partPagesPath(part), 'utf8')) as string[]) pathnames.add(pathname);
  // The part's files as its build's prune listed them, last thing before its list of pages: reading its 150k
  // folders again took 37 s of a 1M publish.
  for (const path of listedFiles(loadOutputListing(site.partOutputListingPath(part)))) {
    if (path === OUTPUT_MARK) continue;
    const first = sources.get(path);
    if (first === undefined) sources.set(path, part);
    else if (!bytesOf(path, first).equals(bytesOf(path, part))) conflicts.push(`${path} (parts ${first} and ${part})`);
  }
}
if (conflicts.length > 0) fail(`${conflicts.length} paths were made by two parts with different bytes: ${conflicts.slice(0, 5).join(', ')}`);

markOutputFolder(outDir);
const made = new Set<string>();
const stopJoining = stopWith('The output folder holds the files joined until then.');
for (const [path, part] of sources) {
  const target = join(outDir, path);
  made.add(target);
  // Linked, not copied: a part's next build may write its page again in place, as a whole-site build writes in
  // the output folder, and its bytes are the published page's anyway (the parts' outputs are the site's).
  listedFile(path, part, (file) => linkInto(file, target), stopJoining);
}
const joined = Date.now();
const root = new URL(site.base, site.url);
const urls = await writeSitemap([...pathnames], root, site.ingestRecordPath, outDir);
const mapped = Date.now();
// Pruned while the merge runs: the search index is the merge's (kept), the rest of the site is final.
const { info, warnings } = pruneOutputFolder(outDir, site.outputListingPath, { made, keep: ['search-index'], startedMs: started });
const pruned = Date.now();
const [mergeExit] = (await merged) as [number | null];
if (mergeExit !== 0) {
  stopWith("The site's pages are joined, its search index is not.")(`the search index could not be merged (exit code ${String(mergeExit)}, see above)`);
}
const mergeDone = Date.now();
publishSearchIndex(site.searchIndexDir, outDir);
const indexLinked = Date.now();
const seconds = (from: number, to: number) => (to - from) / 1000;
const phases = {
  files: sources.size,
  joinSeconds: seconds(started, joined),
  sitemapSeconds: seconds(joined, mapped),
  pruneSeconds: seconds(mapped, pruned),
  mergeWaitSeconds: seconds(pruned, mergeDone),
  indexLinkSeconds: seconds(mergeDone, indexLinked),
};
writeStepStats(site.buildStatsDir, 'publish', phases);
for (const line of [`${sources.size} files from ${site.parts} parts, sitemap of ${urls} URLs, search index`, ...info]) log(line);
log(publishPhasesLine(phases));
for (const line of ingestSummaryLines(site.ingestRecordPath)) log(line);
for (const line of [...warnings, ...(site.urlIsLocalDefault ? [localUrlWarning(site.url)] : [])]) console.warn(`[publish] ${line}`);
log(`${outDir} published in ${secondsSince(started)}`);
