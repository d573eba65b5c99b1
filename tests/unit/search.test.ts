import { describe, expect, it } from 'vitest';
import { highlightPattern } from '../../src/lib/search/highlight.ts';
import { attachLoneMarks, normalizeForSearch, searchTermOf } from '../../src/lib/search/normalize.ts';
import { searchRecord } from '../../src/lib/search/record.ts';
import { restoreSpelling, shownText } from '../../src/lib/search/shown-text.ts';
import { planShards } from '../../src/lib/search/shards.ts';
import { mergeGroups } from '../../src/search/merge-bundles.ts';

describe('normalizeForSearch', () => {
  it('folds the spellings readers use interchangeably, the same way for text and queries', () => {
    expect(normalizeForSearch('أعلنت الأمم المتحدة')).toBe(normalizeForSearch('اعلنت الامم المتحده'));
    expect(normalizeForSearch('مستشفى')).toBe('مستشفي');
    expect(normalizeForSearch('إِعْلَانٌ')).toBe('اعلان');
    expect(normalizeForSearch('عنـــوان')).toBe('عنوان');
    expect(normalizeForSearch('٢٠١٨ ۲۰۱۸ 2018')).toBe('2018 2018 2018');
    expect(normalizeForSearch('کتاب یوم')).toBe('كتاب يوم');
    expect(normalizeForSearch('iPhone ﻷ')).toBe('iphone لا');
    expect(normalizeForSearch('مسؤول رئيس')).toBe('مسؤول رئيس');
  });

  it('drops و and ف written onto the article, but not from words they are part of', () => {
    expect(normalizeForSearch('والحكومة فالمشهد')).toBe(normalizeForSearch('الحكومة المشهد'));
    expect(normalizeForSearch('(والمشهد)')).toBe('(المشهد)');
    expect(normalizeForSearch('والد والي فالح والدة')).toBe('والد والي فالح والده');
    expect(normalizeForSearch('الوالمشهد')).toBe('الوالمشهد');
  });

  it('writes a mark standing alone onto a word, so that it does not count as a word between two others', () => {
    expect(attachLoneMarks('عام / مدير تعليم نجران : انطلاق الدراسة')).toBe('عام/ مدير تعليم نجران: انطلاق الدراسة');
    expect(attachLoneMarks('« الرياض » - 2018 %')).toBe('«الرياض»- 2018%');
    expect(attachLoneMarks('قال - - ثم')).toBe('قال-- ثم');
    expect(attachLoneMarks('نص/عادي، بلا (علامة) منفردة')).toBe('نص/عادي، بلا (علامة) منفردة');
    expect(attachLoneMarks('...')).toBe('...');
    expect(searchTermOf('  عام / مدير تعليم ')).toBe('عام/ مدير تعليم');
  });

  it('turns folded letters into wildcards for highlighting the original spelling', () => {
    expect(highlightPattern('اعلن')).toBe('?علن');
    expect(highlightPattern('المتحده')).toBe('?لمتحد?');
  });
});

describe('restoreSpelling', () => {
  it('spells the indexed words as the article does, keeping the full stops Pagefind adds', () => {
    const shown = shownText('أعلنت الأمم المتحدة', ['وقالت إنّ المساعدات ستصل.']);
    const indexed = 'اعلنت الامم المتحده. وقالت ان المساعدات ستصل.';
    expect(restoreSpelling(indexed, shown)).toBe('أعلنت الأمم المتحدة. وقالت إنّ المساعدات ستصل.');
  });

  it('gives up where the words do not pair', () => {
    expect(restoreSpelling('اعلنت الامم', 'أعلنت')).toBeUndefined();
    expect(restoreSpelling('اعلنت الامم', 'أعلنت اليوم')).toBeUndefined();
    expect(restoreSpelling('اعلنت الامم', 'أعلنت الأمم-')).toBeUndefined();
  });
});

describe('search records', () => {
  const article = {
    id: 'x',
    title: `أعلن <script>alert(1)</script> & "x"`,
    category: 'c',
    date: '2018-05-20',
    paragraphs: ['فقرة </p><p>'],
    textDigest: 'not-read',
  };
  const { url, html } = searchRecord(article, { url: '/archive/articles/x/', categoryName: 'قسم <b>', dateShown: 'الأحد' });

  it('indexes normalised text and carries the original title, category and dates as metadata', () => {
    expect(url).toBe('/archive/articles/x/');
    expect(html).toContain('<h1>اعلن &lt;script&gt;alert(1)&lt;/script&gt;&amp; &quot;x&quot;</h1>');
    expect(html).toContain('<span data-pagefind-meta="title">أعلن &lt;script&gt;');
    expect(html).toContain('<span data-pagefind-filter="category">قسم &lt;b&gt;</span>');
    expect(html).toContain('<span data-pagefind-filter="year">2018</span>');
    expect(html).toContain('<span data-pagefind-sort="date">2018-05-20</span>');
    expect(html).not.toMatch(/<script|<b>|<\/p><p>/);
  });

  it('indexes and shows the same words, a mark standing alone written onto the word before it', () => {
    const record = searchRecord({ ...article, title: 'عام / مدير تعليم', paragraphs: ['نجران : انطلاق الدراسة'] }, { url: '/', categoryName: 'c', dateShown: 'd' });
    expect(record.html).toContain('<h1>عام/ مدير تعليم</h1><p>نجران: انطلاق الدراسه</p>');
    expect(record.shown).toBe('عام/ مدير تعليم نجران: انطلاق الدراسة');
  });
});

describe('search shards', () => {
  /** `count` articles on each of the given dates, oldest first. */
  const datesOf = (days: Record<string, number>): string[] =>
    Object.entries(days)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([date, count]) => Array<string>(count).fill(date));
  const shape = (dates: string[], size: number) => planShards(dates, size).map((s) => [s.key, s.start, s.articleCount]);

  it('puts the newest month apart, and each aligned block of 16 years in one shard when it fits', () => {
    const dates = datesOf({ '2001-03-01': 2, '2015-12-31': 3, '2016-01-01': 4, '2018-05-19': 2, '2018-05-20': 1 });
    expect(shape(dates, 10)).toEqual([
      ['2001-2015', 0, 5],
      ['2016', 5, 4],
      ['2018-05', 9, 3],
    ]);
    expect(planShards([], 10)).toEqual([]);
  });

  it('halves a block that is too big, down to years, months, days and runs within a day; no shard is too big', () => {
    const dates = datesOf({ '2016-02-01': 3, '2017-01-10': 4, '2017-01-20': 4, '2017-07-01': 2, '2018-03-03': 25, '2019-01-01': 1 });
    const shards = planShards(dates, 4);
    expect(shards.map((s) => [s.key, s.articleCount])).toEqual([
      ['2016', 3],
      ['2017-01-10', 4],
      ['2017-01-20', 4],
      ['2017-07', 2],
      ['2018-03-03_1', 4],
      ['2018-03-03_2', 4],
      ['2018-03-03_3', 4],
      ['2018-03-03_4', 4],
      ['2018-03-03_5', 4],
      ['2018-03-03_6', 4],
      ['2018-03-03_7', 1],
      ['2019-01', 1],
    ]);
    expect(shards.every((shard) => shard.articleCount <= 4)).toBe(true);
    // Every article in exactly one shard, in order.
    expect(shards.map((s) => s.start)).toEqual(shards.map((_, i) => shards.slice(0, i).reduce((n, s) => n + s.articleCount, 0)));
    expect(shards.reduce((n, s) => n + s.articleCount, 0)).toBe(dates.length);
  });

  it('changes only the shard of the newest month when news arrives, and only the shard of an edited past period', () => {
    const before = datesOf({ '2010-05-05': 6, '2012-08-08': 6, '2018-05-19': 2 });
    const keys = (dates: string[]) => new Map(planShards(dates, 8).map((s) => [s.key, s.articleCount]));
    const withNews = keys([...before, '2018-05-20', '2018-05-20']);
    const changed = (after: Map<string, number>) => [...after].filter(([key, count]) => keys(before).get(key) !== count).map(([key]) => key);
    expect(changed(withNews)).toEqual(['2018-05']);
    const withPastArticle = keys(datesOf({ '2010-05-05': 7, '2012-08-08': 6, '2018-05-19': 2 }));
    expect(changed(withPastArticle)).toEqual(['2010']);
  });

  it('groups consecutive shards of one year for the merge, a bounded number a group, every shard once and in order', () => {
    const dates = datesOf({ '2001-03-01': 1, '2010-01-01': 1, '2016-02-01': 3, '2017-01-10': 4, '2017-01-20': 4, '2017-07-01': 2, '2018-03-03': 25, '2019-01-01': 1 });
    const shards = planShards(dates, 4);
    const groups = mergeGroups(shards, 3).map((group) => group.map((shard) => shard.key));
    expect(groups).toEqual([
      ['2001-2010'],
      ['2016'],
      ['2017-01-10', '2017-01-20', '2017-07'],
      ['2018-03-03_1', '2018-03-03_2', '2018-03-03_3'],
      ['2018-03-03_4', '2018-03-03_5', '2018-03-03_6'],
      ['2018-03-03_7'],
      ['2019-01'],
    ]);
    expect(groups.flat()).toEqual(shards.map((shard) => shard.key));
    expect(mergeGroups([])).toEqual([]);
  });
});
