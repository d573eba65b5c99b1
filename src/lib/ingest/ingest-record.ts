// The ingest record: what the steps after the ingest need from a build's articles, made once by the ingest (the
// content loader, or the plan step of a build in parts) and written to the cache folder, so that no later step reads
// the human report or computes it again: the ingest's summary (the build's last lines) and the search shards (the
// indexer, the publishing of the index), and beside it, a line per published article, its date (the sitemap's
// lastmod): that list grows with the archive, so it is read and written a line at a time (lib/json-lines.ts).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Article } from '../article.ts';
import type { CalendarDate } from '../calendar-date.ts';
import type { IngestSummary } from './report.ts';
import { jsonLines, readJsonLines } from '../json-lines.ts';
import type { StagedShard } from '../search/shards.ts';
import { writeFileWhole } from '../write-file-whole.ts';

export interface IngestRecord {
  /** Where the human report is, for the build's last lines. */
  reportPath: string;
  summary: IngestSummary;
  /** Oldest first. */
  shards: StagedShard[];
}

/** The file of each published article's date, beside the record. */
export const articleDatesPath = (recordPath: string) => join(dirname(recordPath), 'article-dates.jsonl');

export function writeIngestRecord(path: string, record: IngestRecord, articles: readonly Article[]): void {
  writeFileWhole(articleDatesPath(path), jsonLines(articles.values().map(({ id, date }) => [id, date])));
  writeFileWhole(path, JSON.stringify(record));
}

export const readIngestRecord = (path: string): IngestRecord => JSON.parse(readFileSync(path, 'utf8')) as IngestRecord;

/** Each published article's date, by its id. */
export function readArticleDates(recordPath: string): Map<string, CalendarDate> {
  const dates = new Map<string, CalendarDate>();
  for (const value of readJsonLines(articleDatesPath(recordPath))) {
    const [id, date] = value as [string, CalendarDate];
    dates.set(id, date);
  }
  return dates;
}
