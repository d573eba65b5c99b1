// Every page the hostile fixture site publishes opens in a reader's browser: no article, however large its file,
// makes a page that Chromium cannot lay out (see ARTICLE_BOUNDS in src/lib/ingest/parse-article.ts).

import { expect, test } from '@playwright/test';
import { parseXmlStrictly } from '../xml.ts';

/** Generous beside the ~1 s the largest page takes here; a page past the bounds took minutes or never opened. */
const OPENS_WITHIN_MS = 10_000;

const locsOf = (xml: string) => Array.from(parseXmlStrictly(xml).getElementsByTagName('loc')).map((loc) => loc.textContent ?? '');

for (const width of [1280, 390]) {
  test(`at ${width} px, every page of the fixture site reaches DOMContentLoaded within ${OPENS_WITHIN_MS / 1000} s`, async ({ page, request }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 900 });
    const sitemaps = locsOf(await (await request.get('sitemap-index.xml')).text());
    const pages = (await Promise.all(sitemaps.map(async (sitemap) => locsOf(await (await request.get(sitemap)).text())))).flat();
    expect(pages.some((url) => url.endsWith('/articles/long-paragraph/')), 'the article near the bounds is published').toBe(true);
    for (const url of pages) {
      const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: OPENS_WITHIN_MS });
      expect(response?.status(), url).toBe(200);
    }
  });
}

test('oversized files are rejected, not published', async ({ request }) => {
  for (const id of ['oversized-one-line', 'oversized-title', 'oversized-text']) expect((await request.get(`articles/${id}/`)).status(), id).toBe(404);
});
