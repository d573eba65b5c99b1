// Builds in parts (docs/builds.md, "Beyond one machine") over a generated corpus of real text.
// Usage: npm run bench:parts -- <articles, default 10000> <part counts, default 1,2> <builds, default cold,no-change,daily>
// For each part count N: a cold build (caches removed), a rebuild with no change, a rebuild after a day's update
// (bench/daily-update.ts), or those of them named (`-- 1000000 8 cold`: the 1M row of BENCHMARKS.md). Every step
// runs alone, one after another (plan, render 1…N each with its search shards indexed beside it, publish with the
// index's merge beside it), each timed with the peak RSS of its largest process: what N machines would run side by
// side, measured on one. The N-machine wall time is the plan + the longest part + the publish.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { publishPhasesLine, readBuildStats } from '../src/lib/build-stats.ts';
import { parseSettings } from '../src/settings.ts';
import { buildEnvironment } from '../tests/tools/environment.ts';
import { corpusRoot, generatedCorpusFolder } from './corpus.ts';
import { applyDailyUpdate } from './daily-update.ts';
import { processes } from './memory.ts';

const size = Number(process.argv[2] ?? 10_000);
const partCounts = (process.argv[3] ?? '1,2').split(',').map(Number);
const BUILDS = { cold: 'cold', 'no-change': 'no change', daily: 'daily update' } as const;
const builds = (process.argv[4] ?? Object.keys(BUILDS).join(',')).split(',').map((name) => {
  if (!(name in BUILDS)) throw new Error(`unknown build "${name}": expected ${Object.keys(BUILDS).join(', ')}`);
  return BUILDS[name as keyof typeof BUILDS];
});
const folder = await generatedCorpusFolder(size);
const outDir = `${corpusRoot}/bench-parts-dist`;
const reportPath = `${corpusRoot}/bench-parts-report.json`;

interface Timed {
  seconds: number;
  peakMB: number;
}

/** Runs one step of `npm run build:parts` alone; its time and the peak RSS of its largest process. */
async function timedStep(env: Record<string, string>, step: string, part?: number): Promise<Timed> {
  let peakKB = 0;
  const timer = setInterval(() => {
    for (const { rssKB, args } of processes()) if (!args.includes('bench/parts.ts') && /node|pagefind/.test(args)) peakKB = Math.max(peakKB, rssKB);
  }, 250);
  const started = performance.now();
  const child = spawn(process.execPath, ['src/parts/build.ts', step], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: buildEnvironment({ ...env, ...(part === undefined ? {} : { ARSHIF_PART: String(part) }) }),
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(timer);
  if (code !== 0) throw new Error(`${step}${part === undefined ? '' : ` ${part}`} failed (exit code ${String(code)})`);
  return { seconds: (performance.now() - started) / 1000, peakMB: peakKB / 1024 };
}

const rows: string[] = [];
const cell = ({ seconds, peakMB }: Timed) => `${seconds.toFixed(1)} (${Math.round(peakMB)})`;
for (const parts of partCounts) {
  const env = { ASTRO_TELEMETRY_DISABLED: '1', ARSHIF_CONTENT_DIR: folder, ARSHIF_OUT_DIR: outDir, ARSHIF_REPORT: reportPath, ARSHIF_PARTS: String(parts) };
  if (builds.includes('cold')) {
    rmSync(parseSettings(env).cacheDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  for (const build of builds) {
    const undo = build === 'daily update' ? applyDailyUpdate(folder, reportPath) : () => {};
    try {
      const plan = await timedStep(env, 'plan');
      const renders: Timed[] = [];
      for (let part = 1; part <= parts; part += 1) renders.push(await timedStep(env, 'render', part));
      const publish = await timedStep(env, 'publish');
      const publishPhases = readBuildStats(parseSettings(env).buildStatsDir).publish;
      if (publishPhases) console.log(`publish, ${parts} parts, ${build}: ${publishPhasesLine(publishPhases)}`);
      const longest = renders.reduce((a, b) => (b.seconds > a.seconds ? b : a));
      const sum = [plan, ...renders, publish].reduce((total, step) => total + step.seconds, 0);
      const wall = plan.seconds + longest.seconds + publish.seconds;
      const peak = Math.max(...[plan, ...renders, publish].map((step) => step.peakMB));
      const row =
        `| ${size.toLocaleString('en')} | ${parts} | ${build} | ${cell(plan)} | ${renders.map(cell).join(', ')} | ` +
        `${cell(publish)} | ${sum.toFixed(1)} | ${wall.toFixed(1)} | ${Math.round(peak)} |`;
      console.log(row);
      rows.push(row);
    } finally {
      undo();
    }
  }
}
console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString().slice(0, 10)}`);
console.log('Each step alone, one after another; s (peak RSS of its largest process, MB):');
console.log('| articles | parts | build | plan | render and index, each part | publish and merge | sum s | N-machine wall s | largest process MB |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
