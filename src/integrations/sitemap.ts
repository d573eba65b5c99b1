// The sitemap: an index (sitemap-index.xml) of files of at most 45,000 URLs (sitemap-0.xml, …), written by the
// `sitemap` package from the pages Astro built, with each article's date as its lastmod. Written here rather than
// by @astrojs/sitemap, whose sort compares URLs with `localeCompare(…, 'en', { numeric: true })`: a collator made
// for every comparison, 8.6 s of every 100k build. One collator of the same locale and options gives the same order.

import { createHash } from 'node:crypto';
import { createWriteStream, readFileSync, rmSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SitemapAndIndexStream, SitemapStream, type SitemapItemLoose } from 'sitemap';
import { keepOrMake } from '../lib/digest-stamp.ts';
import { articleDatesPath, readArticleDates } from '../lib/ingest/ingest-record.ts';
import { sourceDigest } from '../lib/source-digest.ts';
import { writeFileWhole } from '../lib/write-file-whole.ts';

const URLS_PER_FILE = 45_000;
const ARTICLE_PATH = /(?:^|\/)articles\/([^/]+)\/$/;
/** Error pages are not pages to index. */
const ERROR_PAGE = /^(?:404|500)\/?$/;
const INDEX_FILE = 'sitemap-index.xml';
const sitemapFile = (index: number) => `sitemap-${index}.xml`;

/** The pages a sitemap lists. */
const listedPages = (pathnames: readonly string[]): string[] => pathnames.filter((pathname) => !ERROR_PAGE.test(pathname));

/**
 * The sitemap's entries, in URL order: absolute URLs of `pathnames` (relative to the site's root, as Astro gives
 * them), each article's with its date.
 */
export function sitemapEntries(pathnames: readonly string[], root: URL, dates: ReadonlyMap<string, string>): SitemapItemLoose[] {
  const collator = new Intl.Collator('en', { numeric: true });
  return listedPages(pathnames)
    .map((pathname) => ({ pathname, url: new URL(pathname, root).href }))
    .sort((a, b) => collator.compare(a.url, b.url))
    .map(({ pathname, url }) => {
      const id = ARTICLE_PATH.exec(pathname)?.[1];
      const date = id === undefined ? undefined : dates.get(decodeURIComponent(id));
      return date === undefined ? { url } : { url, lastmod: date };
    });
}

/**
 * A whole-site build writes the sitemap of its pages; a build that renders one part of a site (`partPagesPath`)
 * writes the list of its pages instead, and the publish step writes the sitemap of every part's (src/parts/).
 */
export function archiveSitemap({ recordPath, partPagesPath }: { recordPath: string; partPagesPath?: string | undefined }): AstroIntegration {
  let root: URL | undefined;
  return {
    name: 'arshif-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) root = new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site);
      },
      'astro:build:start': () => {
        if (partPagesPath !== undefined) rmSync(partPagesPath, { force: true });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const pathnames = pages.map(({ pathname }) => pathname.replace(/^\//, ''));
        if (partPagesPath !== undefined) return writeFileWhole(partPagesPath, JSON.stringify(pathnames));
        if (!root) return logger.warn('no `site` in the config: no sitemap');
        const count = await writeSitemap(pathnames, root, recordPath, fileURLToPath(dir));
        logger.info(`${INDEX_FILE}: ${count} URLs`);
      },
    },
  };
}

const sitemapCode = sourceDigest([new URL(import.meta.url)]);

/**
 * Writes the sitemap of the pages at `pathnames` (relative to the site's root) into `folder`; returns its URL count.
 * The files are kept when the same pages, root and article dates made them last time (writing 124k URLs again took
 * ~2 s of a 100k rebuild with nothing changed); kept files are touched, so that the output folder's prune counts them
 * as this build's.
 */
export async function writeSitemap(pathnames: readonly string[], root: URL, recordPath: string, folder: string): Promise<number> {
  const count = listedPages(pathnames).length;
  const files = [INDEX_FILE, ...Array.from({ length: Math.ceil(count / URLS_PER_FILE) }, (_, index) => sitemapFile(index))].map((name) => join(folder, name));
  const digest = createHash('sha256')
    .update(`${sitemapCode} ${root.href} ${folder}\n${pathnames.join('\n')}\n`)
    .update(readFileSync(articleDatesPath(recordPath)))
    .digest('hex');
  const kept = await keepOrMake(join(dirname(recordPath), 'sitemap.digest'), digest, files, async () => {
    // The ingest record (written before any page is built) says which article has which date.
    await writeSitemapFiles(sitemapEntries(pathnames, root, readArticleDates(recordPath)), root, folder);
  });
  if (kept) {
    const now = new Date();
    for (const file of files) utimesSync(file, now, now);
  }
  return count;
}

async function writeSitemapFiles(entries: readonly SitemapItemLoose[], root: URL, folder: string): Promise<void> {
  const files = new SitemapAndIndexStream({
    limit: URLS_PER_FILE,
    getSitemapStream: (index) => {
      const name = sitemapFile(index);
      const file = new SitemapStream({ hostname: root.href, xmlns: { news: false, xhtml: false, image: false, video: false } });
      const written = file.pipe(createWriteStream(join(folder, name)));
      const inFile = entries.slice(index * URLS_PER_FILE, (index + 1) * URLS_PER_FILE);
      // ISO dates sort as they compare.
      const lastmod = inFile.reduce<string | undefined>((latest, { lastmod: date }) => (date && (!latest || date > latest) ? date : latest), undefined);
      return [{ url: new URL(name, root).href, ...(lastmod ? { lastmod } : {}) }, file, written];
    },
  });
  await pipeline(Readable.from(entries), files, createWriteStream(join(folder, INDEX_FILE)));
}
