import { expect, test } from '@playwright/test';

test('articles in other encodings, line ends and month names are published with the right date (Latin digits set)', async ({ page }) => {
  await page.goto('articles/windows-1256/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('عنوان قديم');
  await expect(page.locator('.article time')).toHaveText('الأحد، 20 مايو 2018');

  await page.goto('articles/levantine/');
  await expect(page.locator('.article time')).toHaveText('الثلاثاء، 15 مايو 2018');

  await page.goto('articles/html-remnants/');
  await expect(page.locator('.article > p')).toHaveText(['الفقرة الأولى هنا.', 'الفقرة الثانية.', 'الثالثة.']);
});

test('rejected files are not published', async ({ request }) => {
  for (const id of ['empty', 'no-date', 'impossible-date', 'no-body', 'binary']) {
    expect((await request.get(`articles/${id}/`)).status()).toBe(404);
  }
});
