import { expect, test } from '@playwright/test';
import { seed } from './helpers.ts';

test('the home page shows the latest of every category and links to all categories and the date archive', async ({ page }) => {
  await page.goto('');
  const blocks = page.locator('.category-block');
  await expect(blocks).toHaveCount(7);
  const seedBlock = blocks.filter({ has: page.getByRole('heading', { name: seed.category }) });
  await expect(seedBlock.locator('.article-card')).toHaveCount(3);
  await page.getByRole('link', { name: 'كل الأقسام' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الأقسام');
  await expect(page.locator('.category-index li')).toHaveCount(7);
  await expect(page.locator('.category-index li').filter({ hasText: 'رياضة' })).toContainText('(٤ مقالات)');
  await page.goto('');
  await page.getByRole('link', { name: 'الأرشيف حسب التاريخ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الأرشيف حسب التاريخ');
});

test('each month of the date overview is a link the size of its cell, big enough to tap (24 × 24 px)', async ({ page }) => {
  await page.goto('dates/');
  const months = page.locator('.dates-overview td a');
  expect(await months.count()).toBeGreaterThan(5);
  for (const box of await months.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
});

test('the date archive goes from the overview to a year, a month and a day, with counts and neighbours', async ({ page }) => {
  await page.goto('dates/');
  const row2018 = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /٢٠١٨/ }) });
  await expect(row2018.getByRole('rowheader')).toContainText('(١٥ مقالة)');
  await row2018.getByRole('link', { name: 'مايو ٢٠١٨: ٥ مقالات' }).click();
  await expect(page).toHaveURL(/\/2018\/05\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مايو ٢٠١٨');
  await expect(page.getByText('٥ مقالات', { exact: true })).toBeVisible();
  await expect(page.locator('.period-nav a[rel="prev"]')).toHaveText('→ أبريل ٢٠١٨');
  await expect(page.locator('.period-nav a[rel="next"]')).toHaveText('يونيو ٢٠١٨ ←');

  await page.getByRole('link', { name: 'الأحد، ٢٠ مايو ٢٠١٨' }).click();
  await expect(page).toHaveURL(/\/2018\/05\/20\/$/);
  await expect(page.locator('.article-list').getByRole('link', { name: seed.title })).toBeVisible();
  await expect(page.locator('.period-nav a[rel="prev"]')).toHaveText('→ الثلاثاء، ١٥ مايو ٢٠١٨');

  await page.locator('.breadcrumbs').getByRole('link', { name: '٢٠١٨', exact: true }).click();
  await expect(page).toHaveURL(/\/2018\/$/);
  await expect(page.locator('.period-nav a[rel="prev"]')).toHaveText('→ ٢٠١٧');
  await expect(page.locator('.period-nav a[rel="next"]')).toHaveText('٢٠١٩ ←');
  await expect(page.locator('.subperiods li')).toHaveCount(10);
});

test('periods without articles are not pages, and neither are pages past the last nor numbered pages of the home or a year', async ({ request }) => {
  for (const path of ['2018/01/', '2018/05/19/', '2016/', 'page/1/', '2018/page/1/', `${seed.categoryPath}page/2/`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('an article shows Gregorian and Hijri dates, reading time, breadcrumbs, neighbours and related articles', async ({ page }) => {
  await page.goto(seed.path);
  await expect(page.locator('.article .hijri')).toHaveText('٥ رمضان ١٤٣٩ هـ');
  await expect(page.locator('.article .reading-time')).toHaveText('دقيقتا قراءة');
  const crumbs = page.locator('.breadcrumbs li');
  await expect(crumbs).toHaveText(['الرئيسية', seed.category, seed.title]);
  await expect(crumbs.last()).toHaveAttribute('aria-current', 'page');

  const newer = page.locator('.article-neighbours a[rel="next"]');
  const older = page.locator('.article-neighbours a[rel="prev"]');
  // Same category, newest first: the UN article (same day, smaller id), the seed, then 15 May 2018.
  await expect(newer).toContainText('الأمم المتحدة تطلق نداء لجمع مساعدات إنسانية');
  await expect(older).toContainText('قمة طارئة لوزراء الخارجية العرب في القاهرة');
  await older.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('قمة طارئة لوزراء الخارجية العرب في القاهرة');
  await expect(page.locator('.article time')).toHaveAttribute('datetime', '2018-05-15');
  await page.locator('.article-neighbours a[rel="next"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.locator('.related .article-card')).toHaveText([/انتخابات بلدية في الأردن/]);
});

test('Latin runs in Arabic text are isolated', async ({ page }) => {
  await page.goto('');
  await page.locator('.article-list').getByRole('link', { name: 'آبل تكشف عن ثلاثة هواتف iPhone جديدة' }).click();
  await expect(page.locator('h1 bdi')).toHaveText('iPhone');
  await expect(page.locator('article > p bdi').first()).toHaveText('Apple');
});

test('list pages run no script; article pages only the highlighter, which loads nothing on a plain visit', async ({ page }) => {
  for (const path of ['', seed.categoryPath, '2018/05/', 'dates/']) {
    await page.goto(path);
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  }
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(seed.path);
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('search-index'))).toEqual([]);
});

test('a missing page answers 404 in Arabic and offers one search box', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await page.locator('#not-found-search').fill('داعش');
  await page.locator('#not-found-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
});

test('every page type fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['', seed.path, 'category/', seed.categoryPath, 'dates/', 'hijri/', '2018/', '2018/05/20/', 'on-this-day/', 'search/', 'no-such/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('an article prints as the article alone, with the archive\'s name and its permalink', async ({ page }) => {
  await page.goto(seed.path);
  await expect(page.locator('.print-source')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-source')).toBeVisible();
  await expect(page.locator('.print-source')).toHaveText(`أرشيف · ${new URL(seed.path, 'http://localhost:4321/').href}`);
  for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.article-neighbours', '.related']) {
    await expect(page.locator(selector)).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.article > p').first()).toBeVisible();
});

test('a line of facts that wraps never leaves its dot alone at the end of a line', async ({ page }) => {
  /** The dots (·) of the main content drawn on a line before the part they introduce. */
  const loneDots = () =>
    page.evaluate(() => {
      const lone: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const at = text.lastIndexOf('·');
        if (at === -1 || text.slice(at + 1).trim() !== '' || !(node.nextSibling instanceof Element)) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const dot = range.getBoundingClientRect();
        const next = node.nextSibling.getClientRects()[0];
        if (next && Math.abs(next.top - dot.top) > dot.height / 2) lone.push(`${text.trim()} | ${node.nextSibling.textContent}`);
      }
      return lone;
    });
  // Every phone width, a few pixels apart: some width wraps each line at each of its dots.
  for (const path of [seed.path, '', seed.categoryPath, 'category/']) {
    await page.goto(path);
    for (let width = 300; width <= 480; width += 4) {
      await page.setViewportSize({ width, height: 800 });
      expect(await loneDots(), `${path || 'home'} at ${width} px`).toEqual([]);
    }
  }
});

test('a line of facts breaks between its facts, never inside a date, a Hijri date or a reading time', async ({ page }) => {
  const facts = () => page.locator('main').locator(':is(.meta, .search-result-meta) :is(time, .hijri, .reading-time)');
  /** The facts drawn on more than one line (a fact's digits are boxes of their own, on its line). */
  const brokenFacts = () =>
    facts().evaluateAll((elements) =>
      elements
        .filter((fact) => {
          const boxes = [...fact.getClientRects()];
          return boxes.some((box) => Math.abs(box.top - boxes[0]!.top) > box.height / 2);
        })
        .map((fact) => fact.textContent),
    );
  for (const path of [seed.path, '', seed.categoryPath, `search/?q=${encodeURIComponent('العراق')}`]) {
    await page.goto(path);
    await expect(facts().first(), path).toBeVisible();
    for (let width = 300; width <= 480; width += 4) {
      await page.setViewportSize({ width, height: 800 });
      expect(await brokenFacts(), `${path || 'home'} at ${width} px`).toEqual([]);
    }
  }
});

test('an article\'s text is set for Naskh: 19 px on a phone, 20 px on a desktop, with tall lines', async ({ page }) => {
  for (const [width, size] of [[390, 19], [1280, 20]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(seed.path);
    const { fontSize, lineHeight } = await page.locator('.article > p').first().evaluate((p) => ({
      fontSize: parseFloat(getComputedStyle(p).fontSize),
      lineHeight: parseFloat(getComputedStyle(p).lineHeight),
    }));
    expect(fontSize, `${width} px`).toBeCloseTo(size, 1);
    expect(lineHeight / fontSize).toBeGreaterThanOrEqual(1.8);
  }
});

test('a page of Arabic text loads at most 70 KB of fonts, one weight, its Latin face drawn smaller to sit with the Arabic', async ({ page }) => {
  const fonts: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    if (request.resourceType() === 'font') fonts.push({ url: request.url(), bytes: (await request.sizes()).responseBodySize });
  });
  for (const path of [seed.path, '']) {
    fonts.length = 0;
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    expect(fonts.map((font) => font.url).filter((url) => /-(500|600|700)-normal/.test(url)), path).toEqual([]);
    expect(fonts.reduce((sum, font) => sum + font.bytes, 0), path).toBeLessThanOrEqual(70 * 1024);
  }
  // FontFace.sizeAdjust is newer than TypeScript's DOM types.
  const latinSize = await page.evaluate(() => ([...document.fonts].find((face) => face.unicodeRange.startsWith('U+0-FF')) as (FontFace & { sizeAdjust: string }) | undefined)?.sizeAdjust);
  expect(latinSize).toBe('88%');
});
