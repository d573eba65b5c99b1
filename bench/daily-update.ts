// The benchmarks' day of news: what a maintainer's daily rebuild imports.

import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatGregorian } from '../src/lib/format/dates.ts';
import { readReport } from '../src/lib/ingest/report.ts';

/**
 * A day's update of the corpus the last build published: `added` new articles on its newest day (real text taken
 * from published ones), `edited` older articles with a paragraph more, `deleted` articles removed. Returns the undo.
 */
export function applyDailyUpdate(folder: string, reportPath: string, { added = 50, edited = 3, deleted = 1 } = {}): () => void {
  const published = readReport(reportPath).published;
  const newest = published.reduce((latest, entry) => (entry.date > latest ? entry.date : latest), '0000');
  const undo: (() => void)[] = [];
  for (let index = 0; index < added; index += 1) {
    const source = readFileSync(join(folder, published[index]!.file), 'utf8').split('\n');
    const [title = ''] = source;
    // Title, blank, title again, blank, category, blank, date: the generated corpus's layout.
    const text = [`${title} (${index + 1})`, '', `${title} (${index + 1})`, '', source[4], '', formatGregorian(newest), ...source.slice(7)].join('\n');
    const path = join(folder, `daily-${String(index).padStart(3, '0')}_${newest}-${index}.txt`);
    writeFileSync(path, text);
    undo.push(() => rmSync(path));
  }
  const older = published.filter((entry) => entry.date < newest);
  for (const entry of older.slice(added, added + edited)) {
    const path = join(folder, entry.file);
    const original = readFileSync(path);
    appendFileSync(path, '\u00a0\nفقرة أضيفت لقياس التحديث اليومي.\n');
    undo.push(() => writeFileSync(path, original));
  }
  for (const entry of older.slice(added + edited, added + edited + deleted)) {
    const path = join(folder, entry.file);
    renameSync(path, `${path}.deleted`);
    undo.push(() => renameSync(`${path}.deleted`, path));
  }
  return () => {
    for (const step of undo.reverse()) step();
  };
}
