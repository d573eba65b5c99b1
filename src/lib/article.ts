// An article as it is published: what the ingest reads from one raw file, and what every page is built from.

import type { CalendarDate } from './calendar-date.ts';

/**
 * A published article as the archive lists it. Its paragraphs are kept apart, in the article texts under
 * `textDigest` (article-texts.ts): lists, plans and cache keys need only the digest, and Astro's content store,
 * which is compiled into the build as one module, stays small.
 */
export interface Article {
  /** Stable id, used in the article's URL. */
  id: string;
  title: string;
  category: string;
  date: CalendarDate;
  /** The digest of its paragraphs: their key in the article texts. */
  textDigest: string;
}

/** What one file's text yields. */
export interface ParsedArticle {
  title: string;
  category: string;
  date: CalendarDate;
  paragraphs: string[];
}

/** An article with its paragraphs: what its page, its feed item and its search record are made from. */
export type ArticleWithText = Article & { paragraphs: string[] };
