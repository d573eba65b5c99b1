// Every page of every built site passes the Nu HTML Checker (vnu-jar, run on the built files): the sample, the
// fixture site's hostile and odd input, and the search site's 5,000 real articles, whose scraped text is where a
// page that the templates alone would not break can break (~1 minute for the ~6,600 pages).

import { execFile } from 'node:child_process';
import { existsSync, globSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { builtSites } from './sites.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Each page type as a glob under a site's output folder: every built site together must have each. */
const PAGE_TYPES: Record<string, string> = {
  home: 'index.html',
  article: 'articles/*/index.html',
  'article with hostile text': 'articles/injection/index.html',
  category: 'category/*/index.html',
  'category index': 'category/index.html',
  'category year': 'category/*/[0-9][0-9][0-9][0-9]/index.html',
  'dates overview': 'dates/index.html',
  year: '[0-9][0-9][0-9][0-9]/index.html',
  month: '[0-9][0-9][0-9][0-9]/[0-9][0-9]/index.html',
  day: '[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/index.html',
  'month, page 1': '[0-9][0-9][0-9][0-9]/[0-9][0-9]/page/1/index.html',
  'hijri overview': 'hijri/index.html',
  'hijri year': 'hijri/[0-9][0-9][0-9][0-9]/index.html',
  'hijri month': 'hijri/[0-9][0-9][0-9][0-9]/[0-9][0-9]/index.html',
  'hijri month, page 1': 'hijri/[0-9][0-9][0-9][0-9]/[0-9][0-9]/page/1/index.html',
  'on this day': 'on-this-day/*/index.html',
  'on this day index': 'on-this-day/index.html',
  search: 'search/index.html',
  'not found': '404.html',
};

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

test('every page of every built site has no HTML error', async () => {
  test.setTimeout(240_000);
  const typesSeen = new Set<string>();
  const pages: string[] = [];
  for (const site of builtSites) {
    expect(existsSync(site.outDir), `${site.outDir} is built`).toBe(true);
    for (const [type, pattern] of Object.entries(PAGE_TYPES)) {
      if (globSync(pattern, { cwd: site.outDir }).length > 0) typesSeen.add(type);
    }
    pages.push(...globSync('**/*.html', { cwd: site.outDir }).map((page) => join(site.outDir, page)));
  }
  expect([...typesSeen].sort()).toEqual(Object.keys(PAGE_TYPES).sort());

  // One Java start for every site's folder, each walked whole. With --verbose vnu names each file it checks on
  // stdout; it writes its JSON report to stderr.
  const { stdout, stderr } = await promisify(execFile)(
    'java',
    ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', '--skip-non-html', '--verbose', ...builtSites.map((site) => site.outDir)],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
  // Errors; and text not in Unicode's composed form, which vnu reports as a warning: the ingest composes every text.
  const errors = messages
    .filter((message) => message.type !== 'info' || message.message.includes('Unicode Normalization Form C'))
    .map((message) => `${decodeURIComponent(message.url)}:${message.lastLine ?? '?'}: ${message.message}`);
  expect(errors).toEqual([]);
  const checked = stdout.split('\n').filter((line) => line !== '');
  expect(checked.sort()).toEqual(pages.sort());
  expect(pages.length, 'the search site\'s ~6,400 pages among them').toBeGreaterThan(6_000);
});
