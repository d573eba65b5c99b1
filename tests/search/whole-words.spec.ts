// Nonsense finds nothing once the reader presses Enter: on the real articles, a word that is no whole word of the
// archive brings only what its first letters begin (Pagefind matches word beginnings for search as you type).

import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { searchTermOf } from '../../src/lib/search/normalize.ts';
import { searchWholeWords } from '../../src/lib/search/rank.ts';
import { searchSite } from './site-settings.ts';
import { pagefindInNode } from '../tools/pagefind-in-node.ts';

const index = join(searchSite.env.ARSHIF_OUT_DIR, 'search-index');

test('Pagefind\'s runtime on the real articles: nonsense finds prefix matches as typed, nothing once submitted', async () => {
  const pagefind = await pagefindInNode(index);
  for (const nonsense of ['xyzqq', 'بلابلابلا']) {
    expect((await pagefind.search(searchTermOf(nonsense))).results.length, `${nonsense} as typed`).toBeGreaterThan(0);
    const { response, absent } = await searchWholeWords(pagefind, nonsense);
    expect(response!.results, `${nonsense} submitted`).toEqual([]);
    expect(absent).toEqual([nonsense]);
  }
  const alone = await pagefind.search(searchTermOf('الأمطار'));
  const { response, absent } = await searchWholeWords(pagefind, 'الأمطار بلابلابلا');
  expect(absent).toEqual(['بلابلابلا']);
  expect(response!.results.map(({ id }) => id).sort()).toEqual(alone.results.map(({ id }) => id).sort());
  expect(response!.results.length).toBeGreaterThan(10);
});

for (const width of [1280, 390]) {
  test(`at ${width} px, a nonsense word submitted with Enter shows no results and says the archive has no such word`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('search/');
    const query = page.locator('#search-query');
    await query.click();
    await page.keyboard.type('بلابلابلا');
    const results = page.locator('pagefind-results .search-result:not(.search-result-placeholder)');
    // As typed, word beginnings match (the reader may not have finished the word).
    await expect(results.first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-summary')).toHaveText('لا نتائج لـ «بلابلابلا»؛ لم ترد «بلابلابلا» في أي مقالة');
    await expect(results).toHaveCount(0);
    // Another word with it: that word's results, the nonsense named.
    await query.fill('الأمطار بلابلابلا');
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-summary')).toContainText('لـ «الأمطار بلابلابلا»؛ لم ترد «بلابلابلا» في أي مقالة');
    await expect(results.first()).toBeVisible();
    await page.screenshot({ path: `test-results/whole-words-${width}.png` });
  });
}
