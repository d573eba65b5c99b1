// The "on this day" index (/on-this-day/): the build day first (the fixture site is built for 20 May 2019, and its
// articles are of May 2018), then every day that has articles, each a link to its day page.

import { expect, test } from '@playwright/test';

for (const width of [1280, 390]) {
  test(`at ${width} px, the "on this day" index leads first to the build day, and to every day with articles`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('on-this-day/');
    const today = page.locator('.on-this-day-today');
    await expect(today.getByRole('heading', { level: 2 })).toHaveText('اليوم، 20 مايو');
    const todayLink = today.getByRole('link');
    await expect(todayLink).toHaveText(/^مقالات 20 مايو في كل السنوات \(\d+ مقالات?\)$/);
    const box = (await todayLink.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(/\/on-this-day\/05-20\/$/);

    // Back to the index by the day page's breadcrumb; then a day of the month's list.
    await page.locator('.breadcrumbs').getByRole('link', { name: 'في مثل هذا اليوم' }).click();
    await expect(page).toHaveURL(/\/on-this-day\/$/);
    const may = page.locator('.on-this-day-month').filter({ has: page.getByRole('heading', { name: 'مايو' }) });
    const days = await may.getByRole('link').evaluateAll((links) => links.map((link) => link.textContent));
    expect(days).toEqual([...days].sort((a, b) => Number(a) - Number(b)));
    const fifteenth = may.getByRole('link', { name: /^15 مايو/ });
    const dayBox = (await fifteenth.boundingBox())!;
    await page.mouse.click(dayBox.x + dayBox.width / 2, dayBox.y + dayBox.height / 2);
    await expect(page).toHaveURL(/\/on-this-day\/05-15\/$/);
  });
}
