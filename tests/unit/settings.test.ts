import { describe, expect, it } from 'vitest';
import { normaliseBase, parseSettings, parseYearRange } from '../../src/site.ts';

describe('site settings', () => {
  it('normalises base paths', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('archive')).toBe('/archive/');
    expect(normaliseBase('/a/b//')).toBe('/a/b/');
  });

  it('reads year ranges for sharded builds, and refuses anything else', () => {
    expect(parseYearRange(undefined)).toBeUndefined();
    expect(parseYearRange('2005-2012')).toEqual({ first: 2005, last: 2012 });
    expect(parseYearRange('2019')).toEqual({ first: 2019, last: 2019 });
    expect(() => parseYearRange('2019-')).toThrow(/ARSHIF_YEARS/);
  });

  it('has defaults for the sample, and treats an empty variable as unset', () => {
    const settings = parseSettings({ ARSHIF_DIGITS: '', PATH: '/bin' }, '/project');
    expect(settings).toMatchObject({
      url: 'http://localhost:4321',
      base: '/',
      contentFolder: '/project/content/articles',
      outDir: '/project/dist',
      digits: 'arab',
      strict: false,
      searchShardSize: 15_000,
      buildConcurrency: 1,
      peers: [],
    });
    expect(settings.years).toBeUndefined();
  });

  it('reads every variable', () => {
    const settings = parseSettings(
      {
        ARSHIF_SITE_URL: 'https://news.example.org/',
        ARSHIF_BASE: 'archive',
        ARSHIF_DIGITS: 'latn',
        ARSHIF_STRICT: 'true',
        ARSHIF_YEARS: '2005-2012',
        ARSHIF_PEERS: '/a/, /b',
        ARSHIF_SEARCH_SHARD_SIZE: '500',
        ARSHIF_BUILD_CONCURRENCY: '2',
        ARSHIF_REPORT: 'out/report.json',
      },
      '/project',
    );
    expect(settings).toMatchObject({
      url: 'https://news.example.org',
      base: '/archive/',
      digits: 'latn',
      strict: true,
      years: { first: 2005, last: 2012 },
      peers: ['/a/', '/b/'],
      searchShardSize: 500,
      buildConcurrency: 2,
      reportPath: '/project/out/report.json',
    });
  });

  it('refuses wrong values, naming each variable, what it expects and what it got', () => {
    const attempt = () =>
      parseSettings({ ARSHIF_BUILD_CONCURRENCY: 'abc', ARSHIF_DIGITS: 'latin', ARSHIF_SITE_URL: 'news.example.org', ARSHIF_SEARCH_SHARD_SIZE: '0' });
    expect(attempt).toThrow(/ARSHIF_BUILD_CONCURRENCY: expected a whole number; got "abc"/);
    expect(attempt).toThrow(/ARSHIF_DIGITS: expected arab \(٠١٢…\) or latn \(012…\); got "latin"/);
    expect(attempt).toThrow(/ARSHIF_SITE_URL: expected an origin with its scheme, like https:\/\/news.example.org; got "news.example.org"/);
    expect(attempt).toThrow(/ARSHIF_SEARCH_SHARD_SIZE: expected a number above 0; got "0"/);
  });

  it('takes the build day from ARSHIF_BUILD_DAY, today in UTC when unset, and refuses days that do not exist', () => {
    expect(parseSettings({ ARSHIF_BUILD_DAY: ' 2019-05-20 ' }).buildDay).toBe('2019-05-20');
    expect(parseSettings({}).buildDay).toBe(new Date().toISOString().slice(0, 10));
    expect(() => parseSettings({ ARSHIF_BUILD_DAY: '20/05/2019' })).toThrow(/ARSHIF_BUILD_DAY: expected a date written YYYY-MM-DD, like 2026-11-26; got "20\/05\/2019"/);
    expect(() => parseSettings({ ARSHIF_BUILD_DAY: '2019-02-29' })).toThrow(/ARSHIF_BUILD_DAY: expected a day that exists on the calendar; got "2019-02-29"/);
  });

  it('keeps caches and reports apart for output folders of the same name', () => {
    const a = parseSettings({ ARSHIF_OUT_DIR: 'a/dist' }, '/project');
    const b = parseSettings({ ARSHIF_OUT_DIR: 'b/dist' }, '/project');
    expect(a.cacheDir).not.toBe(b.cacheDir);
    expect(a.reportPath).not.toBe(b.reportPath);
    expect(a.cacheDir).toMatch(/\/project\/\.arshif-cache\/dist-[0-9a-f]{8}$/);
    expect(parseSettings({ ARSHIF_OUT_DIR: 'a/dist' }, '/project').cacheDir).toBe(a.cacheDir);
  });
});
