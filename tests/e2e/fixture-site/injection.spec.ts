import { expect, type Page, test } from '@playwright/test';
import { categorySlug } from '../../../src/lib/archive/categories.ts';
import { checkRssFeed } from '../feeds.ts';
import { fixtureSite } from './settings.ts';

// tests/fixtures/injection.txt: markup, `]]>`, quotes and `onerror=` in the title, category and body.
const title = `<script>alert('title')</script> "عنوان" ]]> <img src=x onerror=alert(1)>`;
const category = `<script>alert('category')</script> ]]>`;
const bodyPart = `</script><script>alert('body')</script>`;

/** Fails the test if anything on the page runs a dialog, throws, or logs an error. */
function watchForExecution(page: Page): string[] {
  const incidents: string[] = [];
  page.on('dialog', async (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') incidents.push(`console error: ${message.text()}`);
  });
  return incidents;
}

test('hostile text is shown literally on the article, list and category pages, and nothing runs', async ({ page }) => {
  const incidents = watchForExecution(page);
  await page.goto('articles/injection/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.article .meta a[href*="/category/"]')).toHaveText(category);
  await expect(page.locator('.article > p').first()).toContainText(bodyPart);
  await expect(page.locator('img')).toHaveCount(0);
  expect(await page.title()).toContain(title);

  // Its category holds it alone, so its list shows it whatever the page size.
  await page.goto(`category/${categorySlug(category)}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(category);
  await expect(page.locator('.article-list').getByRole('link', { name: title })).toBeVisible();
  expect(incidents).toEqual([]);
});

test('hostile text in the JSON-LD cannot end its script element', async ({ page }) => {
  await page.goto('articles/injection/');
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const data = JSON.parse((await scripts.textContent()) ?? '{}');
  expect(data.headline).toBe(title);
  expect(data.articleSection).toBe(category);
});

test('hostile text survives the feed as text', async ({ request }) => {
  const feedUrl = `${fixtureSite.env.ARSHIF_SITE_URL}${fixtureSite.base}rss.xml`;
  const item = checkRssFeed(await (await request.get('rss.xml')).text(), feedUrl).items.find((entry) => entry.title === title);
  expect(item?.category).toBe(category);
  expect(item?.description).toContain(bodyPart);
  // content:encoded is HTML: the hostile text in it is escaped once more, so it stays text for feed readers.
  expect(item?.content).toContain('&lt;/script&gt;&lt;script&gt;alert(&apos;body&apos;)&lt;/script&gt;');
  expect(item?.content).toContain(']]&gt;');
  expect(item?.content).not.toMatch(/<(?!\/?p>)/);
});

test('searching for hostile text shows it literally and runs nothing', async ({ page }) => {
  const incidents = watchForExecution(page);
  await page.goto('search/');
  await page.locator('#search-query').fill('onerror');
  const result = page.locator('pagefind-results a').filter({ hasText: "alert('title')" });
  await expect(result).toHaveText(title);
  await expect(page.locator('pagefind-results img')).toHaveCount(0);
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(incidents).toEqual([]);
});
