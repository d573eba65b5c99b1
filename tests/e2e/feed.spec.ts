import { expect, test } from '@playwright/test';
import { absoluteUrl } from '../../src/link.ts';
import { seed } from './helpers.ts';
import { childText, parseXmlStrictly } from './xml.ts';

test('/rss.xml is well-formed RSS 2.0 in Arabic that holds the seed article', async ({ request }) => {
  const response = await request.get('rss.xml');
  expect(response.ok()).toBe(true);
  const feed = parseXmlStrictly(await response.text());
  expect(feed.documentElement?.getAttribute('version')).toBe('2.0');
  const channel = feed.getElementsByTagName('channel')[0]!;
  expect(childText(channel, 'language')).toBe('ar');
  const items = Array.from(channel.getElementsByTagName('item'));
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThanOrEqual(50);
  for (const item of items) expect(childText(item, 'link')).toMatch(/^https?:\/\//);
  const item = items.find((entry) => childText(entry, 'title') === seed.title);
  expect(item && childText(item, 'link')).toBe(absoluteUrl(`/${seed.path}`));
  expect(item && childText(item, 'pubDate')).toBe('Sun, 20 May 2018 00:00:00 GMT');
});
