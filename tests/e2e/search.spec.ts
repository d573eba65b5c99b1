import { expect, type Page, test } from '@playwright/test';
import { seed } from './helpers.ts';

const results = (page: Page) => page.locator('pagefind-results .search-result:not(.search-result-placeholder)');
const resultLink = (page: Page, title: string) => page.locator('pagefind-results a').filter({ hasText: title });

async function searchFor(page: Page, query: string) {
  await page.goto('search/');
  await page.locator('#search-query').fill(query);
}

test('a search shows title, category and date, and the result opens the article with the words highlighted', async ({ page }) => {
  await searchFor(page, 'داعش');
  const result = results(page).filter({ hasText: seed.title });
  await expect(result).toBeVisible();
  await expect(result.locator('.search-result-meta')).toHaveText(`${seed.category} · ${seed.dateShown}`);
  await expect(result.locator('mark').first()).toContainText('داعش');
  await expect(page).toHaveURL(/\/search\/\?q=%D8%AF%D8%A7%D8%B9%D8%B4$/);
  await expect(page.locator('#search-summary')).toHaveText('نتيجة واحدة لـ «داعش»');
  await resultLink(page, seed.title).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.locator('.article mark.search-highlight').first()).toHaveText('داعش');
});

test('variant spellings and digits find what the text spells otherwise', async ({ page }) => {
  const cases = [
    ['الامم المتحده', 'الأمم المتحدة تطلق نداء لجمع مساعدات إنسانية'],
    ['ابل تكشف', 'آبل تكشف عن ثلاثة هواتف iPhone جديدة'],
    ['الأوروغواي ٢٠١٨', 'منتخب مصر يستعد لمباراته الأولى في كأس العالم'],
    ['كأس العالم ۲۰۱۸', 'منتخب مصر يستعد لمباراته الأولى في كأس العالم'],
    ['إعلان', 'قائد عسكري في "التحالف الدولي": ملتزمون بتحقيق الاستقرار في العراق'],
  ];
  for (const [query, title] of cases) {
    await searchFor(page, query!);
    await expect(resultLink(page, title!), query).toBeVisible();
  }
});

test('excerpts keep the article\'s own spelling, with the words typed otherwise marked', async ({ page }) => {
  await searchFor(page, 'الامم المتحده');
  const excerpt = results(page).filter({ hasText: 'الأمم المتحدة تطلق نداء لجمع مساعدات إنسانية' }).locator('.pf-result-excerpt');
  await expect(excerpt).toContainText('أطلقت الأمم المتحدة نداء لجمع 2.5 مليار دولار');
  await expect(excerpt.locator('mark').first()).toHaveText('الأمم');
});

test('the query and sort live in the URL: reloading or sharing restores the search', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 2000 }); // results load as they come into view: room for all
  await searchFor(page, 'دولار');
  await expect(results(page).first()).toBeVisible();
  await page.locator('#search-sort').selectOption('date:desc');
  await expect(page).toHaveURL(/\?q=.+&sort=date%3Adesc$/);
  const dates = async () => results(page).locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  // The list is emptied while the new order loads: wait for a full list, newest first.
  const newestFirst = async () => {
    const shown = await dates();
    return shown.length > 3 && shown.join() === [...shown].sort().reverse().join();
  };
  await expect.poll(newestFirst).toBe(true);
  const sorted = await dates();

  await page.reload();
  await expect(page.locator('#search-query')).toHaveValue('دولار');
  await expect(page.locator('#search-sort')).toHaveValue('date:desc');
  await expect.poll(dates).toEqual(sorted);
});

test('a query ended with Enter is searched at once, and not again when the typing pause ends', async ({ page }) => {
  // Every search the page runs records it in the URL (history.replaceState): count them.
  await page.addInitScript(() => {
    const replaceState = history.replaceState.bind(history);
    (window as unknown as { searches: number }).searches = 0;
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      (window as unknown as { searches: number }).searches += 1;
      replaceState(...args);
    };
  });
  await searchFor(page, 'دولار');
  await expect(results(page).first()).toBeVisible(); // the page is ready: typing is now searched after a pause
  await page.evaluate(() => ((window as unknown as { searches: number }).searches = 0));
  // Typed and submitted in one step inside the page: from the test driver, a loaded machine can let the typing
  // pause pass between the two.
  await page.locator('#search-query').evaluate((input: HTMLInputElement, text) => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.form!.requestSubmit();
  }, 'الأمم المتحدة');
  await expect(results(page).first()).toBeVisible();
  await page.waitForTimeout(500); // longer than the typing pause
  expect(await page.evaluate(() => (window as unknown as { searches: number }).searches)).toBe(1);
});

test('filters, loaded when the reader opens them, narrow the results by category and year', async ({ page }) => {
  const filterRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/search-index\/filter\//.test(request.url())) filterRequests.push(request.url());
  });
  await searchFor(page, 'دولار');
  await expect.poll(() => results(page).count()).toBeGreaterThan(2);
  // Clearing the box empties the list (the Component UI reloads the filters there unless told otherwise).
  await page.locator('#search-query').fill('');
  await expect(results(page)).toHaveCount(0);
  await page.locator('#search-query').fill('دولار');
  await expect.poll(() => results(page).count()).toBeGreaterThan(2);
  await expect(page.getByRole('combobox', { name: 'القسم' })).toBeHidden();
  expect(filterRequests).toEqual([]);
  await page.getByText('تضييق النتائج حسب القسم أو السنة').click();
  await expect(page.getByRole('combobox', { name: 'القسم' })).toBeVisible();
  expect(filterRequests.length).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: 'القسم' }).click();
  await page.getByRole('option', { name: /^تكنولوجيا/ }).click();
  await page.getByRole('combobox', { name: /^القسم/ }).click(); // closes the list
  await expect(results(page)).toHaveCount(2);
  for (const meta of await results(page).locator('.search-result-meta').allTextContents()) expect(meta).toMatch(/^تكنولوجيا ·/);

  await page.getByRole('combobox', { name: 'السنة' }).click();
  await page.getByRole('option', { name: /^2018/ }).click();
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).locator('time')).toHaveAttribute('datetime', /^2018-/);
});

test('the header search box leads to the search page, with or without JavaScript', async ({ browser }) => {
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(seed.path);
    await page.locator('#site-search').fill('داعش');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(page.locator('#search-query')).toHaveValue(javaScriptEnabled ? 'داعش' : '');
    if (javaScriptEnabled) await expect(resultLink(page, seed.title)).toBeVisible();
    await context.close();
  }
});

test('only article text is indexed: navigation and footer words find nothing', async ({ page }) => {
  for (const query of ['اشترك', 'الأقسام']) {
    await searchFor(page, query);
    await expect(page.locator('#search-summary')).toHaveText(`لا نتائج لـ «${query}»`);
    await expect(results(page)).toHaveCount(0);
  }
});

test('words typed while the search loads are searched as typed; Enter then submits them', async ({ page }) => {
  // Pagefind held back, as on a slow connection: the reader types before the page's search is ready.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/search-index/pagefind.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('search/');
  await page.locator('#search-query').fill('اشترك');
  release();
  await expect(page.locator('#search-summary')).toHaveText('لا نتائج لـ «اشترك»');
  // Submitted, a word that is no whole word of any article is named as such.
  await page.locator('#search-query').press('Enter');
  await expect(page.locator('#search-summary')).toHaveText('لا نتائج لـ «اشترك»؛ لم ترد «اشترك» في أي مقالة');
});

for (const width of [1280, 390]) {
  test(`at ${width} px, results read as text: excerpts of two or three lines in the text column, no image placeholders`, async ({ page }) => {
    // Every element the results list ever holds, placeholders included, is checked for image squares.
    await page.addInitScript(() => {
      (window as unknown as { imagePlaceholders: number }).imagePlaceholders = 0;
      new MutationObserver(() => {
        if (document.querySelector('pagefind-results .pf-skeleton-image, pagefind-results img')) (window as unknown as { imagePlaceholders: number }).imagePlaceholders += 1;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.setViewportSize({ width, height: 1800 }); // results load as they come into view: room for several
    await searchFor(page, 'في');
    // Results load their data as they are scrolled into view: the ones loaded (with their link) are checked.
    const loaded = results(page).filter({ has: page.locator('a.pf-result-link') });
    await expect.poll(() => loaded.count()).toBeGreaterThan(3);
    const column = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize) * 40); // --measure: 40rem
    for (const excerpt of await loaded.locator('.pf-result-excerpt').all()) {
      const { width: drawn, lines } = await excerpt.evaluate((element) => ({
        width: element.getBoundingClientRect().width,
        lines: Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)),
      }));
      expect(drawn).toBeLessThanOrEqual(column);
      expect(lines).toBeGreaterThanOrEqual(2);
      expect(lines).toBeLessThanOrEqual(3);
    }
    expect(await page.evaluate(() => (window as unknown as { imagePlaceholders: number }).imagePlaceholders)).toBe(0);
  });
}

test('a chosen filter has a visible clear control that a mouse click clears, and none while nothing is chosen', async ({ page }) => {
  await searchFor(page, 'دولار');
  await expect.poll(() => results(page).count()).toBeGreaterThan(2);
  const unfiltered = (await page.locator('#search-summary').textContent()) ?? ''; // "N نتائج لـ «دولار»"
  await page.getByText('تضييق النتائج حسب القسم أو السنة').click();
  const clear = page.getByRole('button', { name: 'امسح القسم' });
  await expect(clear).toBeHidden();
  await page.getByRole('combobox', { name: 'القسم' }).click();
  await page.getByRole('option', { name: /^تكنولوجيا/ }).click();
  await page.getByRole('combobox', { name: /^القسم/ }).click(); // closes the list
  await expect(results(page)).toHaveCount(2);
  await expect(clear).toBeVisible();
  expect(await clear.evaluate((button) => parseFloat(getComputedStyle(button).fontSize))).toBeGreaterThanOrEqual(14);
  const box = (await clear.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('#search-summary')).toHaveText(unfiltered);
  await expect(clear).toBeHidden();
});
