import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sitemapEntries, writeSitemap } from '../../src/integrations/sitemap.ts';

describe('sitemap entries', () => {
  const root = new URL('https://example.org/archive/');

  it('are absolute URLs under the base path, in numeric order, without the error pages', () => {
    const entries = sitemapEntries(['page/10/', '404/', '', 'page/9/', 'page/2/', '500/'], root, new Map());
    expect(entries.map((entry) => entry.url)).toEqual([
      'https://example.org/archive/',
      'https://example.org/archive/page/2/',
      'https://example.org/archive/page/9/',
      'https://example.org/archive/page/10/',
    ]);
  });

  it('give an article its date as lastmod, found by its decoded id, and other pages none', () => {
    const id = 'خبر-1';
    const entries = sitemapEntries([`articles/${encodeURIComponent(id)}/`, 'category/x/', 'articles/unknown/'], root, new Map([[id, '2018-05-20']]));
    expect(entries).toEqual([
      { url: `https://example.org/archive/articles/${encodeURIComponent(id)}/`, lastmod: '2018-05-20' },
      { url: 'https://example.org/archive/articles/unknown/' },
      { url: 'https://example.org/archive/category/x/' },
    ]);
  });

  it('keep the order of the comparison they replace (one collator, the same locale and options)', () => {
    const pathnames = Array.from({ length: 300 }, (_, index) => `${['dates', 'page', 'category/a-b', 'hijri/1440'][index % 4]}/${(index * 7919) % 1000}/`);
    const expected = pathnames.map((pathname) => new URL(pathname, root).href).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(sitemapEntries(pathnames, root, new Map()).map((entry) => entry.url)).toEqual(expected);
  });

  it('are written again only when the pages, the root or the dates changed; kept files are touched for the prune', async () => {
    const [cache, out] = [mkdtempSync(join(tmpdir(), 'arshif-sitemap-cache-')), mkdtempSync(join(tmpdir(), 'arshif-sitemap-out-'))];
    const record = join(cache, 'ingest-record.json');
    const dates = join(cache, 'article-dates.jsonl');
    writeFileSync(dates, '["a","2018-05-20"]\n');
    const pages = ['articles/a/', 'category/x/', '404/'];
    const index = join(out, 'sitemap-index.xml');
    const first = join(out, 'sitemap-0.xml');
    expect(await writeSitemap(pages, root, record, out)).toBe(2);
    const written = readFileSync(first, 'utf8');
    expect(written).toContain('<lastmod>2018-05-20');
    const long = new Date('2001-01-01');
    for (const file of [index, first]) utimesSync(file, long, long);
    const inode = statSync(first).ino;
    await writeSitemap(pages, root, record, out);
    expect(statSync(first).ino).toBe(inode);
    expect(statSync(first).mtimeMs).toBeGreaterThan(long.getTime());
    expect(statSync(index).mtimeMs).toBeGreaterThan(long.getTime());
    writeFileSync(dates, '["a","2019-01-02"]\n');
    await writeSitemap(pages, root, record, out);
    expect(readFileSync(first, 'utf8')).toContain('<lastmod>2019-01-02');
    await writeSitemap([...pages, 'category/y/'], root, record, out);
    expect(readFileSync(first, 'utf8')).toContain('category/y/');
    rmSync(first);
    await writeSitemap([...pages, 'category/y/'], root, record, out);
    expect(readFileSync(first, 'utf8')).toContain('category/y/');
  });
});
