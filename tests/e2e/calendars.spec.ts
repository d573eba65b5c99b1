// Browsing by the Hijri calendar, "on this day" and the coverage charts, in Chromium on the sample archive.

import { expect, type Page, test } from '@playwright/test';
import { samplePublished, seed } from './helpers.ts';
import { parseXmlStrictly } from './xml.ts';

/** The `datetime` of every article card on the page. */
const cardDates = (page: Page) => page.locator('.article-card time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));

/** Western digits of a number written in Arabic-Indic digits. */
const latinNumber = (text: string) => Number(text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660)));

test('an article\'s Hijri date leads to its Hijri month, which spans the right Gregorian days', async ({ page }) => {
  await page.goto(seed.path);
  await page.locator('.article .meta a.hijri').click();
  await expect(page).toHaveURL(/\/hijri\/1439\/09\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('رمضان ١٤٣٩ هـ');
  // 1 Ramadan 1439 = 16 May 2018; the month has 30 days and ends on 14 June.
  await expect(page.locator('.hijri-span time')).toHaveText(['الأربعاء، ١٦ مايو ٢٠١٨', 'الخميس، ١٤ يونيو ٢٠١٨']);
  await expect(page.locator('.article-card').filter({ hasText: seed.title })).toHaveCount(1);
  for (const date of await cardDates(page)) expect(date >= '2018-05-16' && date <= '2018-06-14', date).toBe(true);
});

test('Hijri months link to the previous and next months that have articles, and back', async ({ page }) => {
  await page.goto('hijri/1439/09/');
  const next = page.locator('.period-nav a[rel="next"]');
  const nextName = (await next.textContent())!.replace(' ←', '');
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextName);
  expect(await cardDates(page)).not.toHaveLength(0);
  for (const date of await cardDates(page)) expect(date > '2018-06-14', date).toBe(true);
  await page.locator('.period-nav a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/hijri\/1439\/09\/$/);
});

test('the Hijri overview counts every article once, and each month\'s count is its page\'s articles', async ({ page }) => {
  await page.goto('hijri/');
  await expect(page.locator('thead th.marked')).toHaveText(['رمضان', 'ذو الحجة']);
  const months = await page.locator('.dates-overview td a').evaluateAll((links) =>
    links.map((link) => ({ path: (link as HTMLAnchorElement).pathname, count: link.textContent ?? '' })),
  );
  expect(months.reduce((sum, month) => sum + latinNumber(month.count), 0)).toBe(samplePublished);
  for (const month of months) {
    await page.goto(month.path);
    expect(await cardDates(page), month.path).toHaveLength(latinNumber(month.count));
  }
  await page.goto('hijri/1439/');
  await expect(page.getByRole('link', { name: 'رمضان ١٤٣٩ هـ' })).toHaveAttribute('href', '/hijri/1439/09/');
});

test('"on this day" is reached from day pages and articles, and holds that day in every year', async ({ page }) => {
  await page.goto('2018/05/20/');
  await page.locator('.on-this-day-link a').click();
  await expect(page).toHaveURL(/\/on-this-day\/05-20\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('في مثل هذا اليوم: ٢٠ مايو');
  const dates = await cardDates(page);
  expect(dates.length).toBeGreaterThan(0);
  for (const date of dates) expect(date.slice(5)).toBe('05-20');
  await expect(page.getByRole('link', { name: seed.title })).toBeVisible();

  await page.goto(seed.path);
  await page.locator('.on-this-day-link a').click();
  await expect(page).toHaveURL(/\/on-this-day\/05-20\/$/);
  await page.locator('.period-nav a[rel="next"]').click();
  await expect(page).toHaveURL(/\/on-this-day\/05-21\/$/);
  for (const date of await cardDates(page)) expect(date.slice(5)).toBe('05-21');
});

test('the date overview\'s chart shows the same count per month as the archive, gaps as zeros', async ({ page }) => {
  await page.goto('dates/');
  const chart = page.getByRole('img', { name: 'عدد المقالات في كل شهر من الأرشيف' });
  await expect(chart).toBeVisible();
  const bars = await chart.locator('rect.chart-bar').evaluateAll((rects) =>
    rects.map((rect) => ({ count: Number(rect.getAttribute('data-count')), title: rect.querySelector('title')?.textContent ?? '' })),
  );
  const table = await page.locator('.dates-overview td a').evaluateAll((links) =>
    links.map((link) => link.getAttribute('aria-label') ?? ''),
  );
  // Each month link says `مايو ٢٠١٨: ٤ مقالات`; each bar's title says the same for every month of the span.
  const withArticles = bars.filter((bar) => bar.count > 0).map((bar) => bar.title);
  expect(withArticles.sort()).toEqual([...table].sort());
  expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(samplePublished);
  expect(bars.some((bar) => bar.count === 0)).toBe(true);
  // The numbers are there as text too.
  await page.locator('.chart-numbers summary').click();
  await expect(page.locator('.chart-numbers tbody tr')).toHaveCount(bars.length);
});

test('a category\'s chart counts its articles per year as its list pages hold them', async ({ page }) => {
  await page.goto(seed.categoryPath);
  const bars = await page.locator('rect.chart-bar').evaluateAll((rects) =>
    rects.map((rect) => ({ count: Number(rect.getAttribute('data-count')), title: rect.querySelector('title')?.textContent ?? '' })),
  );
  const years: string[] = [];
  for (let url: string | null = page.url(); url; ) {
    await page.goto(url);
    years.push(...(await cardDates(page)).map((date) => date.slice(0, 4)));
    const older = page.locator('.pager a[rel="next"]');
    url = (await older.count()) > 0 ? await older.getAttribute('href') : null;
  }
  const perYear = Object.entries(Object.groupBy(years, (year) => year)).map(([year, list]) => [year, list!.length]);
  const shown = bars.filter((bar) => bar.count > 0).map((bar) => [String(latinNumber(bar.title.split(':')[0]!)), bar.count]);
  expect(shown.sort()).toEqual(perYear.sort());
});

test('the OpenSearch description lets a browser search the archive', async ({ page, request }) => {
  await page.goto('');
  const description = page.locator('link[rel="search"]');
  await expect(description).toHaveAttribute('type', 'application/opensearchdescription+xml');
  const xml = parseXmlStrictly(await (await request.get((await description.getAttribute('href'))!)).text());
  const template = [...xml.getElementsByTagName('Url')].find((url) => url.getAttribute('type') === 'text/html')?.getAttribute('template');
  expect(template).toBe('http://localhost:4321/search/?q={searchTerms}');
  // A browser fills in the terms and opens the URL: on this host the search page finds the seed article.
  const url = new URL(template!.replace('{searchTerms}', encodeURIComponent('التحالف الدولي')));
  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.locator('pagefind-results a').filter({ hasText: seed.title }).first()).toBeVisible();
});

test('at 390 px, the overviews read without zooming: chart labels legible and apart, every month in view without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  for (const path of ['dates/', seed.categoryPath]) {
    await page.goto(path);
    const labels = await page.locator('.chart-label').evaluateAll((texts) =>
      texts
        .map((text) => text.getBoundingClientRect())
        .filter((box) => box.width > 0)
        .map(({ left, right, height }) => ({ left, right, height })),
    );
    expect(labels.length, path).toBeGreaterThan(0);
    for (const label of labels) expect(label.height, `${path}: a label's height in px`).toBeGreaterThanOrEqual(11);
    const byPosition = [...labels].sort((a, b) => a.left - b.left);
    for (let index = 1; index < byPosition.length; index += 1) expect(byPosition[index]!.left, `${path}: labels overlap`).toBeGreaterThanOrEqual(byPosition[index - 1]!.right);
  }
  for (const path of ['dates/', 'hijri/']) {
    await page.goto(path);
    const region = page.locator('.table-scroll');
    expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth), path).toBeLessThanOrEqual(0);
    const cells = await page.locator('.dates-overview tbody tr').first().locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect()));
    expect(cells).toHaveLength(12);
    for (const cell of cells) expect(cell.left >= 0 && cell.right <= 390, `${path}: a month cell out of view`).toBe(true);
  }
});
