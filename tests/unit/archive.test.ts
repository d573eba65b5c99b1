import { describe, expect, it } from 'vitest';
import { articleFixture as article } from './helpers.ts';
import { buildArchive } from '../../src/lib/archive/build-archive.ts';
import { categorySlug } from '../../src/lib/archive/categories.ts';
import { type ListPage, listPosition, pageHolding, paginate, pagePath } from '../../src/lib/archive/paginate.ts';

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

  it('paginates: the newest items on the front page, numbered pages counted from the oldest', () => {
    const newestFirst = [7, 6, 5, 4, 3, 2, 1];
    const pages = paginate(newestFirst, 3);
    expect(pages).toEqual([
      { number: 0, items: [7, 6, 5], older: 2 },
      { number: 1, items: [3, 2, 1], newer: 2 },
      { number: 2, items: [6, 5, 4], older: 1, newer: 3 },
      { number: 3, items: [7], older: 2, newer: 0 },
    ]);
    expect(paginate([2, 1], 3)).toEqual([{ number: 0, items: [2, 1] }]);
    expect(paginate([], 3)).toEqual([{ number: 0, items: [] }]);
    expect(pagePath('/category/x/', 0)).toBe('/category/x/');
    expect(pagePath('/category/x/', 3)).toBe('/category/x/page/3/');
  });

  it('finds the page that holds an item, for every position of lists of every length', () => {
    for (let total = 1; total <= 10; total += 1) {
      const newestFirst = Array.from({ length: total }, (_, index) => total - index);
      const pages = paginate(newestFirst, 3);
      newestFirst.forEach((item, position) => {
        expect(pages.find((page) => page.number === pageHolding(position, total, 3))!.items).toContain(item);
      });
    }
  });

  it('changes only the front page and the newest numbered pages when a newer item arrives', () => {
    const before = paginate([7, 6, 5, 4, 3, 2, 1], 3);
    const after = paginate([8, 7, 6, 5, 4, 3, 2, 1], 3);
    const changed = after.filter((page) => JSON.stringify(page) !== JSON.stringify(before.find((old) => old.number === page.number)));
    expect(changed.map((page) => page.number)).toEqual([0, 3]);
    const filled = paginate([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 3);
    const changedOnNewPage = filled.filter((page) => JSON.stringify(page) !== JSON.stringify(after.find((old) => old.number === page.number)));
    expect(changedOnNewPage.map((page) => page.number)).toEqual([0, 3, 4]);
  });

  it('numbers the pages in reading order, from the front page down to page 1, with the list\'s ends', () => {
    for (let total = 4; total <= 12; total += 1) {
      const pages = paginate(Array.from({ length: total }, (_, index) => total - index), 3);
      const [front] = pages as [ListPage<number>];
      // Reading order: the front page, then each page its "older" link leads to.
      const read: ListPage<number>[] = [front];
      while (read.at(-1)!.older !== undefined) read.push(pages.find((page) => page.number === read.at(-1)!.older)!);
      read.forEach((page, index) => {
        expect(listPosition('/2018/05/', page, front), `${total} items, page ${page.number}`).toEqual({
          at: index + 1,
          of: read.length,
          first: '/2018/05/',
          last: '/2018/05/page/1/',
        });
      });
      // Every article of the list is on the pages read.
      expect(new Set(read.flatMap((page) => page.items)).size).toBe(total);
    }
    expect(listPosition('/2018/05/', paginate([2, 1], 3)[0]!, paginate([2, 1], 3)[0]!)).toBeUndefined();
  });

  it('ranks each article within its day in the archive\'s order', () => {
    const archive = buildArchive([article('c', '2018-05-20'), article('a', '2018-05-20'), article('b', '2018-05-20'), article('d', '2018-05-21')]);
    expect(archive.articles.map((item) => [item.id, archive.rankInDay(item)])).toEqual([['d', 0], ['a', 0], ['b', 1], ['c', 2]]);
  });
});
