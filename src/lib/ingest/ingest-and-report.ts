// The one ingest-and-report flow, for the build's content loader and for `npm run check`: read the folder, then
// write the report that accounts for every file.

import { type IngestOptions, type IngestResult, ingestFolder } from './ingest-folder.ts';
import { buildReport, type IngestReport, writeReport } from './report.ts';

export interface IngestAndReportOptions extends IngestOptions {
  reportPath: string;
  /** The day the report is written for: the build day. */
  reportDay: string;
}

export async function ingestAndReport(folder: string, options: IngestAndReportOptions): Promise<{ result: IngestResult; report: IngestReport }> {
  const { reportPath, reportDay, ...ingestOptions } = options;
  const result = await ingestFolder(folder, ingestOptions);
  const report = buildReport(result, folder, reportDay);
  writeReport(report, reportPath);
  return { result, report };
}
