// At the very end of `astro build`: repeat the ingest summary, so the last lines a maintainer sees say what
// happened to every input file and where the report is.

import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { readReport, summaryLine } from '../lib/ingest/report.ts';

export function ingestSummary(reportPath: string): AstroIntegration {
  return {
    name: 'arshif-ingest-summary',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!existsSync(reportPath)) return;
        logger.info(summaryLine(readReport(reportPath).summary));
        logger.info(`ingest report: ${reportPath}`);
      },
    },
  };
}
