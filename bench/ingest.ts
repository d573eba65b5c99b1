// Ingest benchmark: parse and validate N generated articles (no site build). Usage: npm run bench:ingest -- 100000

import { latestPlausibleDate } from '../src/lib/calendar-date.ts';
import { ingestFolder } from '../src/lib/ingest/ingest-folder.ts';
import { summarize, summaryLine } from '../src/lib/ingest/report.ts';
import { generatedCorpusFolder } from './corpus.ts';
import { median } from './stats.ts';

const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 3);
const folder = await generatedCorpusFolder(count);

const seconds: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const started = performance.now();
  const result = await ingestFolder(folder, { today: latestPlausibleDate() });
  seconds.push((performance.now() - started) / 1000);
  if (run === 0) console.log(summaryLine(summarize(result)));
}
const middle = median(seconds);
console.log(
  `ingest ${count} files: median ${middle.toFixed(2)} s over ${runs} runs ` +
    `(${seconds.map((s) => s.toFixed(2)).join(', ')}), ${Math.round(count / middle)} files/s, ` +
    `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
);
