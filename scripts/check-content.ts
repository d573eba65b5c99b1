// `npm run check`: validates the content folder without building the site, prints the report and its summary,
// and exits 1 when any file is rejected.

import { latestPlausibleDate } from '../src/lib/calendar-date.ts';
import { ingestFolder } from '../src/lib/ingest/ingest-folder.ts';
import { buildReport, reportLines, writeReport } from '../src/lib/ingest/report.ts';
import { site } from '../src/site.ts';

const today = latestPlausibleDate();
const result = ingestFolder(site.contentFolder, {
  today,
  years: site.years,
  onProgress: ({ read, total }) => console.error(`read ${read}/${total} files…`),
});
const report = buildReport(result, site.contentFolder, today);
writeReport(report, site.reportPath);
for (const line of reportLines(report, site.reportPath)) console.log(line);
process.exitCode = report.summary.rejected > 0 ? 1 : 0;
