import { describe, expect, it } from 'vitest';
import { realCorpusFolder } from '../../bench/corpus.ts';
import { withText } from '../../src/lib/article-texts.ts';
import { excerpt, readsAsText, summaryOf } from '../../src/lib/format/text.ts';
import { ingestFolder } from '../../src/lib/ingest/ingest-folder.ts';
import { feedItem } from '../../src/lib/syndication/feed-item.ts';

const words = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

describe('summaries', () => {
  // First paragraphs of articles of the test corpus (tests/data/saudi-news/).
  const datelinesAndBylines = [
    'عين اليوم – جدة',
    'آن الصافي',
    'علي السحاري – القنفذة',
    'داليا أبوالعيش – عين اليوم',
    'قاسم الزرعي -عين اليوم',
    'إبراهيم الحذيفي – نايف عبدالله: عين اليوم',
    'Next Previous عين اليوم – واس',
    'سان فرانسيسكو 20 يوليو تموز (رويترز) -',
    'د. إبراهيم الرشيدي د. محيي الدين الطيب',
  ];

  it('takes datelines, bylines and captions for what they are', () => {
    for (const line of datelinesAndBylines) expect(readsAsText(line), line).toBe(false);
    expect(readsAsText('قال مسؤولون إن الأمطار الغزيرة التي هطلت على جدة أمس أغلقت عدة طرق رئيسية.')).toBe(true);
    expect(readsAsText('أعلنت الوزارة نتائج القبول.')).toBe(true); // short, but a sentence
  });

  it('start at the first paragraph that reads as text, and go on into the next', () => {
    const paragraphs = ['علي السحاري – القنفذة', 'أعلنت بلدية القنفذة عن إطلاق مشروع لتطوير الواجهة البحرية بطول ثلاثة كيلومترات.', 'ويشمل المشروع ممرات للمشاة.'];
    expect(summaryOf(paragraphs, 'العنوان')).toBe(`${paragraphs[1]} ${paragraphs[2]}`);
  });

  it('fall back to the first paragraph when none reads as text, and to the title when there is no text', () => {
    expect(summaryOf(['عين اليوم – جدة', 'صورة'], 'العنوان')).toBe('عين اليوم – جدة صورة');
    expect(summaryOf([], 'العنوان')).toBe('العنوان');
  });

  it('are never a byline where the article has a sentence, over the whole test corpus', async () => {
    const { articles, texts } = await ingestFolder(realCorpusFolder(), { today: '2026-12-06' });
    expect(articles.length).toBeGreaterThan(5000);
    let skipped = 0;
    for (const article of articles.map((article) => withText(texts, article))) {
      const summary = feedItem(article, 'https://example.org/', 'قسم', 0).description!;
      // Counted within a description's length: one paragraph of a few words and a long link is cut short.
      const longest = Math.max(...article.paragraphs.map((paragraph) => words(excerpt(paragraph))));
      expect(words(summary), article.id).toBeGreaterThanOrEqual(Math.min(8, longest));
      if (longest >= 8) {
        const short = article.paragraphs.filter((paragraph) => words(paragraph) < 4);
        for (const byline of short) expect(summary.startsWith(byline), `${article.id}: ${summary}`).toBe(false);
      }
      if (!summary.startsWith(article.paragraphs[0]!.slice(0, 20))) skipped += 1;
    }
    // The corpus has hundreds of articles that open with a dateline or byline (453 first paragraphs of ≤ 7 words).
    expect(skipped).toBeGreaterThan(300);
  }, 60_000);
});
