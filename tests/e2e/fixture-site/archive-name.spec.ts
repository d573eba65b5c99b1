// The archive's name and description are the maintainer's settings (ARSHIF_TITLE, ARSHIF_DESCRIPTION), shown as
// text wherever the archive names itself: pages, JSON-LD, both feeds, OpenSearch.

import { expect, test } from '@playwright/test';
import { shortNameOf } from '../../../src/lib/syndication/opensearch.ts';
import { childText, parseXmlStrictly } from '../xml.ts';
import { fixtureSite } from './settings.ts';

const name = fixtureSite.env.ARSHIF_TITLE;
const description = fixtureSite.env.ARSHIF_DESCRIPTION;

test('pages name the archive as its settings say, as text', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveTitle(name);
  await expect(page.locator('.site-title')).toHaveText(name);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description);
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', name);
  await expect(page.locator('جريدة')).toHaveCount(0); // the name's "<جريدة>" made no element

  await page.goto('articles/levantine/');
  await expect(page).toHaveTitle(`عنوان الخبر | ${name}`);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { publisher: { name: string } };
  expect(jsonLd.publisher.name).toBe(name);
});

test('feeds and the OpenSearch description name the archive as its settings say', async ({ request }) => {
  const rss = parseXmlStrictly(await (await request.get('rss.xml')).text());
  const channel = rss.getElementsByTagName('channel')[0]!;
  expect(childText(channel, 'title')).toBe(name);
  expect(childText(channel, 'description')).toBe(description);
  const jsonFeed = (await (await request.get('feed.json')).json()) as { title: string; description: string };
  expect(jsonFeed).toMatchObject({ title: name, description });
  const openSearch = parseXmlStrictly(await (await request.get('opensearch.xml')).text());
  expect(childText(openSearch, 'ShortName')).toBe(shortNameOf(name));
  expect(childText(openSearch, 'Description')).toBe(`البحث في ${name}`);
});
