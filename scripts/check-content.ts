// `npm run check`: validates the content folder without building the site, prints the report and its summary,
// and exits 1 when any file is rejected.

import { ingestAndReport } from '../src/lib/ingest/ingest-and-report.ts';
import { reportLines } from '../src/lib/ingest/report.ts';
import { site } from '../src/site.ts';

const { report } = await ingestAndReport(site.contentFolder, {
  today: site.latestArticleDay,
  reportDay: site.buildDay,
  reportPath: site.reportPath,
  onProgress: ({ read, total }) => console.error(`read ${read}/${total} files…`),
});
for (const line of reportLines(report, site.reportPath)) console.log(line);
process.exitCode = report.summary.rejected > 0 ? 1 : 0;
