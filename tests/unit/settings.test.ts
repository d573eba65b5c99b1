import { describe, expect, it } from 'vitest';
import { normaliseBase, parseSettings } from '../../src/settings.ts';

describe('site settings', () => {
  it('normalises base paths', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('archive')).toBe('/archive/');
    expect(normaliseBase('/a/b//')).toBe('/a/b/');
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
      searchShardSize: 500,
      buildConcurrency: 1,
      parts: 1,
    });
    expect(settings.part).toBeUndefined();
  });

  it('reads every variable', () => {
    const settings = parseSettings(
      {
        ARSHIF_SITE_URL: 'https://news.example.org/',
        ARSHIF_BASE: 'archive',
        ARSHIF_DIGITS: 'latn',
        ARSHIF_STRICT: 'true',
        ARSHIF_PARTS: '3',
        ARSHIF_PART: '2',
        ARSHIF_SEARCH_SHARD_SIZE: '250',
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
      parts: 3,
      part: 2,
      searchShardSize: 250,
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

  it('refuses a part outside the parts, and the retired year-shard settings, saying what took their place', () => {
    expect(() => parseSettings({ ARSHIF_PARTS: '2', ARSHIF_PART: '3' })).toThrow(/ARSHIF_PART: expected a part from 1 to ARSHIF_PARTS \(2\); got "3"/);
    expect(() => parseSettings({ ARSHIF_PART: '0' })).toThrow(/ARSHIF_PART: expected a part from 1 to ARSHIF_PARTS \(1\); got "0"/);
    expect(() => parseSettings({ ARSHIF_YEARS: '2005-2012' })).toThrow(/ARSHIF_YEARS: year shards are retired: build in parts instead \(ARSHIF_PARTS/);
  });

  it('gives a part its own output folder and cache under the site\'s cache, and keeps the site\'s output folder', () => {
    const whole = parseSettings({}, '/project');
    const part = parseSettings({ ARSHIF_PARTS: '2', ARSHIF_PART: '2' }, '/project');
    // The publish step (the whole site's settings) writes the site's output folder, and finds each part's pages
    // where its render job wrote them.
    expect(parseSettings({ ARSHIF_PARTS: '2' }, '/project').outDir).toBe('/project/dist');
    expect(whole.partOutDir(2)).toBe(part.outDir);
    expect(part.outDir).toBe(`${whole.cacheDir}/parts/2/dist`);
    expect(part.cacheDir).toBe(`${whole.cacheDir}/parts/2/cache`);
    expect(part.articleTextsDir).toBe(`${whole.cacheDir}/plan/part-2/texts`);
    expect(part.planDir).toBe(whole.planDir);
  });

  it('names the archive as its maintainer says, and says when the site URL is the local default', () => {
    expect(parseSettings({})).toMatchObject({ title: 'أرشيف', url: 'http://localhost:4321', urlIsLocalDefault: true });
    const named = parseSettings({ ARSHIF_TITLE: ' أرشيف جريدة الغد ', ARSHIF_DESCRIPTION: 'كل أعداد الجريدة منذ ١٩٩٠.', ARSHIF_SITE_URL: 'https://archive.alghad.example' });
    expect(named).toMatchObject({ title: 'أرشيف جريدة الغد', description: 'كل أعداد الجريدة منذ ١٩٩٠.', urlIsLocalDefault: false });
    // A shadda typed before its fatha is put after it, as in the articles' text (NFC).
    expect(parseSettings({ ARSHIF_TITLE: 'أرشيف المحر\u0651\u064Eر' }).title).toBe('أرشيف المحر\u064E\u0651ر');
    expect(() => parseSettings({ ARSHIF_TITLE: 'أ'.repeat(81) })).toThrow(/ARSHIF_TITLE: expected the archive's name, like «أرشيف الجريدة»: one line of at most 80 characters; got/);
    expect(() => parseSettings({ ARSHIF_DESCRIPTION: 'سطر\nوسطر' })).toThrow(/ARSHIF_DESCRIPTION: expected a sentence that says what the archive holds: one line/);
  });

  it('refuses a site URL with a query, a fragment, a path or credentials, and a base path with . or .. segments', () => {
    const refusals: [Record<string, string>, RegExp][] = [
      [{ ARSHIF_SITE_URL: 'https://ex.org?q=1' }, /ARSHIF_SITE_URL: expected an origin with its scheme, like https:\/\/news.example.org, without a query \(\?…\); got "https:\/\/ex.org\?q=1"/],
      [{ ARSHIF_SITE_URL: 'https://ex.org/#top' }, /ARSHIF_SITE_URL: .*without a fragment/],
      [{ ARSHIF_SITE_URL: 'https://ex.org/archive' }, /ARSHIF_SITE_URL: .*without a path \(set the path in ARSHIF_BASE\)/],
      [{ ARSHIF_SITE_URL: 'https://user:secret@ex.org' }, /ARSHIF_SITE_URL: .*without a user name or password/],
      [{ ARSHIF_SITE_URL: 'ftp://ex.org' }, /ARSHIF_SITE_URL: expected an origin with its scheme/],
      [{ ARSHIF_BASE: '/../' }, /ARSHIF_BASE: expected a URL path like \/archive\/, without \. or \.\. segments; got "\/..\/"/],
      [{ ARSHIF_BASE: '/a/./b/' }, /ARSHIF_BASE: .*without \. or \.\. segments/],
    ];
    for (const [env, refusal] of refusals) expect(() => parseSettings(env), JSON.stringify(env)).toThrow(refusal);
    expect(parseSettings({ ARSHIF_SITE_URL: 'http://127.0.0.1:4322/', ARSHIF_BASE: '/a.b/..c/' })).toMatchObject({ url: 'http://127.0.0.1:4322', base: '/a.b/..c/' });
  });

  it('takes the build day from ARSHIF_BUILD_DAY, today in UTC when unset, and refuses days that do not exist', () => {
    expect(parseSettings({ ARSHIF_BUILD_DAY: ' 2019-05-20 ' })).toMatchObject({ buildDay: '2019-05-20', latestArticleDay: '2019-05-20' });
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
