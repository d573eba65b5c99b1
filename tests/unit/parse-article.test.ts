import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../src/lib/ingest/decode.ts';
import { DEFAULT_CATEGORY, parseArticleText } from '../../src/lib/ingest/parse-article.ts';
import { fixtureBytes, seedPath, today } from './helpers.ts';

const parseFixture = (name: string) => {
  const decoded = decodeArticleBytes(fixtureBytes(name));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  return parseArticleText(decoded.text, { today });
};

describe('parseArticleText', () => {
  it('reads the seed article', () => {
    const { article, problems } = parseArticleText(readFileSync(seedPath, 'utf8'), { today });
    expect(problems).toEqual([]);
    expect(article?.title).toBe('قائد عسكري في "التحالف الدولي": ملتزمون بتحقيق الاستقرار في العراق');
    expect(article?.category).toBe('أخبار عربية ودولية');
    expect(article?.date).toBe('2018-05-20');
    expect(article?.paragraphs).toHaveLength(9);
    expect(article?.paragraphs[0]).toMatch(/^قال نائب القائد العام/);
    expect(article?.paragraphs.every((paragraph) => paragraph.trim() === paragraph && paragraph !== '')).toBe(true);
  });

  it('reads CRLF files with a BOM and Levantine dates', () => {
    for (const name of ['crlf-bom.txt', 'levantine.txt']) {
      const { article, problems } = parseFixture(name);
      expect(problems).toEqual([]);
      expect(article?.title).toBe('عنوان الخبر');
      expect(article?.category).toBe('محليات');
      expect(article?.paragraphs).toEqual(['الفقرة الأولى من الخبر.', 'الفقرة الثانية من الخبر.']);
    }
  });

  it('reads files whose title is not repeated and whose paragraphs are split by blank lines', () => {
    const { article, problems } = parseFixture('blank-line-paragraphs.txt');
    expect(problems).toEqual([]);
    expect(article).toEqual({
      title: 'عنوان',
      category: 'قسم',
      date: '2018-05-20',
      paragraphs: ['الفقرة الأولى.', 'الفقرة الثانية.'],
    });
  });

  it('files an article without a category line under the default category, with a warning on that line', () => {
    const result = parseFixture('no-category.txt');
    expect(result.article?.category).toBe(DEFAULT_CATEGORY);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'no-category', severity: 'warning', line: 3 })]);
  });

  it('turns HTML remnants into text and paragraph breaks', () => {
    const { article } = parseFixture('html-remnants.txt');
    expect(article?.title).toBe('عنوان "مقتبس"');
    expect(article?.paragraphs).toEqual(['الفقرة الأولى هنا.', 'الفقرة الثانية.', 'الثالثة.']);
  });

  it('keeps markup that is not a formatting remnant as literal text', () => {
    const { article } = parseFixture('injection.txt');
    expect(article?.title).toBe(`<script>alert('title')</script> "عنوان" ]]> <img src=x onerror=alert(1)>`);
    expect(article?.category).toBe(`<script>alert('category')</script> ]]>`);
    expect(article?.paragraphs[0]).toContain(`</script><script>alert('body')</script>`);
  });

  it('removes invisible characters and tatweel, and unifies spaces', () => {
    const text = 'عنـــوان\u200b\u200f  الخبر\n\nقسم\n\n٢٠ مايو ٢٠١٨\n\nنص\u00a0\u00a0الخبر\u0007.\n';
    expect(parseArticleText(text, { today }).article).toMatchObject({ title: 'عنوان الخبر', paragraphs: ['نص الخبر.'] });
  });

  it('keeps text in Unicode\'s composed form (NFC), also where a removed character joined two marks', () => {
    // Shadda (U+0651) before kasra (U+0650), as scraped; alef with a combining hamza (U+0654); a zero-width
    // non-joiner between a shadda and a fatha (U+064E).
    const text = 'تسل\u0651\u0650م\n\nقسم\n\n٢٠ مايو ٢٠١٨\n\nس\u0627\u0654ل وعز\u0651\u200c\u064Eز.\n';
    const article = parseArticleText(text, { today }).article;
    expect(article).toMatchObject({ title: 'تسل\u0650\u0651م', paragraphs: ['س\u0623ل وعز\u064E\u0651ز.'] });
  });

  it.each([
    ['empty.txt', 'empty', undefined],
    ['whitespace.txt', 'empty', undefined],
    ['no-date.txt', 'no-date', 5],
    ['impossible-date.txt', 'impossible-date', 5],
    ['no-body.txt', 'no-body', undefined],
  ])('rejects %s with the reason and line', (name, code, line) => {
    const result = parseFixture(name);
    expect(result.article).toBeUndefined();
    const where = line === undefined ? {} : { line };
    expect(result.problems).toContainEqual(expect.objectContaining({ code, severity: 'error', ...where }));
  });
});
