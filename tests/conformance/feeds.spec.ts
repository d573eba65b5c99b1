// Every RSS feed of every built site parses as strict XML and each item has a title, absolute link, guid and date.

import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkRssFeed } from '../e2e/feeds.ts';
import { builtSites } from './sites.ts';

for (const site of builtSites) {
  test(`every feed of the ${site.name} site is valid RSS with complete items`, () => {
    expect(existsSync(site.outDir), `${site.outDir} is built`).toBe(true);
    const feeds = globSync('**/rss.xml', { cwd: site.outDir }).sort();
    expect(feeds).toContain('rss.xml');
    for (const feed of feeds) checkRssFeed(readFileSync(join(site.outDir, feed), 'utf8'), new URL(feed, site.root).href);
  });
}
