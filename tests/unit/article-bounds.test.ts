import { describe, expect, it } from 'vitest';
import { splitLongParagraph } from '../../src/lib/ingest/clean-text.ts';
import { ARTICLE_BOUNDS, parseArticleText } from '../../src/lib/ingest/parse-article.ts';
import { today } from './helpers.ts';

const raw = (title: string, body: string) => `${title}\n\n${title}\n\nمحليات\n\nالأحد، ٢٠ مايو ٢٠١٨\n\n${body}\n`;
const sentence = 'أعلنت الوزارة اليوم عن خطة جديدة لتطوير الطرق. ';

describe('splitting a paragraph too long for one', () => {
  it('cuts after the last sentence end that fits, and keeps every word', () => {
    const paragraph = sentence.repeat(10).trim();
    const pieces = splitLongParagraph(paragraph, 120);
    expect(pieces.every((piece) => piece.length <= 120 && piece.endsWith('.'))).toBe(true);
    expect(pieces.join(' ')).toBe(paragraph);
  });

  it('cuts at a space where no sentence ends, and at the bound in a run with no space', () => {
    expect(splitLongParagraph('كلمة '.repeat(30).trim(), 50).every((piece) => piece.length <= 50 && !piece.includes('كلمةكلمة'))).toBe(true);
    expect(splitLongParagraph('ب'.repeat(250), 100).map((piece) => piece.length)).toEqual([100, 100, 50]);
  });
});

describe('article bounds', () => {
  it('splits a paragraph past the bound, with a warning that names its line', () => {
    const { article, problems } = parseArticleText(raw('عنوان', sentence.repeat(600).trim()), { today });
    expect(article?.paragraphs.length).toBe(2);
    expect(article?.paragraphs.every((paragraph) => paragraph.length <= ARTICLE_BOUNDS.paragraphChars)).toBe(true);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'long-paragraph', line: 9 })]);
  });

  it('rejects a title no headline reaches, naming its line', () => {
    const { article, problems } = parseArticleText(raw('عنوان طويل '.repeat(40), 'نص المقال.'), { today });
    expect(article).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', code: 'title-too-long', line: 1 }));
  });

  it('rejects a text no news article reaches', () => {
    const body = Array.from({ length: 30 }, () => sentence.repeat(80).trim()).join('\n\u00a0\n');
    const { article, problems } = parseArticleText(raw('عنوان', body), { today });
    expect(article).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', code: 'text-too-long' }));
  });
});
