// An article as a search record: the HTML Pagefind indexes. The indexed text is normalised (see normalize.ts);
// the title, category and date shown in results are the article's own, carried as Pagefind metadata.

import { escapeUTF8 } from 'entities';
import type { ArticleWithText } from '../article.ts';
import { periodKey } from '../archive/periods.ts';
import { attachLoneMarks, normalizeForSearch } from './normalize.ts';
import { shownText } from './shown-text.ts';

export interface SearchRecord {
  url: string;
  html: string;
  /** The indexed words as the article spells them (see shown-text.ts). */
  shown: string;
}

export interface RecordLabels {
  /** Where the article is published, base path included. */
  url: string;
  categoryName: string;
  /** The date as readers see it. */
  dateShown: string;
}

export function searchRecord(article: ArticleWithText, { url, categoryName, dateShown }: RecordLabels): SearchRecord {
  const text = (value: string) => escapeUTF8(normalizeForSearch(value));
  const year = periodKey(article.date, 'year');
  const title = attachLoneMarks(article.title);
  const paragraphs = article.paragraphs.map(attachLoneMarks);
  const html =
    `<html lang="ar"><body><main data-pagefind-body>` +
    `<h1>${text(title)}</h1>` +
    paragraphs.map((paragraph) => `<p>${text(paragraph)}</p>`).join('') +
    // Not indexed as words; read for what results show, filter and sort on.
    `<div data-pagefind-ignore>` +
    `<span data-pagefind-meta="title">${escapeUTF8(article.title)}</span>` +
    `<span data-pagefind-meta="category">${escapeUTF8(categoryName)}</span>` +
    `<span data-pagefind-meta="date">${escapeUTF8(dateShown)}</span>` +
    `<span data-pagefind-meta="published">${article.date}</span>` +
    `<span data-pagefind-filter="category">${escapeUTF8(categoryName)}</span>` +
    `<span data-pagefind-filter="year">${year}</span>` +
    `<span data-pagefind-sort="date">${article.date}</span>` +
    `</div></main></body></html>`;
  return { url, html, shown: shownText(title, paragraphs) };
}
