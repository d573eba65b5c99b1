// An article as it is published: what the ingest reads from one raw file, and what every page is built from.

import type { CalendarDate } from './calendar-date.ts';

export interface Article {
  /** Stable id, used in the article's URL. */
  id: string;
  title: string;
  category: string;
  date: CalendarDate;
  paragraphs: string[];
  /** Path of the source file, relative to the content folder. */
  sourcePath: string;
}

/** What one file's text yields before the folder gives it an id. */
export type ParsedArticle = Omit<Article, 'id' | 'sourcePath'>;
