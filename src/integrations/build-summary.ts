// At the very end of `astro build`: the ingest summary again, what a maintainer must fix before deploying, and the
// time each phase took, so the last lines a maintainer sees say what happened to every input file, where the
// report is, and where the time went.

import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { secondsSince } from '../lib/format/elapsed.ts';
import { summaryLine } from '../lib/ingest/report.ts';
import { readBuildPlan } from '../lib/plan/build-plan.ts';

export interface BuildSummaryOptions {
  planPath: string;
  /** The origin every absolute link points at. */
  siteUrl: string;
  /** No ARSHIF_SITE_URL was given: the site's links point at this machine. */
  siteUrlIsLocalDefault: boolean;
  strict: boolean;
}

export function buildSummary({ planPath, siteUrl, siteUrlIsLocalDefault, strict }: BuildSummaryOptions): AstroIntegration {
  const localUrl =
    `ARSHIF_SITE_URL is not set: canonical links, feeds, the sitemap and OpenSearch point at ${siteUrl}, ` +
    'which works only on this machine; set it to the address the archive is served from before deploying';
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
      'astro:build:done': ({ logger }) => {
        const done = Date.now();
        if (existsSync(planPath)) {
          const { summary, reportPath } = readBuildPlan(planPath);
          logger.info(summaryLine(summary));
          logger.info(`ingest report: ${reportPath}`);
        }
        if (siteUrlIsLocalDefault) logger.warn(localUrl);
        logger.info(
          `build took ${secondsSince(configured, done)}: content ${secondsSince(configured, contentSynced)}, ` +
            `pages and search index ${secondsSince(contentSynced, done)}`,
        );
      },
    },
  };
}
