import { expect, test } from '@playwright/test';
import { firstLineCentre, seed } from './helpers.ts';

test('the seed article page shows its title, category and date, right to left', async ({ page }) => {
  await page.goto(seed.path);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.locator('.article time')).toHaveText(seed.dateShown);
  await expect(page.locator('.article time')).toHaveAttribute('datetime', '2018-05-20');
  await expect(page.locator('.article p').filter({ hasText: 'داعش' }).first()).toBeVisible();
  expect(await page.locator('.article > p').count()).toBe(9);
});

test('the home page lists the latest articles and goes on in the month pages', async ({ page }) => {
  await page.goto('');
  const list = page.locator('.article-list');
  await expect(list.getByRole('link', { name: seed.title })).toBeVisible();
  const cards = list.locator('.article-card');
  await expect(cards).toHaveCount(20);
  const dates = await list.locator('.article-card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
  expect(dates).toEqual([...dates].sort().reverse());

  // The home has no numbered pages: its older articles go on in the month page that holds the next older one.
  const onHome = await list.locator('.card-title').allTextContents();
  await page.getByRole('link', { name: 'مقالات أقدم' }).click();
  await expect(page).toHaveURL(/\/\d{4}\/\d{2}\/(page\/\d+\/)?$/);
  const month = /\/(\d{4})\/(\d{2})\//.exec(page.url())!.slice(1).join('-');
  const next = await list.locator('.article-card').evaluateAll((all) =>
    all.map((card) => ({ title: card.querySelector('.card-title')?.textContent ?? '', date: card.querySelector('time')?.getAttribute('datetime') ?? '' })),
  );
  expect(next.every((card) => card.date.startsWith(month))).toBe(true);
  expect(next.some((card) => !onHome.includes(card.title) && card.date <= dates.at(-1)!)).toBe(true);
});

test('an article links to its category page, which lists it', async ({ page }) => {
  await page.goto(seed.path);
  await page.locator('.article .meta').getByRole('link', { name: seed.category }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.category);
  await page.locator('.article-list').getByRole('link', { name: seed.title }).click();
  await expect(page).toHaveURL(new RegExp(`${seed.path}$`));
});

test('a category lists its years, and a year of it lists that year\'s articles with links to its neighbouring years', async ({ page }) => {
  await page.goto(seed.categoryPath);
  await page.getByRole('navigation', { name: 'سنوات القسم' }).getByRole('link', { name: '٢٠١٨' }).click();
  await expect(page).toHaveURL(new RegExp(`${seed.categoryPath}2018/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${seed.category}، ٢٠١٨`);
  await expect(page.locator('.article-list').getByRole('link', { name: seed.title })).toBeVisible();
  const dates = await page.locator('.article-list time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(0);
  expect(dates.every((date) => date.startsWith('2018-'))).toBe(true);
  await expect(page.locator('.period-nav a[rel="prev"]')).toHaveText('→ ٢٠١٧');
  await expect(page.locator('.breadcrumbs li')).toHaveText(['الرئيسية', 'كل الأقسام', seed.category, `${seed.category}، ٢٠١٨`]);
});

for (const width of [1280, 390]) {
  test(`at ${width} px, the front page leads with the latest article and its summary, beside or above the ways into the archive`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('');
    const lead = page.locator('.article-list .article-card').first();
    await expect(lead).toHaveClass(/\blead\b/);
    const summary = (await lead.locator('.summary').textContent()) ?? '';
    expect(summary.split(' ').length).toBeGreaterThan(8);
    expect(await page.locator('.article-list .article-card .summary').count()).toBe(await page.locator('.article-list .article-card').count());

    const latest = (await page.locator('.front-latest').boundingBox())!;
    const side = (await page.locator('.front-side').boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    if (width >= 960) {
      expect(side.x + side.width, 'the side column is to the left of the latest articles').toBeLessThanOrEqual(latest.x);
      expect(Math.abs(main.x - (width - main.x - main.width)), 'the page is centred').toBeLessThanOrEqual(16); // a scroll bar at most
    } else {
      expect(side.y, 'one column: the side column comes after the latest articles').toBeGreaterThanOrEqual(latest.y + latest.height);
    }

    // The summary is the one the article's page describes itself with.
    const title = lead.locator('.card-title a');
    const { x, y } = await firstLineCentre(title);
    await page.mouse.click(x, y);
    await expect(page.locator('.article')).toBeVisible();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', summary);
  });
}
