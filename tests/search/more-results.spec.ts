// On the real corpus, where a common word has hundreds of results: the list shows the best 50 and a button shows
// more. (The sample archive is too small for that.)
import { expect, test } from '@playwright/test';

const shownResults = (page: import('@playwright/test').Page) => page.locator('pagefind-results [data-pf-result-index]');
/** The links of the first five results: each is scrolled into view, as results load when they come into view. */
async function firstLinks(page: import('@playwright/test').Page): Promise<(string | null)[]> {
  const links: (string | null)[] = [];
  for (const index of [0, 1, 2, 3, 4]) {
    const result = page.locator(`pagefind-results [data-pf-result-index="${index}"]`);
    // A placeholder is replaced by its result once loaded: scroll and read again until the result is there.
    await expect(async () => {
      await result.scrollIntoViewIfNeeded({ timeout: 1000 });
      links[index] = await result.locator('a').getAttribute('href', { timeout: 1000 });
    }).toPass();
  }
  return links;
}

test('a search with many results shows the best 50, and the button shows 50 more and moves to the first of them', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('السعودية')}`);
  await expect(shownResults(page)).toHaveCount(50);
  const more = page.getByRole('button', { name: 'عرض المزيد من النتائج' });
  await expect(more).toBeVisible();
  const firstBefore = await firstLinks(page);

  await more.click();
  await expect(shownResults(page)).toHaveCount(100);
  await expect(page.locator('pagefind-results [data-pf-result-index="50"] a')).toBeFocused();
  await page.locator('pagefind-results [data-pf-result-index="0"]').scrollIntoViewIfNeeded();
  expect(await firstLinks(page)).toEqual(firstBefore); // the same best results, in the same order

  // A new search starts again from the best 50; one with few results has no button.
  await page.locator('#search-query').fill('الرياض');
  await expect(shownResults(page)).toHaveCount(50);
  await page.locator('#search-query').fill('الأوروغواي');
  await expect(page.locator('#search-summary')).toContainText('«الأوروغواي»');
  expect(await shownResults(page).count()).toBeLessThan(50);
  await expect(more).toBeHidden();
});
