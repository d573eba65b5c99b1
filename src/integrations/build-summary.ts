// At the very end of `astro build`: the ingest summary again and the time each phase took, so the last lines a
// maintainer sees say what happened to every input file, where the report is, and where the time went.

import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { secondsSince } from '../lib/format/elapsed.ts';
import { summaryLine } from '../lib/ingest/report.ts';
import { readBuildPlan } from '../lib/plan/build-plan.ts';

export function buildSummary(planPath: string): AstroIntegration {
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
        if (existsSync(planPath)) {
          const { summary, reportPath } = readBuildPlan(planPath);
          logger.info(summaryLine(summary));
          logger.info(`ingest report: ${reportPath}`);
        }
        logger.info(
          `build took ${secondsSince(configured, done)}: content ${secondsSince(configured, contentSynced)}, ` +
            `pages and search index ${secondsSince(contentSynced, done)}`,
        );
      },
    },
  };
}
