// The build plan: what the steps after the content loader need from a build's articles, made once by the loader and
// written to the cache folder, so that no later step reads the human report or computes it again: the ingest's
// summary (the build's last lines), each published article's date (the sitemap's lastmod) and the search shards
// (the indexer, the search page and the publishing of the bundles).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CalendarDate } from '../calendar-date.ts';
import type { IngestSummary } from '../ingest/report.ts';
import type { StagedShard } from '../search/shards.ts';

export interface BuildPlan {
  /** Where the human report is, for the build's last lines. */
  reportPath: string;
  summary: IngestSummary;
  /** Article id → date. */
  dates: Record<string, CalendarDate>;
  /** Oldest first. */
  shards: StagedShard[];
}

export function writeBuildPlan(path: string, plan: BuildPlan): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(plan));
}

export const readBuildPlan = (path: string): BuildPlan => JSON.parse(readFileSync(path, 'utf8')) as BuildPlan;
