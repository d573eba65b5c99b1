import { describe, expect, it } from 'vitest';
import { articleFixture as article } from './helpers.ts';
import { buildArchive } from '../../src/lib/archive/build-archive.ts';
import { categorySlug } from '../../src/lib/archive/categories.ts';
import { paginate, pagePath } from '../../src/lib/archive/paginate.ts';

describe('archive queries', () => {
  it('makes readable category slugs', () => {
    expect(categorySlug('أخبار عربية ودولية')).toBe('أخبار-عربية-ودولية');
    expect(categorySlug('  اقتصاد / أعمال ')).toBe('اقتصاد-أعمال');
    expect(categorySlug('Tech News')).toBe('tech-news');
    expect(categorySlug('!!!')).toBe('category');
  });

  it('sorts newest first with a stable tie-break, and groups by category', () => {
    const archive = buildArchive([
      article('b', '2018-01-01', 'رياضة'),
      article('a', '2018-01-01', 'رياضة'),
      article('c', '2019-01-01', 'اقتصاد'),
      article('d', '2017-01-01', 'اقتصاد '),
    ]);
    expect(archive.articles.map((a) => a.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(archive.categories.map((c) => [c.slug, c.articles.map((a) => a.id)])).toEqual([
      ['اقتصاد', ['c', 'd']],
      ['رياضة', ['a', 'b']],
    ]);
    expect(archive.categoryOf(archive.articles[3]!).name).toBe('اقتصاد');
  });

  it('paginates with page 1 at the list URL', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages[2]).toMatchObject({ number: 3, lastNumber: 3, totalItems: 5 });
    expect(paginate([], 2)).toEqual([{ number: 1, lastNumber: 1, items: [], totalItems: 0 }]);
    expect(pagePath('/category/x/', 1)).toBe('/category/x/');
    expect(pagePath('/category/x/', 3)).toBe('/category/x/page/3/');
  });
});
