// One RSS 2.0 response for a list of articles: the site feed and every category feed are made here.

import rss from '@astrojs/rss';
import { escapeAttribute } from 'entities';
import type { Article } from './lib/article.ts';
import { articlePath } from './lib/archive/paths.ts';
import { publishedInstant } from './lib/calendar-date.ts';
import { feedItem } from './lib/syndication/feed-item.ts';
import { absoluteUrl, href } from './link.ts';

interface FeedOptions {
  title: string;
  description: string;
  /** The page the feed stands for (site path). */
  pagePath: string;
  /** The feed's own site path. */
  feedPath: string;
  /** The latest articles, newest first, with the name of the category each is filed under. */
  items: readonly { article: Article; categoryName: string }[];
}

export function articleFeed({ title, description, pagePath, feedPath, items }: FeedOptions): Promise<Response> {
  const newest = items[0]?.article;
  return rss({
    title,
    description,
    site: absoluteUrl(pagePath),
    trailingSlash: true,
    stylesheet: href('/feed.xsl'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>ar</language>',
      `<atom:link href="${escapeAttribute(absoluteUrl(feedPath))}" rel="self" type="application/rss+xml"/>`,
      // The newest article's day, not the build time: the same input gives the same feed.
      ...(newest ? [`<lastBuildDate>${publishedInstant(newest.date).toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: items.map(({ article, categoryName }) => feedItem(article, absoluteUrl(articlePath(article.id)), categoryName)),
  });
}
