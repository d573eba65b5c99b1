// The plan of the Hijri, "on this day" and coverage pages: what each page gets, and which keys a build day moves.

import { describe, expect, it } from 'vitest';
import { articleFixture as article } from './helpers.ts';
import { buildArchive } from '../../src/lib/archive/build-archive.ts';
import type { ListView } from '../../src/lib/plan/pager.ts';
import { type PlanOptions, planSite } from '../../src/lib/plan/plan-site.ts';
import type { ArticleCard } from '../../src/lib/plan/props.ts';

const archive = buildArchive([
  article('may-2020', '2020-05-20'),
  article('may-2019', '2019-05-20'),
  article('may-2018-a', '2018-05-20'),
  article('may-2018-b', '2018-05-20'),
  article('may-2018-c', '2018-05-20'),
  article('may-2016', '2016-05-20', 'اقتصاد'),
  article('ramadan-1439', '2018-05-25'),
  article('muharram-1440', '2018-09-11'),
  article('jan', '2018-01-02'),
]);
const options: PlanOptions = {
  pageSize: 2,
  categoryBlockSize: 3,
  feedSize: 50,
  onThisDayPerYear: 2,
  onThisDayOnHome: 3,
  buildDay: '2019-05-20',
  summaryOf: (article) => `ملخص ${article.id}`,
  renderSettings: '',
};
const plan = planSite(archive, options);
const ids = (cards: { id: string }[]) => cards.map((card) => card.id);

describe('the plan of the calendar pages', () => {
  it('gives the home the build day in earlier years, newest first', () => {
    const [home] = plan.home;
    expect(home!.props.onThisDay.buildDay).toBe('2019-05-20');
    expect(ids(home!.props.onThisDay.items)).toEqual(['may-2018-a', 'may-2018-b', 'may-2018-c']);
  });

  it('cuts the lists of the archive and of a year after their front page: they go on in the month page that holds the next older article', () => {
    expect(plan.home).toHaveLength(1);
    const [home] = plan.home;
    // Newest first: may-2020, may-2019 on the home; the next older is muharram-1440 (2018-09-11).
    expect(ids(home!.props.page.items)).toEqual(['may-2020', 'may-2019']);
    expect(home!.props.pager).toEqual({ older: '/2018/09/' });
    const y2018 = plan.periods.filter((page) => page.params.year === '2018' && page.params.rest === undefined);
    expect(y2018).toHaveLength(1);
    expect(ids(y2018[0]!.props.page.items)).toEqual(['muharram-1440', 'ramadan-1439']);
    // The third newest of 2018 is may-2018-a, the newest of May's three: May's front page holds it.
    expect(y2018[0]!.props.pager).toEqual({ older: '/2018/05/' });
    // A year's numbered pages would be `page/<n>`; a month's are `<month>/page/<n>`.
    expect(plan.periods.filter((page) => page.params.rest?.startsWith('page/'))).toEqual([]);
  });

  // Five years of four months, two articles a day, in two categories.
  const many = Array.from({ length: 80 }, (_, index) =>
    article(`a${index}`, `20${10 + Math.floor(index / 16)}-0${1 + (index % 4)}-1${index % 8}`, index % 3 === 0 ? 'اقتصاد' : 'رياضة'),
  );
  const manyPlan = planSite(buildArchive(many), options);

  it('changes, when an article of the past is deleted, only pages of its month and year and of its category\'s year', () => {
    // a17 (2011-02-11, رياضة): its day, month and year keep other articles.
    const after = planSite(buildArchive(many.filter((item) => item.id !== 'a17')), options);
    const changed = <P extends object>(pages: { params: P; cacheKey: string }[], old: { params: P; cacheKey: string }[]) =>
      pages.filter((page) => old.find((o) => JSON.stringify(o.params) === JSON.stringify(page.params))?.cacheKey !== page.cacheKey).map((page) => page.params);
    expect(changed(after.home, manyPlan.home)).toEqual([]);
    const periods = changed(after.periods, manyPlan.periods);
    expect(periods.length).toBeGreaterThan(0);
    for (const { year, rest } of periods) {
      expect(year).toBe('2011');
      expect(rest === undefined || rest.startsWith('02')).toBe(true);
    }
    const categoryYears = changed(after.categoryYears, manyPlan.categoryYears);
    expect(categoryYears.length).toBeGreaterThan(0);
    expect(categoryYears.every(({ slug, year }) => slug === 'رياضة' && year === '2011')).toBe(true);
    expect(changed(after.categories, manyPlan.categories).map(({ slug }) => slug)).toEqual(['رياضة']); // its count
  });

  it('lets a reader page from the home, a year or a category through every older article, newest first', () => {
    const pages = new Map<string, ListView<ArticleCard>>([
      ...manyPlan.periods.map(({ params, props }): [string, ListView<ArticleCard>] => [`/${[params.year, params.rest].filter(Boolean).join('/')}/`, props]),
      ...manyPlan.categoryYears.map(({ params, props }): [string, ListView<ArticleCard>] => [`/category/${[params.slug, params.year, params.page].filter(Boolean).join('/')}/`, props]),
    ]);
    const walk = (start: ListView<ArticleCard>) => {
      const seen = new Set(start.page.items.map((card) => card.id));
      let newest = start.page.items[0]!.date;
      for (let path = start.pager.older, steps = 0; path !== undefined; path = pages.get(path)?.pager.older, steps += 1) {
        expect(pages.has(path), path).toBe(true);
        expect(steps).toBeLessThan(pages.size);
        const { items } = pages.get(path)!.page;
        // Each page goes back in time (the page after a front page may repeat some of its articles).
        expect(items[0]!.date <= newest, path).toBe(true);
        newest = items[0]!.date;
        for (const card of items) seen.add(card.id);
      }
      return seen;
    };
    expect(walk(manyPlan.home[0]!.props).size).toBe(many.length);
    const y2012 = manyPlan.periods.find(({ params }) => params.year === '2012' && params.rest === undefined)!.props;
    expect([...walk(y2012)].filter((id) => many.find((item) => item.id === id)!.date.startsWith('2012')).length).toBe(16);
    const economy = manyPlan.categories.find(({ params }) => params.slug === 'اقتصاد')!.props;
    const inEconomy = walk(economy);
    expect(inEconomy.size).toBe(many.filter((item) => item.category === 'اقتصاد').length);
    expect([...inEconomy].every((id) => many.find((item) => item.id === id)!.category === 'اقتصاد')).toBe(true);
  });

  it('moves the home front page\'s cache key with the build day, and no other page\'s', () => {
    const nextDay = planSite(archive, { ...options, buildDay: '2019-05-21' });
    const keys = (site: typeof plan) => Object.values(site).flatMap((pages: { cacheKey: string }[]) => pages.map((page) => page.cacheKey));
    const changed = keys(nextDay).filter((key, index) => key !== keys(plan)[index]);
    expect(changed).toEqual([nextDay.home[0]!.cacheKey]);
    expect(nextDay.home[0]!.props.onThisDay?.items).toEqual([]);
  });

  it('plans one "on this day" page per day of the year, every year newest first with its count', () => {
    const may20 = plan.onThisDay.find((page) => page.params.monthDay === '05-20')!.props;
    expect(may20.years.map(({ year, count, items }) => [year, count, ids(items)])).toEqual([
      [2020, 1, ['may-2020']],
      [2019, 1, ['may-2019']],
      [2018, 3, ['may-2018-a', 'may-2018-b']],
      [2016, 1, ['may-2016']],
    ]);
    expect(may20).toMatchObject({ previous: '01-02', next: '05-25' });
    expect(plan.onThisDay.map((page) => page.params.monthDay)).toEqual(['01-02', '05-20', '05-25', '09-11']);
  });

  it('plans Hijri months with their pages and neighbours, and Hijri years with their months', () => {
    const months = plan.hijriMonths.filter((page) => page.params.page === undefined);
    expect(months.map(({ params, props }) => [params.year, params.month, props.total])).toEqual([
      ['1437', '08', 1],
      ['1439', '04', 1],
      ['1439', '09', 4],
      ['1440', '01', 1],
      ['1440', '09', 1],
      ['1441', '09', 1],
    ]);
    const ramadan = months[2]!.props;
    expect(ramadan.month).toMatchObject({ key: '1439-09', first: '2018-05-16', last: '2018-06-14' });
    expect(ramadan.previous?.key).toBe('1439-04');
    expect(ramadan.next?.key).toBe('1440-01');
    expect(plan.hijriMonths.filter((page) => page.params.year === '1439' && page.params.month === '09').map((page) => page.params.page)).toEqual([
      undefined,
      'page/1',
      'page/2',
    ]);
    expect(plan.hijriYears.map(({ params, props }) => [params.year, props.total, props.months.map((month) => [month.key, month.count]), props.previous, props.next])).toEqual([
      ['1437', 1, [['1437-08', 1]], undefined, 1439],
      ['1439', 5, [['1439-04', 1], ['1439-09', 4]], 1437, 1440],
      ['1440', 2, [['1440-01', 1], ['1440-09', 1]], 1439, 1441],
      ['1441', 1, [['1441-09', 1]], 1440, undefined],
    ]);
  });

  it('gives a category\'s front page its articles per year', () => {
    const sport = plan.categories.filter((page) => page.params.slug === 'رياضة');
    expect(sport[0]!.props.perYear).toEqual([
      { year: 2018, count: 6 },
      { year: 2019, count: 1 },
      { year: 2020, count: 1 },
    ]);
    expect(sport).toHaveLength(1);
  });
});
