// The ingest report: one summary line for the console and a JSON file listing every warning and rejection.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IngestResult } from './ingest-folder.ts';
import { formatProblem } from './problem.ts';

export interface IngestSummary {
  read: number;
  published: number;
  withWarnings: number;
  rejected: number;
  /** Byte-identical copies of published files: not published again, and nothing lost. */
  duplicates: number;
  ignored: number;
  /** Folder entries not read as files (links not followed, unreadable folders…), each listed in the report. */
  unread: number;
}

export function summarize(result: IngestResult): IngestSummary {
  const count = (status: string) => result.outcomes.filter((outcome) => outcome.status === status).length;
  return {
    read: result.outcomes.length,
    published: result.articles.length,
    withWarnings: count('warnings'),
    rejected: count('rejected'),
    duplicates: count('duplicate'),
    ignored: result.ignored,
    unread: result.unread.length,
  };
}

export const summaryLine = (summary: IngestSummary): string =>
  `${summary.read} article files read: ${summary.published} published ` +
  `(${summary.withWarnings} with warnings), ${summary.rejected} rejected; ` +
  (summary.duplicates > 0 ? `${summary.duplicates} duplicates of published files; ` : '') +
  `${summary.ignored} other files ignored` +
  (summary.unread > 0 ? `; ${summary.unread} folder entries not read (links, unreadable entries)` : '');

export interface PublishedEntry {
  file: string;
  id: string;
  date: string;
}

export interface IngestReport {
  contentFolder: string;
  today: string;
  summary: IngestSummary;
  /** Only the files with something to say: every warning and every rejection. */
  files: IngestResult['outcomes'];
  /** Every folder entry not read as a file, with the reason. */
  unread: IngestResult['unread'];
  /** Every published article: which file became which id (and so which URL). */
  published: PublishedEntry[];
}

export function buildReport(result: IngestResult, contentFolder: string, today: string): IngestReport {
  const dateOf = new Map(result.articles.map((article) => [article.id, article.date]));
  return {
    contentFolder,
    today,
    summary: summarize(result),
    files: result.outcomes.filter((outcome) => outcome.problems.length > 0),
    unread: result.unread,
    published: result.outcomes.flatMap(({ file, id }) => {
      const date = id === undefined ? undefined : dateOf.get(id);
      return id === undefined || date === undefined ? [] : [{ file, id, date }];
    }),
  };
}

export function writeReport(report: IngestReport, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

export const readReport = (path: string): IngestReport => JSON.parse(readFileSync(path, 'utf8')) as IngestReport;

/** What a maintainer reads on the console: the problems (the first `maxProblems`), the summary, the report's path. */
export function reportLines(report: IngestReport, reportPath: string, maxProblems = Infinity): string[] {
  const problems = report.files.flatMap((outcome) => outcome.problems);
  const shown = [
    ...problems.map(formatProblem),
    ...report.unread.map((entry) => `${entry.path}: not read: ${entry.reason} [${entry.code}]`),
  ].slice(0, maxProblems);
  const hidden = problems.length + report.unread.length - shown.length;
  return [
    ...shown,
    ...(hidden > 0 ? [`… and ${hidden} more problems, listed in the report`] : []),
    summaryLine(report.summary),
    `ingest report: ${reportPath}`,
  ];
}
