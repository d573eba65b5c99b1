// The one ingest-and-report flow, for the build's content loader and for `npm run check`: read the folder, then
// write the report that accounts for every file.

import { type IngestOptions, type IngestResult, ingestFolder } from './ingest-folder.ts';
import { buildReport, type IngestReport, writeReport } from './report.ts';

export function ingestAndReport(folder: string, options: IngestOptions & { reportPath: string }): { result: IngestResult; report: IngestReport } {
  const { reportPath, ...ingestOptions } = options;
  const result = ingestFolder(folder, ingestOptions);
  const report = buildReport(result, folder, options.today);
  writeReport(report, reportPath);
  return { result, report };
}
