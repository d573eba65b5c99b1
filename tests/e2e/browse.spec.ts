import { expect, test } from '@playwright/test';
import { seed } from './helpers.ts';

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

test('the home page lists the latest articles and pages through the rest', async ({ page }) => {
  await page.goto('');
  const list = page.locator('.article-list');
  await expect(list.getByRole('link', { name: seed.title })).toBeVisible();
  const cards = list.locator('.article-card');
  await expect(cards).toHaveCount(20);
  const dates = await list.locator('.article-card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
  expect(dates).toEqual([...dates].sort().reverse());


  // Numbered pages count from the oldest: the sample's 24 articles are pages 1 (the oldest 20) and 2 (the newest 4).
  await page.getByRole('link', { name: 'مقالات أقدم' }).click();
  await expect(page).toHaveURL(/\/page\/1\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('كل المقالات، صفحة ١');
  await expect(cards).toHaveCount(20);
  await expect(page.getByRole('link', { name: 'مقالات أقدم' })).toHaveCount(0);
  const oldest = await list.locator('.article-card time').last().getAttribute('datetime');
  expect(oldest! <= dates.at(-1)!).toBe(true);
  await page.getByRole('link', { name: 'مقالات أحدث' }).click();
  await expect(page).toHaveURL(/\/page\/2\/$/);
  await expect(cards).toHaveCount(4);
  await page.getByRole('link', { name: 'مقالات أحدث' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(list.getByRole('link', { name: seed.title })).toBeVisible();
});

test('an article links to its category page, which lists it', async ({ page }) => {
  await page.goto(seed.path);
  await page.locator('.article .meta').getByRole('link', { name: seed.category }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.category);
  await page.locator('.article-list').getByRole('link', { name: seed.title }).click();
  await expect(page).toHaveURL(new RegExp(`${seed.path}$`));
});
