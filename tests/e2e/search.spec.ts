import { expect, test } from '@playwright/test';
import { seed } from './helpers.ts';

test('searching for داعش finds the seed article, and the result opens it', async ({ page }) => {
  await page.goto('search/');
  await page.locator('pagefind-input input').fill('داعش');
  const result = page.locator('pagefind-results a').filter({ hasText: seed.title });
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${seed.path}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
});
