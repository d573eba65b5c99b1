// Build benchmark: the full site (every page type, feeds, sitemap, search index) over generated corpora of real
// text. Usage: npm run bench -- [sizes, default 1000,10000] [runs per size, default 3]
// Each run starts from cold caches; after the runs of a size, the site is rebuilt on the caches the last run left,
// once with no change and once after a day's update (50 new articles on the newest day, 3 older ones edited, 1
// deleted): what a maintainer's daily rebuild costs. Prints Markdown tables; BENCHMARKS.md records them.
// With 0 runs, only the two rebuilds run, on the caches of the last benchmark build of that size.
// ARSHIF_BENCH_LOG=<file> appends every build's log to that file, each line with the seconds since the build began.

import { spawn, execFileSync } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { keptPagesIn } from '../src/integrations/build-log.ts';
import { readReport } from '../src/lib/ingest/report.ts';
import { parseSettings } from '../src/site.ts';
import { buildEnvironment } from '../tests/tools/environment.ts';
import { corpusRoot, generatedCorpusFolder } from './corpus.ts';
import { applyDailyUpdate } from './daily-update.ts';
import { processes } from './memory.ts';
import { median } from './stats.ts';

interface Run {
  totalS: number;
  contentS: number;
  renderS: number;
  indexS: number;
  /** Of indexS, merging the shards' bundles into the one published. */
  mergeS: number;
  waitS: number;
  peakBuildMB: number;
  peakIndexerMB: number;
  peakPagefindMB: number;
  siteMB: number;
  indexMB: number;
  pages: number;
  published: number;
  shardsReused: number;
  shardsIndexed: number;
  pagesRendered: number;
  pagesRestored: number;
  /** Seconds from the build's start: content synced, indexer started, rendering started and ended, index ready. */
  timeline: Record<string, number>;
}

const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);
const runsPerSize = Number(process.argv[3] ?? 3);
const outDir = `${corpusRoot}/bench-dist`;
const reportPath = `${corpusRoot}/bench-report.json`;
const buildLog = process.env.ARSHIF_BENCH_LOG;

/** Samples the RSS of the build's processes: Astro's, the indexer child's and Pagefind's. */
function sampleMemory(peaks: { build: number; indexer: number; pagefind: number }): () => void {
  const timer = setInterval(() => {
    const sum = { build: 0, indexer: 0, pagefind: 0 };
    for (const { rssKB: kb, args } of processes()) {
      if (args.includes('index-search.ts')) sum.indexer += kb;
      else if (/pagefind/.test(args) && !args.includes('node ')) sum.pagefind += kb;
      else if (args.includes('astro build')) sum.build = Math.max(sum.build, kb);
    }
    for (const key of ['build', 'indexer', 'pagefind'] as const) peaks[key] = Math.max(peaks[key], sum[key] / 1024);
  }, 250);
  return () => clearInterval(timer);
}

async function buildOnce(contentDir: string, { cold }: { cold: boolean }): Promise<Run> {
  if (cold) {
    rmSync(parseSettings({ ARSHIF_OUT_DIR: outDir }).cacheDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  const peaks = { build: 0, indexer: 0, pagefind: 0 };
  const stopSampling = sampleMemory(peaks);
  const started = performance.now();
  const at = (): number => (performance.now() - started) / 1000;
  const child = spawn('npx', ['astro', 'build'], {
    env: buildEnvironment({ ASTRO_TELEMETRY_DISABLED: '1', ARSHIF_CONTENT_DIR: contentDir, ARSHIF_OUT_DIR: outDir, ARSHIF_REPORT: reportPath }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const marks: Record<string, number> = {};
  let indexS = 0;
  let mergeS = 0;
  let waitS = 0;
  let pages = 0;
  let shardsReused = 0;
  let shardsIndexed = 0;
  let pagesRendered = 0;
  let pagesRestored = 0;
  for await (const coloured of createInterface({ input: child.stdout! })) {
    const line = stripVTControlCharacters(coloured); // FORCE_COLOR in the bench's environment colours Astro's log
    if (buildLog) appendFileSync(buildLog, `${at().toFixed(1)} ${line}\n`);
    if (/Synced content/.test(line)) marks.content = at();
    if (/indexing articles for search/.test(line)) marks.indexStart = at();
    if (/\[search-index\] search index merged/.test(line)) marks.merged = at();
    if (/generating static routes/.test(line)) marks.renderStart = at();
    if (/page\(s\) built in/.test(line)) pages = Number(/(\d+) page\(s\)/.exec(line)?.[1]);
    // Rendered pages are listed, kept ones counted (src/integrations/build-log.ts).
    const kept = keptPagesIn(line);
    if (kept > 0) pagesRestored += kept;
    else if (/├─/.test(line)) pagesRendered += 1;
    if (/\[search-index\] search shard .*: \d+ articles indexed in/.test(line)) {
      shardsIndexed += 1;
      marks.shardsIndexed = at();
    }
    const merged = /\[search-index\] search index merged: .* in ([\d.]+) s/.exec(line);
    if (merged) mergeS = Number(merged[1]);
    const waited = /search index ready \(waited ([\d.]+) s/.exec(line);
    if (waited) {
      waitS = Number(waited[1]);
      marks.renderEnd ??= at() - waitS;
    }
    const indexed = /search index: \d+ shards \((\d+) unchanged since the last build\) in ([\d.]+) s/.exec(line);
    if (indexed) [shardsReused, indexS] = [Number(indexed[1]), Number(indexed[2])];
    if (/error/i.test(line) && !/ error: /.test(line)) process.stderr.write(`${line}\n`);
  }
  const [code] = await new Promise<[number | null]>((resolve) => child.on('exit', (c) => resolve([c])));
  const totalS = at();
  stopSampling();
  if (code !== 0) throw new Error(`build failed with exit code ${code}`);
  const megabytes = (path: string) => Number(execFileSync('du', ['-sm', path], { encoding: 'utf8' }).split('\t')[0]);
  return {
    totalS,
    contentS: marks.content ?? 0,
    renderS: (marks.renderEnd ?? totalS) - (marks.renderStart ?? 0),
    indexS,
    mergeS,
    waitS,
    peakBuildMB: peaks.build,
    peakIndexerMB: peaks.indexer,
    peakPagefindMB: peaks.pagefind,
    siteMB: megabytes(outDir),
    indexMB: megabytes(`${outDir}/search-index`),
    pages,
    published: readReport(reportPath).summary.published,
    shardsReused,
    shardsIndexed,
    pagesRendered,
    pagesRestored,
    timeline: Object.fromEntries(Object.entries(marks).map(([mark, seconds]) => [mark, Math.round(seconds * 10) / 10])),
  };
}

async function dailyUpdate(folder: string): Promise<Run> {
  const undo = applyDailyUpdate(folder, reportPath);
  try {
    return await buildOnce(folder, { cold: false });
  } finally {
    undo();
  }
}

const rows: string[] = [];
const rebuildRows: string[] = [];
/** One row of the rebuild table: what a rebuild on the last build's caches cost, beside the full build. */
const rebuildRow = (articles: string, kind: string, full: number, run: Run) =>
  `| ${articles} | ${kind} | ${Number.isNaN(full) ? '—' : full.toFixed(1)} | ${run.totalS.toFixed(1)}` +
  `${Number.isNaN(full) ? '' : ` (${Math.round((100 * run.totalS) / full)} %)`} | ` +
  `${run.contentS.toFixed(1)} | ${run.renderS.toFixed(1)} | ${run.pagesRendered} / ${run.pagesRestored} | ${run.indexS.toFixed(1)} (merge ${run.mergeS.toFixed(1)}) | ${run.waitS.toFixed(1)} | ` +
  `${run.shardsIndexed} / ${run.shardsReused} | ${Math.round(run.peakBuildMB)} | ${Math.round(run.peakPagefindMB)} |`;
for (const size of sizes) {
  const folder = generatedCorpusFolder(size);
  const runs: Run[] = [];
  for (let run = 0; run < runsPerSize; run += 1) {
    const result = await buildOnce(folder, { cold: true });
    console.log(`N=${size} run ${run + 1}: ${JSON.stringify(result)}`);
    runs.push(result);
  }
  const m = (key: Exclude<keyof Run, 'timeline'>) => median(runs.map((run) => run[key]));
  const articles = size.toLocaleString('en');
  const unchanged = await buildOnce(folder, { cold: false });
  console.log(`N=${size} no-change rebuild: ${JSON.stringify(unchanged)}`);
  const daily = await dailyUpdate(folder);
  console.log(`N=${size} daily update: ${JSON.stringify(daily)}`);
  rebuildRows.push(rebuildRow(articles, 'no change', m('totalS'), unchanged), rebuildRow(articles, 'daily update', m('totalS'), daily));
  if (runs.length === 0) continue;
  rows.push(
    `| ${articles} | ${runs.length} | ${m('totalS').toFixed(1)} | ${m('contentS').toFixed(1)} | ` +
      `${m('renderS').toFixed(1)} | ${m('indexS').toFixed(1)} (merge ${m('mergeS').toFixed(1)}) | ${m('waitS').toFixed(1)} | ${Math.round(m('peakBuildMB'))} | ` +
      `${Math.round(m('peakIndexerMB'))} | ${Math.round(m('peakPagefindMB'))} | ${m('pages')} | ${Math.round(m('siteMB'))} | ${Math.round(m('indexMB'))} |`,
  );
}
console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString().slice(0, 10)}`);
console.log(
  '| articles | runs | total s | content s | rendering s | search indexing s (beside rendering) | waited for index s | ' +
    'peak RSS astro MB | peak RSS indexer MB | peak RSS pagefind MB | pages | site MB | index MB |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log('\nRebuilds on the caches of the last build (daily update: 50 new articles on the newest day, 3 older edited, 1 deleted):');
console.log(
  '| articles | rebuild | full build s (median) | rebuild s | content s | rendering s | pages rendered / restored | ' +
    'search index s | waited for index s | shards indexed / reused | peak RSS astro MB | peak RSS pagefind MB |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rebuildRows) console.log(row);
