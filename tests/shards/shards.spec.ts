import { expect, test } from '@playwright/test';
import { shardDemo } from './settings.ts';

const [older, newer] = shardDemo.shards;
const blackHole = 'أول صورة لثقب أسود في التاريخ'; // 2019: in the newer shard
const worldCup = 'فرنسا تتوج بطلة للعالم للمرة الثانية'; // 2018: in the older shard

test('each shard publishes its own years only', async ({ page, request }) => {
  await page.goto(older!.base);
  await expect(page.locator('.article-list').getByRole('link', { name: worldCup })).toBeVisible();
  await expect(page.getByRole('link', { name: blackHole })).toHaveCount(0);
  expect((await request.get(`${newer!.base}2018/`)).status()).toBe(404);
  expect((await request.get(`${older!.base}2019/`)).status()).toBe(404);
});

for (const [from, title, home] of [
  [older!, blackHole, newer!],
  [newer!, worldCup, older!],
] as const) {
  test(`a search from shard ${from.years} finds an article of shard ${home.years}, which opens there`, async ({ page }) => {
    await page.goto(`${from.base}search/?q=${encodeURIComponent(title)}`);
    const result = page.locator('pagefind-results a').filter({ hasText: title });
    await expect(result).toHaveAttribute('href', new RegExp(`^${home.base}articles/`));
    await page.goto((await result.getAttribute('href'))!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
}
