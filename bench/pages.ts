// Page speed: Lighthouse (its default mobile preset: a mid-range phone, throttled) on five page types of the
// real-text site (tests/data/ plus the sample, built by `npm run build:search-site`), served by `astro preview`,
// in Debian's Chromium. Medians over runs of the performance score, the layout shift, the largest paint and the
// bytes, fonts apart. Prints a Markdown table; BENCHMARKS.md records it. Usage: node bench/pages.ts [runs, default 3]

import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { searchSite } from '../tests/search/site-settings.ts';
import { findChromium } from '../tests/tools/chromium.ts';
import { buildEnvironment } from '../tests/tools/environment.ts';
import { median } from './stats.ts';

const runs = Number(process.argv[2] ?? 3);
const port = 4391;
const origin = `http://127.0.0.1:${port}`;

// Astro's own entry point, not `npx`, so that killing the server at the end kills the server itself.
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
  env: buildEnvironment(searchSite.env),
  stdio: 'ignore',
});

/** The first link on `path` whose href matches, as a site path. */
async function firstLink(path: string, pattern: RegExp): Promise<string> {
  const html = await (await fetch(`${origin}${path}`)).text();
  const href = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!).find((candidate) => pattern.test(candidate));
  if (!href) throw new Error(`no link like ${pattern} on ${path}`);
  return href;
}

try {
  for (let attempt = 0; ; attempt += 1) {
    if ((await fetch(origin).catch(() => undefined))?.ok) break;
    if (attempt > 60) throw new Error(`astro preview did not answer at ${origin}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const pages: [string, string][] = [
    ['home', '/'],
    ['article', await firstLink('/', /^\/articles\//)],
    ['category', await firstLink('/category/', /^\/category\/[^/]+\/$/)],
    ['month', await firstLink('/dates/', /^\/\d{4}\/\d{2}\/$/)],
    ['search with a query', `/search/?q=${encodeURIComponent('الرياض')}`],
  ];
  const chrome = await chromeLauncher.launch({
    ...(findChromium() ? { chromePath: findChromium()! } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const rows: string[] = [];
  try {
    for (const [name, path] of pages) {
      const samples: { score: number; cls: number; lcp: number; tbt: number; total: number; fonts: number; css: number }[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(`${origin}${path}`, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
        const { audits, categories } = result!.lhr;
        // The network-requests table's rows (Lighthouse types them as generic table items).
        const requests = (audits['network-requests']?.details as unknown as { items: { resourceType: string; transferSize: number }[] }).items;
        const bytesOf = (type: string) => requests.filter((request) => request.resourceType === type).reduce((sum, request) => sum + request.transferSize, 0);
        samples.push({
          score: Math.round((categories.performance?.score ?? 0) * 100),
          cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
          lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbt: audits['total-blocking-time']?.numericValue ?? NaN,
          total: audits['total-byte-weight']?.numericValue ?? NaN,
          fonts: bytesOf('Font'),
          css: bytesOf('Stylesheet'),
        });
      }
      const m = (pick: (sample: (typeof samples)[number]) => number) => median(samples.map(pick));
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
      rows.push(
        `| ${name} | ${samples.map((sample) => sample.score).join(', ')} | ${m((s) => s.score)} | ${m((s) => s.cls).toFixed(3)} | ` +
          `${(m((s) => s.lcp) / 1000).toFixed(1)} s | ${Math.round(m((s) => s.tbt))} ms | ${kb(m((s) => s.fonts))} | ${kb(m((s) => s.css))} | ${kb(m((s) => s.total))} |`,
      );
      console.error(rows.at(-1));
    }
  } finally {
    chrome.kill();
  }
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, ${runs} runs a page, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| page | performance (runs) | median | CLS | LCP | TBT | fonts | stylesheets | all bytes |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  server.kill();
}
