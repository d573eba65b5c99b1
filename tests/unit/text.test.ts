import { describe, expect, it } from 'vitest';
import { excerpt, readingMinutes, splitLatinRuns } from '../../src/lib/format/text.ts';
import { articleBodyHtml, feedItem } from '../../src/lib/syndication/feed-item.ts';

describe('excerpt', () => {
  it('keeps short text whole', () => {
    expect(excerpt('نص قصير.')).toBe('نص قصير.');
  });

  it('cuts long text on a word boundary, without trailing punctuation', () => {
    const text = 'كلمة، '.repeat(40);
    const cut = excerpt(text, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('كلمة…')).toBe(true);
  });
});

describe('feed items', () => {
  it('escapes every paragraph of the body as HTML text', () => {
    expect(articleBodyHtml(['a < b & "c"', '</script>'])).toBe('<p>a &lt; b &amp; &quot;c&quot;</p>\n<p>&lt;/script&gt;</p>');
  });

  // Fixed-offset zones at both ends of the promise (Etc/GMT+11 is UTC−11), and real zones of readers.
  // The first and the last of a day's articles (and one past the 900 seconds they are spread over).
  it.each(['Etc/GMT+11', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'UTC', 'Asia/Riyadh', 'Asia/Kolkata', 'Etc/GMT-12', 'Pacific/Chatham'])(
    'dates items so that a reader in %s sees the article\'s calendar day, whatever their place in the day',
    (timeZone) => {
      for (const rankInDay of [0, 899, 5000]) {
        const item = feedItem(
          { id: 'x', title: 't', category: 'c', date: '2018-05-20', paragraphs: ['p'], textDigest: 'not-read' },
          'https://example.org/articles/x/',
          'c',
          rankInDay,
        );
        // The feed carries the date as RFC 822 text; a reader parses it and shows it in its own zone.
        const parsed = new Date(Date.parse(item.pubDate?.toUTCString() ?? ''));
        const shown = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
        expect(shown.format(parsed), `rank ${rankInDay}`).toBe('2018-05-20');
        expect(item).toMatchObject({ description: 'p', content: '<p>p</p>', categories: ['c'] });
      }
    },
  );

  it('gives a day\'s articles times one second apart in the archive\'s order', () => {
    const at = (rankInDay: number) => feedItem({ id: 'x', title: 't', category: 'c', date: '2018-05-20', paragraphs: ['p'], textDigest: '' }, '', 'c', rankInDay).pubDate!.toISOString();
    expect([0, 1, 2].map(at)).toEqual(['2018-05-20T11:14:59.000Z', '2018-05-20T11:14:58.000Z', '2018-05-20T11:14:57.000Z']);
  });
});

describe('reading time and Latin runs', () => {
  it('estimates whole minutes, at least one', () => {
    expect(readingMinutes(['كلمة'])).toBe(1);
    expect(readingMinutes(['كلمة '.repeat(900)])).toBe(5);
  });

  it('isolates runs of Latin script, not lone numbers', () => {
    expect(splitLatinRuns('كشفت Apple عن iPhone XS Max بسعر 749 دولارا')).toEqual([
      { text: 'كشفت ', latin: false },
      { text: 'Apple', latin: true },
      { text: ' عن ', latin: false },
      { text: 'iPhone XS Max', latin: true },
      { text: ' بسعر 749 دولارا', latin: false },
    ]);
    expect(splitLatinRuns('نص عربي فقط')).toEqual([{ text: 'نص عربي فقط', latin: false }]);
  });
});
