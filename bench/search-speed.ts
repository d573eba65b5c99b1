// Search speed on a built site (default: the last `npm run bench` output), medians over common-word queries: the
// index bytes the search page loads when opened; the first query typed after opening and the next one (time from
// typing the last key to the first result shown, and the bytes downloaded); a third query ended with Enter, which
// searches without the typing pause; and a reader arriving with the query in the URL (from navigation to the first
// result). Usage: node bench/search-speed.ts [site folder] [added network latency in ms, default 0]

import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/tools/chromium.ts';
import { buildEnvironment } from '../tests/tools/environment.ts';
import { corpusRoot } from './corpus.ts';
import { median } from './stats.ts';

const siteDir = process.argv[2] ?? `${corpusRoot}/bench-dist`;
const latencyMs = Number(process.argv[3] ?? 0);
const port = 4390;
const queries = ['وزير الخارجية', 'الرياض', 'كأس العالم', 'الاقتصاد السعودي', 'الامطار', 'مجلس الشورى', 'النفط', 'الهلال'];

// Astro's own entry point, not `npx`, so that killing the server at the end kills the server itself.
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--port', String(port)], {
  env: buildEnvironment({ ARSHIF_OUT_DIR: siteDir }),
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 4000));
const browser = await chromium.launch({
  ...(findChromium() ? { executablePath: findChromium()! } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

type Page = import('@playwright/test').Page;

const kinds = new Map<string, number>();

/** Counts the bytes of the search index's files the page downloads from now until `stop()`. */
function countIndexBytes(page: Page) {
  let bytes = 0;
  const onResponse = async (response: import('@playwright/test').Response) => {
    if (!response.url().includes('/search-index/')) return;
    const size = (await response.body().catch(() => Buffer.alloc(0))).length;
    bytes += size;
    const kind = /\.(\w+)$/.exec(new URL(response.url()).pathname)?.[1] ?? 'other';
    kinds.set(kind, (kinds.get(kind) ?? 0) + size);
  };
  page.on('response', onResponse);
  return async () => {
    await page.waitForLoadState('networkidle');
    page.off('response', onResponse);
    return bytes;
  };
}

/**
 * Timed inside the page, so that the figures hold no round trips of the test driver: `resultsShownFor(query)`
 * resolves in the first frame where the summary names this query and a result link is in the list, with the time
 * of the reader's last key (input or keydown) before it; times are from the page's navigation start.
 */
function installResultTimer() {
  let lastKey = 0;
  for (const type of ['input', 'keydown']) addEventListener(type, () => (lastKey = performance.now()), true);
  (window as unknown as { resultsShownFor: unknown }).resultsShownFor = (query: string) =>
    new Promise<{ lastKey: number; shown: number }>((resolve) => {
      const shown = () =>
        (document.querySelector('#search-summary')?.textContent ?? '').includes(`«${query}»`) &&
        document.querySelector('pagefind-results a') !== null;
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve({ lastKey, shown: performance.now() }));
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
}

/** A page with the timer installed and, if asked, every request delayed as on a real network (Chromium's emulation). */
async function newTimedPage(context: import('@playwright/test').BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(installResultTimer);
  if (latencyMs > 0) {
    const session = await context.newCDPSession(page);
    await session.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
  }
  return page;
}
const armResultTimer = (page: Page, query: string) =>
  page.evaluate((q) => {
    const w = window as unknown as { resultsShownFor(q: string): Promise<unknown>; pendingResult: Promise<unknown> };
    w.pendingResult = w.resultsShownFor(q);
  }, query);
const resultTimer = (page: Page) =>
  page.evaluate(() => (window as unknown as { pendingResult: Promise<{ lastKey: number; shown: number }> }).pendingResult);

async function timeQuery(page: Page, query: string, { enter = false } = {}) {
  const input = page.locator('#search-query');
  // Empty the list first, so that the previous query's results cannot count as this one's.
  if ((await page.locator('pagefind-results a').count()) > 0) {
    await input.fill('');
    await input.press('Enter');
    await page.locator('pagefind-results a').first().waitFor({ state: 'detached' });
  }
  const stop = countIndexBytes(page);
  await armResultTimer(page, query);
  await input.fill(query);
  if (enter) await input.press('Enter');
  const { lastKey, shown } = await resultTimer(page);
  return { elapsed: Math.round(shown - lastKey), bytes: await stop() };
}

const figures = { open: [] as number[], cold: [] as number[], coldBytes: [] as number[], warm: [] as number[], warmBytes: [] as number[], enter: [] as number[], arriving: [] as number[] };
for (const [index, query] of queries.entries()) {
  const context = await browser.newContext();
  const page = await newTimedPage(context);
  const stopOpen = countIndexBytes(page);
  await page.goto(`http://127.0.0.1:${port}/search/`);
  figures.open.push(await stopOpen());
  const first = await timeQuery(page, query);
  const second = await timeQuery(page, queries[(index + 1) % queries.length]!);
  const third = await timeQuery(page, queries[(index + 2) % queries.length]!, { enter: true });
  figures.cold.push(first.elapsed);
  figures.coldBytes.push(first.bytes);
  figures.warm.push(second.elapsed);
  figures.warmBytes.push(second.bytes);
  figures.enter.push(third.elapsed);
  await context.close();

  // A reader arriving from a header search box: from navigation start to the first result.
  const arrival = await browser.newContext();
  const arrivingPage = await newTimedPage(arrival);
  await arrivingPage.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  await armResultTimer(arrivingPage, query);
  figures.arriving.push(Math.round((await resultTimer(arrivingPage)).shown));
  await arrival.close();
}
await browser.close();
server.kill();
const kb = (bytes: number) => Math.round(bytes / 1024);
// The typed-query times include the page's 150 ms typing pause.
console.log(`site: ${siteDir}, ${queries.length} queries, medians, ${latencyMs} ms added network latency`);
console.log(`opening the search page: ${kb(median(figures.open))} KB of index files (Pagefind's metadata and code)`);
console.log(`first query after opening: ${median(figures.cold)} ms to first result, ${kb(median(figures.coldBytes))} KB downloaded`);
console.log(`next query (warm): ${median(figures.warm)} ms to first result, ${kb(median(figures.warmBytes))} KB downloaded`);
console.log(`a query ended with Enter (warm, no typing pause): ${median(figures.enter)} ms to first result`);
console.log(`arriving with ?q= (new browser context): ${median(figures.arriving)} ms from navigation to first result`);
console.log(`bytes by file type over all runs: ${[...kinds].map(([kind, size]) => `${kind} ${kb(size)} KB`).join(', ')}`);
