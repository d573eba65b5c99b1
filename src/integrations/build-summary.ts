// At the very end of `astro build`: the ingest summary again, what a maintainer must fix before deploying, and the
// time each phase took, so the last lines a maintainer sees say what happened to every input file, where the
// report is, and where the time went.

import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { writeStepStats } from '../lib/build-stats.ts';
import { secondsSince } from '../lib/format/elapsed.ts';
import { summaryLine } from '../lib/ingest/report.ts';
import { readIngestRecord } from '../lib/ingest/ingest-record.ts';
import { pageCounts } from './build-log.ts';

export interface BuildSummaryOptions {
  recordPath: string;
  /** The origin every absolute link points at. */
  siteUrl: string;
  /** No ARSHIF_SITE_URL was given: the site's links point at this machine. */
  siteUrlIsLocalDefault: boolean;
  strict: boolean;
  /** Where the build's figures go (lib/build-stats.ts). */
  statsDir: string;
}

/** What a build without ARSHIF_SITE_URL says (a warning, an error in strict mode). */
export const localUrlWarning = (siteUrl: string): string =>
  `ARSHIF_SITE_URL is not set: canonical links, feeds, the sitemap and OpenSearch point at ${siteUrl}, ` +
  'which works only on this machine; set it to the address the archive is served from before deploying';

/** The ingest's summary and where its report is, from the ingest record (none before the content is read). */
export function ingestSummaryLines(recordPath: string): string[] {
  if (!existsSync(recordPath)) return [];
  const { summary, reportPath } = readIngestRecord(recordPath);
  return [summaryLine(summary), `ingest report: ${reportPath}`];
}

export function buildSummary({ recordPath, siteUrl, siteUrlIsLocalDefault, strict, statsDir }: BuildSummaryOptions): AstroIntegration {
  const localUrl = localUrlWarning(siteUrl);
  let configured = 0;
  let contentSynced = 0;
  return {
    name: 'arshif-build-summary',
    hooks: {
      'astro:config:setup': ({ command }) => {
        configured = Date.now();
        if (command === 'build' && strict && siteUrlIsLocalDefault) throw new Error(`${localUrl} (strict mode)`);
      },
      'astro:build:start': () => {
        contentSynced = Date.now();
      },
      'astro:build:done': ({ pages, logger }) => {
        const done = Date.now();
        const { rendered, kept } = pageCounts();
        writeStepStats(statsDir, 'build', { configuredAt: configured, contentSyncedAt: contentSynced, doneAt: done, pages: pages.length, pagesRendered: rendered, pagesKept: kept });
        for (const line of ingestSummaryLines(recordPath)) logger.info(line);
        if (siteUrlIsLocalDefault) logger.warn(localUrl);
        logger.info(
          `build took ${secondsSince(configured, done)}: content ${secondsSince(configured, contentSynced)}, ` +
            `pages and search index ${secondsSince(contentSynced, done)}`,
        );
      },
    },
  };
}
