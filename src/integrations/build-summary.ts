// At the very end of `astro build`: the ingest summary again and the time each phase took, so the last lines a
// maintainer sees say what happened to every input file, where the report is, and where the time went.

import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { readReport, summaryLine } from '../lib/ingest/report.ts';

const seconds = (from: number, to: number): string => `${((to - from) / 1000).toFixed(1)} s`;

export function buildSummary(reportPath: string): AstroIntegration {
  let configured = 0;
  let contentSynced = 0;
  return {
    name: 'arshif-build-summary',
    hooks: {
      'astro:config:setup': () => {
        configured = Date.now();
      },
      'astro:build:start': () => {
        contentSynced = Date.now();
      },
      'astro:build:done': ({ logger }) => {
        const done = Date.now();
        if (existsSync(reportPath)) {
          logger.info(summaryLine(readReport(reportPath).summary));
          logger.info(`ingest report: ${reportPath}`);
        }
        logger.info(
          `build took ${seconds(configured, done)}: content ${seconds(configured, contentSynced)}, ` +
            `pages and search index ${seconds(contentSynced, done)}`,
        );
      },
    },
  };
}
