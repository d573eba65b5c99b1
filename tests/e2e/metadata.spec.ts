import { expect, test } from '@playwright/test';
import { absoluteUrl } from '../../src/link.ts';
import { samplePublished, seed } from './helpers.ts';
import { parseXmlStrictly } from './xml.ts';

test('an article page carries its description, canonical URL, OpenGraph, Twitter and NewsArticle data', async ({ page }) => {
  await page.goto(seed.path);
  const meta = (selector: string) => page.locator(`head ${selector}`).getAttribute('content');
  const canonical = absoluteUrl(`/${seed.path}`);
  await expect(page).toHaveTitle(`${seed.title} | أرشيف`);
  const description = (await meta('meta[name="description"]')) ?? '';
  expect(description.startsWith('قال نائب القائد العام')).toBe(true);
  expect(description.length).toBeLessThanOrEqual(161);
  expect(description.endsWith('…')).toBe(true);
  expect(description.at(-2)).not.toBe(' ');
  expect(decodeURI((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '')).toBe(canonical);
  expect(await meta('meta[property="og:locale"]')).toBe('ar_AR');
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:title"]')).toBe(seed.title);
  expect(await meta('meta[property="article:published_time"]')).toBe('2018-05-20');
  expect(await meta('meta[property="article:section"]')).toBe(seed.category);
  expect(await meta('meta[name="twitter:card"]')).toBe('summary');

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: seed.title,
    datePublished: '2018-05-20',
    articleSection: seed.category,
    inLanguage: 'ar',
    publisher: { '@type': 'Organization', name: 'أرشيف' },
  });
  expect(decodeURI(jsonLd.url)).toBe(canonical);
});

test('list pages are described as websites with their own canonical URL', async ({ page }) => {
  await page.goto('2018/05/');
  expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('website');
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(absoluteUrl('/2018/05/'));
});

test('the sitemap index lists every article with its date, and robots.txt points at it', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${absoluteUrl('/sitemap-index.xml')}`);
  const index = parseXmlStrictly(await (await request.get('sitemap-index.xml')).text());
  const sitemapUrls = Array.from(index.getElementsByTagName('loc')).map((loc) => loc.textContent ?? '');
  expect(sitemapUrls.length).toBeGreaterThan(0);
  const entries = new Map<string, string | undefined>();
  for (const url of sitemapUrls) {
    const sitemap = parseXmlStrictly(await (await request.get(new URL(url).pathname)).text());
    for (const entry of Array.from(sitemap.getElementsByTagName('url'))) {
      entries.set(entry.getElementsByTagName('loc')[0]?.textContent ?? '', entry.getElementsByTagName('lastmod')[0]?.textContent ?? undefined);
    }
  }
  expect(entries.get(absoluteUrl(`/${seed.path}`))).toBe('2018-05-20T00:00:00.000Z');
  expect(entries.has(absoluteUrl('/'))).toBe(true);
  expect([...entries.keys()].filter((url) => url.includes('/articles/'))).toHaveLength(samplePublished);
  for (const path of ['/dates/', '/hijri/', '/hijri/1439/', '/hijri/1439/09/', '/on-this-day/05-20/']) {
    expect(entries.has(absoluteUrl(path)), path).toBe(true);
  }
});

test('the Hijri and "on this day" pages have their own title, description and canonical URL', async ({ page }) => {
  const pages = [
    ['/hijri/', 'الأرشيف حسب التقويم الهجري | أرشيف'],
    ['/hijri/1439/', 'سنة ١٤٣٩ هـ | أرشيف'],
    ['/hijri/1439/09/', 'رمضان ١٤٣٩ هـ | أرشيف'],
    ['/on-this-day/05-20/', 'في مثل هذا اليوم: ٢٠ مايو | أرشيف'],
  ];
  for (const [path, title] of pages) {
    await page.goto(path!.slice(1));
    await expect(page).toHaveTitle(title!);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/أرشيف/);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(absoluteUrl(path!));
  }
});
