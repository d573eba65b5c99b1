// A long list says where the reader is in it: "page X of N" with links to its first and last pages (the fixture
// site lists 3 articles a page, so its month of May 2018 has 3 pages).

import { expect, type Page, test } from '@playwright/test';

const position = (page: Page) => page.locator('.pager-position');
const pagerLink = (page: Page, name: string) => page.locator('.pager').getByRole('link', { name, exact: true });

/** A mouse click at the middle of the pager link, as a reader clicks it. */
async function click(page: Page, name: string) {
  const box = (await pagerLink(page, name).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

for (const width of [1280, 390]) {
  test(`at ${width} px, a month's pages say which page of how many they are, and lead to the first and the last`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('2018/05/');
    await expect(position(page)).toHaveText('الصفحة 1 من 3');
    await expect(pagerLink(page, 'الصفحة الأولى')).toHaveCount(0);

    await click(page, 'مقالات أقدم');
    await expect(page).toHaveURL(/\/2018\/05\/page\/2\/$/);
    await expect(position(page)).toHaveText('الصفحة 2 من 3');
    await expect(pagerLink(page, 'الصفحة الأولى')).toBeVisible();

    await click(page, 'الصفحة الأخيرة');
    await expect(page).toHaveURL(/\/2018\/05\/page\/1\/$/);
    await expect(position(page)).toHaveText('الصفحة 3 من 3');
    await expect(pagerLink(page, 'الصفحة الأخيرة')).toHaveCount(0);

    await click(page, 'الصفحة الأولى');
    await expect(page).toHaveURL(/\/2018\/05\/$/);
    await expect(position(page)).toHaveText('الصفحة 1 من 3');
  });
}
