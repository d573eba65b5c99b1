// The archive's feeds: the site feed and one per category, each as RSS 2.0 and as JSON Feed 1.1 with the same
// items (both are made from the same feed items).

import rss from '@astrojs/rss';
import { escapeAttribute } from 'entities';
import { articleTexts } from './data/archive.ts';
import {
  articlePath,
  categoryFeedPath,
  categoryJsonFeedPath,
  categoryPath,
  faviconPath,
  feedPath,
  homePath,
  jsonFeedPath,
} from './lib/archive/paths.ts';
import { withText } from './lib/article-texts.ts';
import { publishedInstant } from './lib/calendar-date.ts';
import type { SiteOverview } from './lib/plan/overview.ts';
import type { CategoryFeedProps, FeedArticle } from './lib/plan/props.ts';
import { feedItem } from './lib/syndication/feed-item.ts';
import { jsonFeed } from './lib/syndication/json-feed.ts';
import { absoluteUrl, href } from './link.ts';
import { site } from './site.ts';

interface Feed {
  title: string;
  description: string;
  /** The page the feed stands for (site path). */
  pagePath: string;
  /** The feed's own site paths. */
  rssPath: string;
  jsonPath: string;
  /** The latest articles, newest first, with the name of the category each is filed under. */
  items: readonly (FeedArticle & { categoryName: string })[];
}

export const siteFeed = ({ latest }: SiteOverview): Feed => ({
  title: site.title,
  description: site.description,
  pagePath: homePath,
  rssPath: feedPath,
  jsonPath: jsonFeedPath,
  items: latest,
});

export const categoryFeed = ({ category, items }: CategoryFeedProps): Feed => ({
  title: `${category.name} | ${site.title}`,
  description: `آخر مقالات قسم ${category.name} في ${site.title}`,
  pagePath: categoryPath(category.slug),
  rssPath: categoryFeedPath(category.slug),
  jsonPath: categoryJsonFeedPath(category.slug),
  items: items.map((item) => ({ ...item, categoryName: category.name })),
});

const itemsOf = ({ items }: Feed) =>
  items.map(({ article, categoryName, rankInDay }) =>
    feedItem(withText(articleTexts, article), absoluteUrl(articlePath(article.id)), categoryName, rankInDay),
  );

export function rssResponse(feed: Feed): Promise<Response> {
  const newest = feed.items[0];
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(feed.pagePath),
    trailingSlash: true,
    stylesheet: href('/feed.xsl'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>ar</language>',
      `<atom:link href="${escapeAttribute(absoluteUrl(feed.rssPath))}" rel="self" type="application/rss+xml"/>`,
      // The newest article's day, not the build time: the same input gives the same feed.
      ...(newest ? [`<lastBuildDate>${publishedInstant(newest.article.date, newest.rankInDay).toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: itemsOf(feed),
  });
}

export function jsonFeedResponse(feed: Feed): Response {
  const document = jsonFeed(
    {
      title: feed.title,
      description: feed.description,
      home_page_url: absoluteUrl(feed.pagePath),
      feed_url: absoluteUrl(feed.jsonPath),
      favicon: absoluteUrl(faviconPath),
      language: 'ar',
    },
    itemsOf(feed),
  );
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
