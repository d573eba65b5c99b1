import { describe, expect, it } from 'vitest';
import { articleFixture as article } from './helpers.ts';
import { buildArchive } from '../../src/lib/archive/build-archive.ts';
import { periodPath } from '../../src/lib/archive/periods.ts';


const archive = buildArchive([
  article('a', '2017-12-31'),
  article('b', '2018-05-20'),
  article('c', '2018-05-20', 'اقتصاد'),
  article('d', '2018-05-21'),
  article('e', '2018-07-01'),
  article('f', '2020-01-01'),
]);

describe('date archive', () => {
  it('has a period for every year, month and day with articles, oldest first, and no empty ones', () => {
    expect(archive.periods.year.map((p) => [p.key, p.articles.length])).toEqual([['2017', 1], ['2018', 4], ['2020', 1]]);
    expect(archive.periods.month.map((p) => p.key)).toEqual(['2017-12', '2018-05', '2018-07', '2020-01']);
    expect(archive.periods.day.map((p) => p.key)).toEqual(['2017-12-31', '2018-05-20', '2018-05-21', '2018-07-01', '2020-01-01']);
    const may = archive.periods.month[1]!;
    expect(may).toMatchObject({ kind: 'month', year: 2018, month: 5 });
    expect(may.articles.map((a) => a.id)).toEqual(['d', 'b', 'c']);
  });

  it('links each period to the previous and next that have articles', () => {
    const [y2017, y2018, y2020] = archive.periods.year;
    expect(archive.adjacentPeriods(y2018!)).toEqual({ previous: y2017, next: y2020 });
    expect(archive.adjacentPeriods(y2017!)).toEqual({ next: y2018 });
    expect(archive.adjacentPeriods(y2020!)).toEqual({ previous: y2018 });
  });

  it('lists the months of a year and the days of a month', () => {
    expect(archive.subperiods(archive.periods.year[1]!).map((p) => p.key)).toEqual(['2018-05', '2018-07']);
    expect(archive.subperiods(archive.periods.month[1]!).map((p) => p.key)).toEqual(['2018-05-20', '2018-05-21']);
    expect(archive.subperiods(archive.periods.day[0]!)).toEqual([]);
  });

  it('gives readable paths', () => {
    expect(archive.periods.day.map(periodPath)[1]).toBe('/2018/05/20/');
    expect(periodPath(archive.periods.year[0]!)).toBe('/2017/');
  });
});

describe('article neighbours', () => {
  it('finds the older and newer article of the same category, and related ones beyond them', () => {
    const sport = archive.categories.find((c) => c.name === 'رياضة')!;
    expect(sport.articles.map((a) => a.id)).toEqual(['f', 'e', 'd', 'b', 'a']);
    const d = sport.articles[2]!;
    expect(archive.neighboursInCategory(d)).toEqual({ older: sport.articles[3], newer: sport.articles[1] });
    expect(archive.relatedTo(d).map((a) => a.id)).toEqual(['a', 'f']);
    expect(archive.neighboursInCategory(sport.articles[0]!)).toEqual({ older: sport.articles[1] });
    expect(archive.relatedTo(sport.articles[0]!, 2).map((a) => a.id)).toEqual(['d', 'b']);
  });
});
