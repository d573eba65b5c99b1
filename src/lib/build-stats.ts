// What a build did, in figures: each of its steps writes its own into the build's stats folder (one JSON file a
// step, as they run in different processes), so that the benchmarks read figures, not log lines. Times are
// milliseconds since the epoch, so that steps of different processes share one clock.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildStats {
  /** The content folder read and its search shards staged (loaders/prepare-articles.ts). */
  ingest: { files: number; unchanged: number; published: number; ingestSeconds: number; stagingSeconds: number; shards: number; shardsKept: number; finishedAt: number };
  /**
   * The search indexer (search/index-search.ts): the shards it indexes (all of them in a whole-site build, its part's
   * in a render job, none in the publish step's merge) indexed again or reused, then merged where it merges.
   */
  searchIndex: { shards: number; shardsReused: number; indexSeconds: number; mergeSeconds: number; startedAt: number; finishedAt: number };
  /** The wait for the indexer once the pages were rendered, then its merged index linked in (search/integration.ts). */
  searchPublish: { waitedSeconds: number; renderedAt: number };
  /** `astro build` as a whole (integrations/build-summary.ts): when it began, synced the content, ended. */
  build: { configuredAt: number; contentSyncedAt: number; doneAt: number; pages: number; pagesRendered: number; pagesKept: number };
  /**
   * The publish step of a build in parts (parts/publish.ts), phase by phase: the parts' files joined, the sitemap, the
   * output folder pruned, the wait for the merge (which runs beside the three before), the merged index linked in.
   */
  publish: { files: number; joinSeconds: number; sitemapSeconds: number; pruneSeconds: number; mergeWaitSeconds: number; indexLinkSeconds: number };
}

export type BuildStep = keyof BuildStats;

export function writeStepStats<Step extends BuildStep>(statsDir: string, step: Step, stats: BuildStats[Step]): void {
  mkdirSync(statsDir, { recursive: true });
  writeFileSync(join(statsDir, `${step}.json`), `${JSON.stringify(stats, null, 2)}\n`);
}

/** The figures of every step that wrote some; a step that did not run is missing. */
export function readBuildStats(statsDir: string): Partial<BuildStats> {
  if (!existsSync(statsDir)) return {};
  const steps = readdirSync(statsDir).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''));
  return Object.fromEntries(steps.map((step) => [step, JSON.parse(readFileSync(join(statsDir, `${step}.json`), 'utf8'))])) as Partial<BuildStats>;
}

/** The publish step's phases in a line, for its log and the benchmark's. */
export const publishPhasesLine = ({ joinSeconds, sitemapSeconds, mergeWaitSeconds, indexLinkSeconds, pruneSeconds }: BuildStats['publish']): string =>
  `joined in ${joinSeconds.toFixed(1)} s, sitemap ${sitemapSeconds.toFixed(1)} s, pruned in ${pruneSeconds.toFixed(1)} s, ` +
  `waited ${mergeWaitSeconds.toFixed(1)} s for the merge, index linked in ${indexLinkSeconds.toFixed(1)} s`;
