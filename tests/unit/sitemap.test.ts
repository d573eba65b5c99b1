import { describe, expect, it } from 'vitest';
import { sitemapEntries } from '../../src/integrations/sitemap.ts';

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
});
