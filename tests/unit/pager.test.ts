// Where pagers lead: within a list, across chained periods, from a long list's front page into its periods; and
// the route params that go with the paths.

import { describe, expect, it } from 'vitest';
import { hijriMonthParams, periodParams } from '../../src/lib/archive/paths.ts';
import { chainedLists, frontGoingOn, listViews, showing } from '../../src/lib/plan/pager.ts';

/** `count` items named by their place, newest first: `${prefix}0` is the newest. */
const items = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

describe('pagers', () => {
  it('lead within a list from its front page to the older numbered pages, and say where each page stands', () => {
    const views = listViews({ path: '/x/', items: items('x', 45) }, 20);
    expect(views.map(({ page }) => [page.number, page.items.length])).toEqual([[0, 20], [1, 20], [2, 20], [3, 5]]);
    const position = { of: 3, first: '/x/', last: '/x/page/1/' };
    expect(views[0]!.pager).toEqual({ older: '/x/page/2/', position: { at: 1, ...position } });
    expect(views[2]!.pager).toEqual({ older: '/x/page/1/', newer: '/x/page/3/', position: { at: 2, ...position } });
    expect(views[1]!.pager).toEqual({ newer: '/x/page/2/', position: { at: 3, ...position } });
    expect(listViews({ path: '/y/', items: items('y', 3) }, 20)).toEqual([{ page: { number: 0, items: items('y', 3) }, pager: {} }]);
  });

  it('chain consecutive periods: a period\'s oldest page leads to the previous period, its front page to the next one\'s newest numbered page', () => {
    const [older, newer] = chainedLists([{ path: '/a/', items: items('a', 3) }, { path: '/b/', items: items('b', 25) }], 10);
    // The older period has one page: it leads on both ways.
    expect(older!.map(({ pager }) => pager)).toEqual([{ newer: '/b/page/1/' }]);
    const front = newer!.find(({ page }) => page.number === 0)!;
    const oldest = newer!.find(({ page }) => page.number === 1)!;
    expect(front.pager.newer).toBeUndefined();
    expect(front.pager.older).toBe('/b/page/2/');
    expect(oldest.pager.older).toBe('/a/');
  });

  it('lead a long list\'s front page to the period page that holds its next older item', () => {
    const all = items('n', 30);
    // Periods of ten items each: n10 is the newest of the second period, so its front page holds it.
    const periodOf = (item: string) => {
      const start = Math.floor(Number(item.slice(1)) / 10) * 10;
      return { path: `/p${start}/`, items: all.slice(start, start + 10) };
    };
    expect(frontGoingOn(all, 10, periodOf)).toEqual({ page: { number: 0, items: all.slice(0, 10) }, pager: { older: '/p10/' } });
    // With pages of 12, the next older is n12, third of its period: on that period's front page (12 a page). With pages
    // of 5 it is n5, sixth of the first period: on its numbered page 1.
    expect(frontGoingOn(all, 12, periodOf).pager).toEqual({ older: '/p10/' });
    expect(frontGoingOn(all, 5, periodOf).pager).toEqual({ older: '/p0/page/1/' });
    expect(frontGoingOn(items('s', 4), 10, periodOf).pager).toEqual({});
  });

  it('show a view\'s items as another kind, its pager unchanged', () => {
    const [view] = listViews({ path: '/x/', items: items('x', 2) }, 20);
    expect(showing(view!, (item) => item.toUpperCase())).toEqual({ page: { number: 0, items: ['X0', 'X1'] }, pager: {} });
  });
});

describe('route params', () => {
  it('of a date period\'s pages and a Hijri month\'s pages', () => {
    expect(periodParams({ key: '2018' }, 0)).toEqual({ year: '2018', rest: undefined });
    expect(periodParams({ key: '2018-05' }, 2)).toEqual({ year: '2018', rest: '05/page/2' });
    expect(periodParams({ key: '2018-05-20' }, 0)).toEqual({ year: '2018', rest: '05/20' });
    expect(hijriMonthParams('1439-09', 0)).toEqual({ year: '1439', month: '09', page: undefined });
    expect(hijriMonthParams('1439-09', 3)).toEqual({ year: '1439', month: '09', page: 'page/3' });
  });
});
