// The Hijri archive, "on this day" and the coverage counts: calendar facts checked against known dates.

import { describe, expect, it } from 'vitest';
import { articleFixture as article } from './helpers.ts';
import { buildArchive } from '../../src/lib/archive/build-archive.ts';
import { countsPerMonth, countsPerYear } from '../../src/lib/archive/coverage.ts';
import { hijriDateOf, hijriMonthSpan } from '../../src/lib/archive/hijri.ts';
import { dayCounts, daysInEveryYear, onThisDayIndex } from '../../src/lib/archive/on-this-day.ts';
import { hijriMonthPath, onThisDayPath } from '../../src/lib/archive/paths.ts';
import { addDays } from '../../src/lib/calendar-date.ts';
import { formatHijriMonth, formatHijriMonthName, formatMonthDay } from '../../src/lib/format/dates.ts';

describe('the Umm al-Qura Hijri calendar', () => {
  it.each([
    ['2018-05-15', { year: 1439, month: 8, day: 29 }],
    ['2018-05-16', { year: 1439, month: 9, day: 1 }], // 1 Ramadan 1439
    ['2018-06-14', { year: 1439, month: 9, day: 30 }],
    ['2018-06-15', { year: 1439, month: 10, day: 1 }], // 1 Shawwal 1439 (Eid al-Fitr)
    ['2018-09-10', { year: 1439, month: 12, day: 30 }],
    ['2018-09-11', { year: 1440, month: 1, day: 1 }], // 1 Muharram 1440
  ])('dates %s as %o', (date, hijri) => {
    expect(hijriDateOf(date)).toEqual(hijri);
  });

  it('knows the Gregorian days each month spans, whether it has 29 or 30 days', () => {
    expect(hijriMonthSpan('2018-05-20')).toEqual({ first: '2018-05-16', last: '2018-06-14' });
    expect(hijriMonthSpan('2018-05-16')).toEqual({ first: '2018-05-16', last: '2018-06-14' });
    expect(hijriMonthSpan('2018-06-14')).toEqual({ first: '2018-05-16', last: '2018-06-14' });
    expect(hijriMonthSpan('2018-09-11')).toEqual({ first: '2018-09-11', last: '2018-10-09' });
    // Every day of a span is in the month, and the days around it are not.
    const { first, last } = hijriMonthSpan('2018-09-20');
    expect(hijriDateOf(addDays(first, -1)).month).toBe(12);
    expect(hijriDateOf(addDays(last, 1))).toMatchObject({ month: 2, day: 1 });
  });

  it('names the months', () => {
    expect(Array.from({ length: 12 }, (_, index) => formatHijriMonthName(index + 1))).toEqual([
      'محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة',
      'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة',
    ]);
    expect(formatHijriMonth('2018-05-16')).toBe('رمضان ١٤٣٩ هـ');
    expect(formatHijriMonth('2018-05-15', 'latn')).toBe('شعبان 1439 هـ');
  });

  it('groups the archive into Hijri months that have articles, oldest first', () => {
    const archive = buildArchive([
      article('ramadan-first', '2018-05-16'),
      article('shaaban-last', '2018-05-15'),
      article('ramadan', '2018-05-20'),
      article('muharram', '2018-09-11'),
    ]);
    expect(archive.hijriMonths.map(({ key, first, last, articles }) => [key, first, last, articles.map((a) => a.id)])).toEqual([
      ['1439-08', '2018-04-17', '2018-05-15', ['shaaban-last']],
      ['1439-09', '2018-05-16', '2018-06-14', ['ramadan', 'ramadan-first']],
      ['1440-01', '2018-09-11', '2018-10-09', ['muharram']],
    ]);
    expect(hijriMonthPath('1439-09')).toBe('/hijri/1439/09/');
  });
});

describe('on this day', () => {
  it('gathers each day of the year across the years, newest year first, days in calendar order', () => {
    const archive = buildArchive([
      article('a', '2016-05-20'),
      article('b', '2018-05-20'),
      article('c', '2018-05-20'),
      article('d', '2017-01-03'),
      article('leap', '2016-02-29'),
    ]);
    expect(archive.daysInEveryYear.map(({ monthDay, years }) => [monthDay, years.map(({ year, articles }) => [year, articles.length])])).toEqual([
      ['01-03', [[2017, 1]]],
      ['02-29', [[2016, 1]]],
      ['05-20', [[2018, 2], [2016, 1]]],
    ]);
    expect(onThisDayPath('05-20')).toBe('/on-this-day/05-20/');
    expect(formatMonthDay('02-29')).toBe('٢٩ فبراير');
  });
});

describe('coverage counts', () => {
  it('counts every month of the span, the months without articles as zeros, across a year boundary', () => {
    const archive = buildArchive([article('a', '2017-11-05'), article('b', '2017-11-30'), article('c', '2018-02-01')]);
    expect(countsPerMonth(archive.periods.month.map(({ year, month = 1, articles }) => ({ year, month, count: articles.length })))).toEqual([
      { year: 2017, month: 11, count: 2 },
      { year: 2017, month: 12, count: 0 },
      { year: 2018, month: 1, count: 0 },
      { year: 2018, month: 2, count: 1 },
    ]);
    expect(countsPerMonth([])).toEqual([]);
  });

  it('counts every year of the span', () => {
    expect(countsPerYear([article('a', '2015-01-01'), article('b', '2017-06-01'), article('c', '2017-07-01')])).toEqual([
      { year: 2015, count: 1 },
      { year: 2016, count: 0 },
      { year: 2017, count: 2 },
    ]);
    expect(countsPerYear([])).toEqual([]);
  });
});

describe('the "on this day" index', () => {
  const days = daysInEveryYear([article('a', '2019-05-20'), article('b', '2018-05-20'), article('c', '2018-05-15'), article('d', '2017-01-03')]);

  it('leads with the build day and its count over every year, then every day by month', () => {
    expect(onThisDayIndex(dayCounts(days), '2026-05-20')).toEqual({
      today: { monthDay: '05-20', count: 2 },
      months: [
        { month: 1, days: [{ monthDay: '01-03', count: 1 }] },
        { month: 5, days: [{ monthDay: '05-15', count: 1 }, { monthDay: '05-20', count: 2 }] },
      ],
    });
  });

  it('names the next day with articles when the build day has none, round the end of the year', () => {
    expect(onThisDayIndex(dayCounts(days), '2026-05-16')).toMatchObject({ today: { monthDay: '05-16', count: 0 }, nextWithArticles: '05-20' });
    expect(onThisDayIndex(dayCounts(days), '2026-12-06')).toMatchObject({ today: { monthDay: '12-06', count: 0 }, nextWithArticles: '01-03' });
  });
});
