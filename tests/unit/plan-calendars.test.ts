// The plan of the Hijri, "on this day" and coverage pages: what each page gets, and which keys a build day moves.

import { describe, expect, it } from 'vitest';
import { articleFixture as article } from './helpers.ts';
import { buildArchive } from '../../src/lib/archive/build-archive.ts';
import { type PlanOptions, planSite } from '../../src/lib/plan/plan-site.ts';

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
  renderSettings: '',
};
const plan = planSite(archive, options);
const ids = (cards: { id: string }[]) => cards.map((card) => card.id);

describe('the plan of the calendar pages', () => {
  it('gives the home the build day in earlier years, newest first, and only the home', () => {
    const [front, ...numbered] = plan.home;
    expect(front!.props.onThisDay?.buildDay).toBe('2019-05-20');
    expect(ids(front!.props.onThisDay!.items)).toEqual(['may-2018-a', 'may-2018-b', 'may-2018-c']);
    expect(numbered.every((page) => page.props.onThisDay === undefined)).toBe(true);
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
    expect(sport.slice(1).every((page) => page.props.perYear === undefined)).toBe(true);
  });
});
