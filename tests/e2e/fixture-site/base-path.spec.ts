import { expect, test } from '@playwright/test';
import { checkJsonFeed, checkRssFeed } from '../feeds.ts';
import { parseXmlStrictly } from '../xml.ts';
import { fixtureSite } from './settings.ts';

const origin = fixtureSite.env.ARSHIF_SITE_URL;
const base = fixtureSite.base;

test('under a base path, every link and asset of every page stays under it and resolves', async ({ page, request }) => {
  // Every page of the site, Hijri and "on this day" pages included: more than the default 30 s allows.
  test.setTimeout(120_000);
  const seen = new Set<string>();
  const fetched = new Set<string>();
  const queue = [`${origin}${base}`];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    if (!response?.headers()['content-type']?.includes('text/html')) continue;
    const references = await page.locator('[href], [src]').evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
    );
    for (const reference of references) {
      if (reference.startsWith('#')) continue;
      const target = new URL(reference, url);
      if (target.origin !== origin) continue;
      expect(target.pathname.startsWith(base), `${reference} on ${url}`).toBe(true);
      const withoutHash = target.href.replace(/#.*$/, '');
      if (target.pathname.endsWith('/')) queue.push(withoutHash);
      else if (!fetched.has(withoutHash)) {
        // Assets, feeds and the OpenSearch description are linked from every page: each is fetched once.
        fetched.add(withoutHash);
        expect((await request.get(withoutHash)).status(), `${reference} on ${url}`).toBe(200);
      }
    }
  }
  expect(seen.size).toBeGreaterThan(10);
});

test('under a base path, feeds and the sitemap use absolute URLs under it', async ({ request }) => {
  const feed = checkRssFeed(await (await request.get('rss.xml')).text(), `${origin}${base}rss.xml`);
  expect(feed.link).toBe(`${origin}${base}`);
  for (const item of feed.items) expect(item.link.startsWith(`${origin}${base}articles/`)).toBe(true);

  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${origin}${base}sitemap-index.xml`);
  const index = parseXmlStrictly(await (await request.get('sitemap-index.xml')).text());
  for (const loc of Array.from(index.getElementsByTagName('loc'))) {
    const sitemapUrl = loc.textContent ?? '';
    expect(sitemapUrl.startsWith(`${origin}${base}`)).toBe(true);
    const sitemap = parseXmlStrictly(await (await request.get(sitemapUrl)).text());
    const urls = Array.from(sitemap.getElementsByTagName('loc')).map((entry) => entry.textContent ?? '');
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(`${origin}${base}`)).toBe(true);
  }
});

test('under a base path, search finds articles and links into the base path', async ({ page }) => {
  await page.goto('search/');
  await page.locator('#search-query').fill('المحفوظ');
  const result = page.locator('pagefind-results a').filter({ hasText: 'عنوان قديم' });
  await expect(result).toHaveAttribute('href', new RegExp(`^${base}articles/windows-1256/\\?highlight=`));
});

test('under a base path, the home shows its build day in earlier years, linking to that day\'s page', async ({ page }) => {
  // The fixture site is built for 20 May 2019 (settings.ts); its articles are from May 2018.
  await page.goto('');
  const section = page.locator('section.on-this-day');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('في مثل هذا اليوم، 20 مايو');
  const dates = await section.locator('.article-card time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(dates.length).toBe(5);
  expect(new Set(dates)).toEqual(new Set(['2018-05-20']));
  const titles = await section.locator('.card-title').allTextContents();
  await section.getByRole('link', { name: 'كل مقالات هذا اليوم في سنوات الأرشيف' }).click();
  await expect(page).toHaveURL(`${origin}${base}on-this-day/05-20/`);
  // The day's page holds more of them (ten a year): the home's five first.
  expect((await page.locator('.card-title').allTextContents()).slice(0, titles.length)).toEqual(titles);
});

test('under a base path, the OpenSearch description and the JSON Feed point under it', async ({ page, request }) => {
  await page.goto('dates/');
  await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', `${base}opensearch.xml`);
  const description = parseXmlStrictly(await (await request.get('opensearch.xml')).text());
  const template = [...description.getElementsByTagName('Url')].find((url) => url.getAttribute('type') === 'text/html');
  expect(template?.getAttribute('template')).toBe(`${origin}${base}search/?q={searchTerms}`);
  const rss = checkRssFeed(await (await request.get('rss.xml')).text(), `${origin}${base}rss.xml`);
  checkJsonFeed(await (await request.get('feed.json')).text(), rss, `${origin}${base}feed.json`);
});
