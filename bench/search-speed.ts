// Search speed on a built site (default: the last `npm run bench` output): for each query, time from typing the
// last key to the first result shown, cold (new browser context) and warm (same page, second query), and the
// bytes the search downloaded. Usage: node bench/search-speed.ts [site folder]

import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/chromium.ts';
import { corpusRoot } from './corpus.ts';
import { median } from './stats.ts';

const siteDir = process.argv[2] ?? `${corpusRoot}/bench-dist`;
const port = 4390;
const queries = ['وزير الخارجية', 'الرياض', 'كأس العالم', 'الاقتصاد السعودي', 'الامطار', 'مجلس الشورى', 'النفط', 'الهلال'];

// Astro's own entry point, not `npx`, so that killing the server at the end kills the server itself.
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--port', String(port)], {
  env: { ...process.env, ARSHIF_OUT_DIR: siteDir },
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 4000));
const browser = await chromium.launch({
  ...(findChromium() ? { executablePath: findChromium()! } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

const kinds = new Map<string, number>();

async function timeQuery(page: import('@playwright/test').Page, query: string) {
  let bytes = 0;
  const onResponse = async (response: import('@playwright/test').Response) => {
    if (!response.url().includes('/search-index/')) return;
    const size = (await response.body().catch(() => Buffer.alloc(0))).length;
    bytes += size;
    const kind = /\.(\w+)$/.exec(new URL(response.url()).pathname)?.[1] ?? 'other';
    kinds.set(kind, (kinds.get(kind) ?? 0) + size);
  };
  page.on('response', onResponse);
  const input = page.locator('#search-query');
  await input.fill('');
  const started = Date.now();
  await input.fill(query);
  // Done when the summary names this query (not the previous one) and a result is shown.
  await page.locator('#search-summary').filter({ hasText: `«${query}»` }).waitFor();
  await page.locator('pagefind-results a').first().waitFor();
  const elapsed = Date.now() - started;
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return { elapsed, bytes };
}

const cold: number[] = [];
const warm: number[] = [];
const coldBytes: number[] = [];
const warmBytes: number[] = [];
for (const [index, query] of queries.entries()) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/search/`);
  await page.waitForLoadState('networkidle');
  const first = await timeQuery(page, query);
  const second = await timeQuery(page, queries[(index + 1) % queries.length]!);
  cold.push(first.elapsed);
  coldBytes.push(first.bytes);
  warm.push(second.elapsed);
  warmBytes.push(second.bytes);
  await context.close();
}
await browser.close();
server.kill();
// The measured time includes the page's 150 ms typing debounce.
console.log(`site: ${siteDir}, ${queries.length} queries`);
console.log(`cold: median ${median(cold)} ms to first result, ${Math.round(median(coldBytes) / 1024)} KB downloaded`);
console.log(`bytes by file type over all queries: ${[...kinds].map(([kind, size]) => `${kind} ${Math.round(size / 1024)} KB`).join(', ')}`);
console.log(`warm: median ${median(warm)} ms to first result, ${Math.round(median(warmBytes) / 1024)} KB downloaded`);
