// JSON Feed 1.1 (https://jsonfeed.org/version/1.1) beside each RSS feed: made from the RSS feed's own items, so
// the two always hold the same articles, links, texts and dates.

import type { RSSFeedItem } from '@astrojs/rss';

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary?: string;
  content_html: string;
  date_published: string;
  tags?: string[];
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  favicon: string;
  language: string;
  items: JsonFeedItem[];
}

export function jsonFeedItem(item: RSSFeedItem): JsonFeedItem {
  if (item.link === undefined || item.title === undefined || item.content === undefined || item.pubDate === undefined) {
    throw new Error(`a feed item needs a link, a title, a text and a date: ${item.link ?? item.title ?? '(no link)'}`);
  }
  return {
    id: item.link,
    url: item.link,
    title: item.title,
    ...(item.description ? { summary: item.description } : {}),
    content_html: item.content,
    date_published: item.pubDate.toISOString(),
    ...(item.categories ? { tags: item.categories } : {}),
  };
}

export function jsonFeed(feed: Omit<JsonFeed, 'version' | 'items'>, items: readonly RSSFeedItem[]): JsonFeed {
  return { version: 'https://jsonfeed.org/version/1.1', ...feed, items: items.map(jsonFeedItem) };
}
