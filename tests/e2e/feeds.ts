// Checks a feed the way RSS validators do, and its JSON Feed twin against the JSON Feed schema; shared by the
// sample-site, fixture-site and conformance tests.

import { expect } from '@playwright/test';
import type { Element } from '@xmldom/xmldom';
import { validateJsonFeed } from '../tools/json-feed-validator.ts';
import { childText, parseXmlStrictly } from './xml.ts';

const RFC_822_GMT = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const ABSOLUTE = /^https?:\/\/[^/]+\//;
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const ATOM_NS = 'http://www.w3.org/2005/Atom';

export interface CheckedFeed {
  link: string;
  items: { title: string; link: string; category: string; content: string; description: string; pubDate: string }[];
}

/** Parses `xml` strictly and asserts the RSS 2.0 rules feed validators check; returns what tests look at. */
export function checkRssFeed(xml: string, feedUrl: string): CheckedFeed {
  expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><\?xml-stylesheet href="[^"]+\.xsl" type="text\/xsl"\?>/);
  const feed = parseXmlStrictly(xml);
  expect(feed.documentElement?.tagName).toBe('rss');
  expect(feed.documentElement?.getAttribute('version')).toBe('2.0');
  const channels = feed.getElementsByTagName('channel');
  expect(channels.length).toBe(1);
  const channel = channels[0]!;
  for (const required of ['title', 'link', 'description']) expect(childText(channel, required)?.trim()).toBeTruthy();
  expect(childText(channel, 'link')).toMatch(ABSOLUTE);
  expect(childText(channel, 'language')).toBe('ar');
  expect(childText(channel, 'lastBuildDate')).toMatch(RFC_822_GMT);
  const self = channel.getElementsByTagNameNS(ATOM_NS, 'link')[0];
  expect(self?.getAttribute('rel')).toBe('self');
  expect(decodeURI(self?.getAttribute('href') ?? '')).toBe(decodeURI(feedUrl));

  const items = Array.from(channel.getElementsByTagName('item')) as Element[];
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThanOrEqual(50);
  const guids = items.map((item) => childText(item, 'guid'));
  expect(new Set(guids).size).toBe(items.length);
  const checked = items.map((item) => {
    const link = childText(item, 'link') ?? '';
    const guid = item.getElementsByTagName('guid')[0];
    expect(childText(item, 'title')?.trim()).toBeTruthy();
    expect(link).toMatch(ABSOLUTE);
    expect(guid?.getAttribute('isPermaLink')).toBe('true');
    expect(guid?.textContent).toBe(link);
    expect(childText(item, 'pubDate')).toMatch(RFC_822_GMT);
    const content = item.getElementsByTagNameNS(CONTENT_NS, 'encoded')[0]?.textContent ?? '';
    expect(content).toMatch(/^<p>/);
    return {
      title: childText(item, 'title') ?? '',
      link,
      category: childText(item, 'category') ?? '',
      content,
      description: childText(item, 'description') ?? '',
      pubDate: childText(item, 'pubDate') ?? '',
    };
  });
  // Newest first, and no two items at one time: a reader that sorts by time keeps the archive's order.
  const dates = checked.map((item) => Date.parse(item.pubDate));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  expect(new Set(dates).size).toBe(dates.length);
  return { link: childText(channel, 'link') ?? '', items: checked };
}

/**
 * Validates a JSON Feed against the JSON Feed 1.1 schema and checks it holds the same items as the RSS feed beside
 * it: the same links in the same order, titles, full texts, dates and categories.
 */
export function checkJsonFeed(json: string, rss: CheckedFeed, feedUrl: string): void {
  const feed = JSON.parse(json) as { version: string; feed_url: string; home_page_url: string; items: Record<string, unknown>[] };
  expect(validateJsonFeed(feed), JSON.stringify(validateJsonFeed.errors)).toBe(true);
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(decodeURI(feed.feed_url)).toBe(decodeURI(feedUrl));
  expect(feed.home_page_url).toBe(rss.link);
  expect(feed.items.map((item) => [item.url, item.title, item.content_html, Date.parse(String(item.date_published)), item.tags])).toEqual(
    rss.items.map((item) => [item.link, item.title, item.content, Date.parse(item.pubDate), [item.category]]),
  );
}
