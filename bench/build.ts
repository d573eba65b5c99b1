// Build benchmark: the full site (every page type, feeds, sitemap, search index) over generated corpora of real
// text. Usage: npm run bench -- [sizes, default 1000,10000] [runs per size, default 3]
// Each run starts from cold caches; after the runs of a size, the site is rebuilt on the caches the last run left,
// once with no change and once after a day's update (50 new articles on the newest day, 3 older ones edited, 1
// deleted): what a maintainer's daily rebuild costs. Prints Markdown tables; BENCHMARKS.md records them.
// With 0 runs, only the two rebuilds run, on the caches of the last benchmark build of that size.
// The figures come from the build's own (src/lib/build-stats.ts) and Astro's timings of its phases (ASTRO_TIMER_PATH).
// ARSHIF_BENCH_LOG=<file> appends every build's log to that file, each line with the seconds since the build began.

import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { readBuildStats } from '../src/lib/build-stats.ts';
import { parseSettings } from '../src/settings.ts';
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
  /** Seconds from the build's start: content synced, indexer started, rendering started and ended, index merged. */
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
  const { cacheDir, buildStatsDir } = parseSettings({ ARSHIF_OUT_DIR: outDir });
  if (cold) {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  rmSync(buildStatsDir, { recursive: true, force: true });
  const astroTimerPath = `${corpusRoot}/bench-astro-timer.json`;
  const peaks = { build: 0, indexer: 0, pagefind: 0 };
  const stopSampling = sampleMemory(peaks);
  const startedAt = Date.now();
  const child = spawn('npx', ['astro', 'build'], {
    env: buildEnvironment({
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_TIMER_PATH: astroTimerPath, // Astro's own timings of its phases, as JSON
      ARSHIF_CONTENT_DIR: contentDir,
      ARSHIF_OUT_DIR: outDir,
      ARSHIF_REPORT: reportPath,
    }),
    stdio: ['ignore', buildLog === undefined ? 'ignore' : 'pipe', 'inherit'],
  });
  if (child.stdout) {
    for await (const line of createInterface({ input: child.stdout })) {
      appendFileSync(buildLog!, `${((Date.now() - startedAt) / 1000).toFixed(1)} ${stripVTControlCharacters(line)}\n`);
    }
  }
  const [code] = (await once(child, 'exit')) as [number | null];
  const totalS = (Date.now() - startedAt) / 1000;
  stopSampling();
  if (code !== 0) throw new Error(`build failed with exit code ${code}`);
  const { ingest, searchIndex, searchPublish, build } = readBuildStats(buildStatsDir);
  if (!ingest || !searchIndex || !searchPublish || !build) throw new Error(`the build left no figures in ${buildStatsDir}`);
  const astroTimer = JSON.parse(readFileSync(astroTimerPath, 'utf8')) as Record<string, { elapsedTime: number }>;
  const renderS = (astroTimer['Static generate']?.elapsedTime ?? Number.NaN) / 1000;
  const tenths = (seconds: number) => Math.round(seconds * 10) / 10;
  const since = (at: number) => tenths((at - startedAt) / 1000);
  const megabytes = (path: string) => Number(execFileSync('du', ['-sm', path], { encoding: 'utf8' }).split('\t')[0]);
  return {
    totalS,
    contentS: (build.contentSyncedAt - startedAt) / 1000,
    renderS,
    indexS: searchIndex.indexSeconds + searchIndex.mergeSeconds,
    mergeS: searchIndex.mergeSeconds,
    waitS: searchPublish.waitedSeconds,
    peakBuildMB: peaks.build,
    peakIndexerMB: peaks.indexer,
    peakPagefindMB: peaks.pagefind,
    siteMB: megabytes(outDir),
    indexMB: megabytes(`${outDir}/search-index`),
    pages: build.pages,
    published: ingest.published,
    shardsReused: searchIndex.shardsReused,
    shardsIndexed: searchIndex.shards - searchIndex.shardsReused,
    pagesRendered: build.pagesRendered,
    pagesRestored: build.pagesKept,
    timeline: {
      content: since(build.contentSyncedAt),
      indexStart: since(searchIndex.startedAt),
      renderStart: tenths((searchPublish.renderedAt - startedAt) / 1000 - renderS),
      renderEnd: since(searchPublish.renderedAt),
      indexReady: since(searchIndex.finishedAt),
    },
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
  const folder = await generatedCorpusFolder(size);
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
