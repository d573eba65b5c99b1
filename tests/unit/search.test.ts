import { describe, expect, it } from 'vitest';
import { highlightPattern } from '../../src/lib/search/highlight.ts';
import { normalizeForSearch } from '../../src/lib/search/normalize.ts';
import { searchRecord } from '../../src/lib/search/record.ts';
import { restoreSpelling, shownText } from '../../src/lib/search/shown-text.ts';
import { planShards, shardBundlePath, shardOfYear } from '../../src/lib/search/shards.ts';

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
    sourcePath: 'x.txt',
  };
  const { url, html } = searchRecord(article, { url: '/archive/articles/x/', categoryName: 'قسم <b>', dateShown: 'الأحد' });

  it('indexes normalised text and carries the original title, category and dates as metadata', () => {
    expect(url).toBe('/archive/articles/x/');
    expect(html).toContain('<h1>اعلن &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</h1>');
    expect(html).toContain('<span data-pagefind-meta="title">أعلن &lt;script&gt;');
    expect(html).toContain('<span data-pagefind-filter="category">قسم &lt;b&gt;</span>');
    expect(html).toContain('<span data-pagefind-filter="year">2018</span>');
    expect(html).toContain('<span data-pagefind-sort="date">2018-05-20</span>');
    expect(html).not.toMatch(/<script|<b>|<\/p><p>/);
  });
});

describe('search shards', () => {
  const years = [
    { year: 2019, count: 4 },
    { year: 2017, count: 5 },
    { year: 2018, count: 6 },
    { year: 2020, count: 30 },
  ];

  it('groups consecutive years up to the shard size; a bigger year is a shard of its own', () => {
    const shards = planShards(years, 10);
    expect(shards.map((s) => [s.key, s.articleCount])).toEqual([['2017', 5], ['2018-2019', 10], ['2020', 30]]);
    expect(shardOfYear(shards, 2019)?.key).toBe('2018-2019');
    expect(shardOfYear(shards, 2016)).toBeUndefined();
    expect(shardBundlePath(shards[1]!)).toBe('/search-index/2018-2019/');
    expect(planShards(years, 1000).map((s) => s.key)).toEqual(['2017-2020']);
  });
});
