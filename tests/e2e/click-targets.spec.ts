// Clicking where a thing is drawn opens that thing: the mouse goes to coordinates on the screen (as a reader's
// does), never to a link's href, so an overlay or stretched hit area that covers another link is caught.

import { expect, type Locator, type Page, test } from '@playwright/test';
import { firstLineCentre, seed } from './helpers.ts';

const WIDTHS = [1280, 390] as const;

/** A point inside `box`, `dx`/`dy` from its top-left corner (negative: from the right/bottom). */
const pointIn = (box: { x: number; y: number; width: number; height: number }, dx: number, dy: number) => ({
  x: dx >= 0 ? box.x + dx : box.x + box.width + dx,
  y: dy >= 0 ? box.y + dy : box.y + box.height + dy,
});

/** Clicks the mouse at `point` and expects the page at `target` (an absolute or site-relative URL). */
async function clickAndExpect(page: Page, point: { x: number; y: number }, target: string, what: string) {
  await page.mouse.click(point.x, point.y);
  await expect(page, what).toHaveURL(new URL(target, page.url()).href);
}

/** The search page with the query's results drawn; the results inside the viewport. */
async function searchAndListVisible(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const results = page.locator('pagefind-results .search-result:not(.search-result-placeholder)');
  // Results load their data as they come into view (three-line excerpts: two or three fit on a phone).
  await expect.poll(() => results.count()).toBeGreaterThanOrEqual(2);
  const viewport = page.viewportSize()!;
  const visible: number[] = [];
  for (let index = 0; index < (await results.count()); index += 1) {
    const box = await results.nth(index).boundingBox();
    if (box && box.y >= 0 && box.y + box.height <= viewport.height) visible.push(index);
  }
  return { results, visible };
}

for (const width of WIDTHS) {
  test(`at ${width} px, a mouse click on a search result's title, excerpt or empty space opens that result`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const query = 'في';
    const { visible } = await searchAndListVisible(page, query);
    expect(visible.length, 'results visible without scrolling').toBeGreaterThanOrEqual(2);
    const picked = [...new Set([visible[0]!, visible[1]!, visible.at(-1)!])];
    for (const index of picked) {
      for (const area of ['title', 'excerpt', 'empty space'] as const) {
        const { results } = await searchAndListVisible(page, query);
        const result = results.nth(index);
        const target = (await result.locator('a.pf-result-link').getAttribute('href'))!;
        const point =
          area === 'title'
            ? await firstLineCentre(result.locator('.pf-result-title'))
            : area === 'excerpt'
              ? await firstLineCentre(result.locator('.pf-result-excerpt'))
              : // The card's inline-end corner (bottom left in RTL), inside its padding, where no text is drawn.
                pointIn((await result.boundingBox())!, 4, -4);
        await clickAndExpect(page, point, target, `result ${index + 1}'s ${area}`);
      }
    }
  });
}

/** One page of each kind the sample builds. */
const PAGE_KINDS = [`search/?q=${encodeURIComponent('في')}`, '', seed.path, 'category/', seed.categoryPath, 'dates/', '2018/', '2018/05/', 'hijri/', 'hijri/1439/', 'on-this-day/', 'on-this-day/05-20/', '404.html'];

/**
 * Every link drawn on the page, each scrolled into view: the links that the point at the middle of their first
 * line box does not reach (something else is drawn over it), as `text → what is hit`.
 */
const coveredLinks = (page: Page) =>
  page.evaluate(() => {
    const covered: string[] = [];
    for (const link of document.querySelectorAll('a[href]')) {
      const [box] = link.getClientRects();
      if (!box || box.width === 0 || getComputedStyle(link).visibility === 'hidden') continue;
      link.scrollIntoView({ block: 'center', inline: 'center' });
      const [shown] = link.getClientRects();
      const x = shown!.left + shown!.width / 2;
      const y = shown!.top + shown!.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue; // drawn off screen on purpose (the skip link)
      const hit = document.elementFromPoint(x, y);
      if (!hit || !link.contains(hit)) covered.push(`${link.textContent?.trim() ?? ''} → ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`);
    }
    return covered;
  });

for (const width of WIDTHS) {
  test(`at ${width} px, nothing is drawn over a link on any kind of page`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of PAGE_KINDS) {
      await page.goto(path);
      if (path.startsWith('search/')) await expect(page.locator('.search-result a').nth(1)).toBeVisible();
      expect(await coveredLinks(page), path || 'home').toEqual([]);
    }
  });

  test(`at ${width} px, a mouse click on a card's title, its category or the pager opens what was clicked`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const targets = [
      (card: Locator) => card.locator('.card-title a'),
      (card: Locator) => card.locator('.meta a'),
    ];
    for (const [index, linkOf] of targets.entries()) {
      await page.goto('');
      const link = linkOf(page.locator('.article-list .article-card').nth(index + 1));
      await link.scrollIntoViewIfNeeded();
      await clickAndExpect(page, await firstLineCentre(link), (await link.getAttribute('href'))!, `card ${index + 2}`);
    }
    await page.goto('');
    const older = page.locator('.pager a[rel="next"]');
    await older.scrollIntoViewIfNeeded();
    await clickAndExpect(page, await firstLineCentre(older), (await older.getAttribute('href'))!, 'the pager');
  });
}
