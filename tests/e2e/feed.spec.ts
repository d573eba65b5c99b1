import { expect, test } from '@playwright/test';
import { absoluteUrl } from '../../src/link.ts';
import { checkRssFeed } from './feeds.ts';
import { seed } from './helpers.ts';

test('/rss.xml is valid RSS 2.0 in Arabic that holds the seed article in full', async ({ request }) => {
  const response = await request.get('rss.xml');
  expect(response.ok()).toBe(true);
  const feed = checkRssFeed(await response.text(), absoluteUrl('/rss.xml'));
  expect(feed.link).toBe(absoluteUrl('/'));
  const item = feed.items.find((entry) => entry.title === seed.title);
  expect(item?.link).toBe(absoluteUrl(`/${seed.path}`));
  expect(item?.pubDate).toMatch(/^Sun, 20 May 2018 11:14:\d\d GMT$/);
  expect(item?.category).toBe(seed.category);
  expect(item?.content.match(/<p>/g)).toHaveLength(9);
  expect(item?.content).toContain('&quot;داعش&quot;');
});

test('every category has a valid feed of its own articles, linked from the category index', async ({ page, request }) => {
  await page.goto('category/');
  const feedLinks = await page.locator('.category-index a[href$="rss.xml"]').evaluateAll((links) =>
    links.map((link) => (link as HTMLAnchorElement).href),
  );
  expect(feedLinks.length).toBeGreaterThanOrEqual(7);
  for (const url of feedLinks) {
    const path = new URL(url).pathname;
    const feed = checkRssFeed(await (await request.get(url)).text(), absoluteUrl(decodeURI(path)));
    const categories = new Set(feed.items.map((item) => item.category));
    expect(categories.size).toBe(1);
  }
});

test('category pages and articles announce their category feeds (RSS and JSON); every page the site feeds and the search', async ({ page }) => {
  const categoryFeed = `${seed.categoryPath}rss.xml`;
  for (const path of [seed.path, seed.categoryPath]) {
    await page.goto(path);
    const feeds = page.locator('link[rel="alternate"][type="application/rss+xml"]');
    await expect(feeds).toHaveCount(2);
    await expect(feeds.nth(1)).toHaveAttribute('href', `/${decodeURIComponent(categoryFeed)}`);
    const jsonFeeds = page.locator('link[rel="alternate"][type="application/feed+json"]');
    await expect(jsonFeeds).toHaveCount(2);
    await expect(jsonFeeds.nth(1)).toHaveAttribute('href', `/${decodeURIComponent(seed.categoryPath)}feed.json`);
  }
  for (const path of ['', 'category/', 'search/', 'hijri/', 'on-this-day/05-20/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
    await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', '/feed.json');
    await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', '/opensearch.xml');
  }
});

test('a feed opened in the browser reads as an RTL page that says how to subscribe', async ({ page }) => {
  await page.goto('rss.xml');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أرشيف');
  await expect(page.getByText('للاشتراك فيها انسخ عنوان هذه الصفحة')).toBeVisible();
  await expect(page.getByRole('link', { name: seed.title })).toBeVisible();
});
