// An article as an RSS item: full text in content:encoded, escaped here as HTML and again as XML by @astrojs/rss.

import type { RSSFeedItem } from '@astrojs/rss';
import { escapeUTF8 } from 'entities';
import type { ArticleWithText } from '../article.ts';
import { publishedInstant } from '../calendar-date.ts';
import { summaryOf } from '../format/text.ts';

/** The article body as HTML: every paragraph's text escaped, so no scraped markup can become markup. */
export const articleBodyHtml = (paragraphs: readonly string[]): string =>
  paragraphs.map((paragraph) => `<p>${escapeUTF8(paragraph)}</p>`).join('\n');

/** An article of a feed: its text, its page's URL, its category's name and its place in its day (see publishedInstant). */
export function feedItem(article: ArticleWithText, link: string, categoryName: string, rankInDay: number): RSSFeedItem {
  return {
    title: article.title,
    link,
    pubDate: publishedInstant(article.date, rankInDay),
    description: summaryOf(article.paragraphs, article.title),
    content: articleBodyHtml(article.paragraphs),
    categories: [categoryName],
  };
}
