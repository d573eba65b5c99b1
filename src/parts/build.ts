// A build in parts (docs/builds.md), one step or all of them: `npm run build:parts -- <step>` runs one step, as the
// GitHub Actions workflow does in its jobs (.github/workflows/build.yml); `npm run build:parts` runs them all on
// this machine: the plan step, the ARSHIF_PARTS render jobs (ARSHIF_PART_JOBS at once), then the publish step.
// Further arguments go to the render jobs' `astro build` (`--force` renders every page).
//   plan      read the content, plan every page, cut the plan and the search shards into parts (plan.ts)
//   render    render the part ARSHIF_PART (`astro build` of that part), indexing its search shards beside it
//   publish   join the parts into the output folder, with the sitemap and the merged search index (publish.ts)

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { secondsSince } from '../lib/format/elapsed.ts';
import { heapBound } from '../lib/heap-bound.ts';
import { parseSettings } from '../settings.ts';
import { stepLog } from './step-log.ts';

const site = parseSettings(process.env);
const log = stepLog('build');
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const STEPS = ['plan', 'render', 'publish'] as const;
type Step = (typeof STEPS)[number];

const running = new Set<ChildProcess>();

/** Runs `node <args>` with the site's settings and `env`; resolves when it succeeds, rejects naming it otherwise. */
async function node(name: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  running.add(child);
  const [code] = (await once(child, 'exit')) as [number | null];
  running.delete(child);
  if (code !== 0) throw new Error(`${name} failed (exit code ${String(code)})`);
}

/**
 * The plan step's old space (lib/heap-bound.ts): a cold plan of 1M articles holds at most 1.17 GB of live data (at
 * the end of its ingest); under V8's default its process reached 2.95 GB, bounded 2.37 GB (BENCHMARKS.md).
 */
const PLAN_HEAP_MB = 2048;

const astroArguments = (args: readonly string[]) => args.filter((arg) => !(STEPS as readonly string[]).includes(arg));

const run: Record<Step, (part?: number) => Promise<void>> = {
  plan: () => node('the plan step', [...heapBound(PLAN_HEAP_MB), here('./plan.ts')]),
  render: (part = site.part) => {
    if (part === undefined) throw new Error('the render step renders the part ARSHIF_PART: set it (1 to ARSHIF_PARTS)');
    return node(`part ${part}`, [astro, 'build', ...astroArguments(process.argv.slice(2))], { ARSHIF_PART: String(part) });
  },
  publish: () => node('the publish step', [here('./publish.ts')]),
};

async function all(): Promise<void> {
  await run.plan();
  const waiting = Array.from({ length: site.parts }, (_, index) => index + 1);
  const renderNext = async (): Promise<void> => {
    const part = waiting.shift();
    if (part === undefined) return;
    await run.render(part);
    await renderNext();
  };
  await Promise.all(Array.from({ length: Math.min(site.partJobs, site.parts) }, renderNext));
  await run.publish();
}

const started = Date.now();
const step = process.argv.slice(2).find((arg): arg is Step => (STEPS as readonly string[]).includes(arg));
try {
  await (step === undefined ? all() : run[step]());
  log(step === undefined ? `${site.parts} parts built and published in ${secondsSince(started)}` : `${step} done in ${secondsSince(started)}`);
} catch (error) {
  console.error(`[build] ${(error as Error).message}`);
  // A failed step leaves the others nothing to do: the other parts stop with it.
  for (const child of running) child.kill();
  process.exitCode = 1;
}
