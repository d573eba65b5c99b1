// Every RSS feed of every built site parses as strict XML and each item has a title, absolute link, guid and date;
// beside each, a JSON Feed that validates against the JSON Feed 1.1 schema and holds the same items.

import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkJsonFeed, checkRssFeed } from '../e2e/feeds.ts';
import { builtSites } from './sites.ts';

for (const site of builtSites) {
  test(`every feed of the ${site.name} site is valid RSS with complete items, and has a JSON Feed with the same items`, () => {
    expect(existsSync(site.outDir), `${site.outDir} is built`).toBe(true);
    const feeds = globSync('**/rss.xml', { cwd: site.outDir }).sort();
    expect(feeds).toContain('rss.xml');
    for (const feed of feeds) {
      const rss = checkRssFeed(readFileSync(join(site.outDir, feed), 'utf8'), new URL(feed, site.root).href);
      const jsonFeed = feed.replace(/rss\.xml$/, 'feed.json');
      checkJsonFeed(readFileSync(join(site.outDir, jsonFeed), 'utf8'), rss, new URL(jsonFeed, site.root).href);
    }
    expect(globSync('**/feed.json', { cwd: site.outDir })).toHaveLength(feeds.length);
  });
}
