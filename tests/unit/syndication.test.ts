// JSON Feed items from the RSS items, and the OpenSearch description: escaped, valid, pointing at the search page.

import { describe, expect, it } from 'vitest';
import { feedItem } from '../../src/lib/syndication/feed-item.ts';
import { jsonFeed } from '../../src/lib/syndication/json-feed.ts';
import { openSearchDescription, shortNameOf } from '../../src/lib/syndication/opensearch.ts';
import { parseXmlStrictly } from '../e2e/xml.ts';
import { validateJsonFeed as validate } from '../tools/json-feed-validator.ts';

const hostile = { id: 'x', title: '</script><b>"عنوان"</b>', category: 'c', date: '2018-05-20', paragraphs: ['<img onerror=alert(1)> & نص'], textDigest: 'not-read' };

describe('JSON Feed', () => {
  const item = feedItem(hostile, 'https://example.org/articles/x/', 'قسم', 0);
  const feed = jsonFeed(
    { title: 't', description: 'd', home_page_url: 'https://example.org/', feed_url: 'https://example.org/feed.json', favicon: 'https://example.org/favicon.svg', language: 'ar' },
    [item],
  );

  it('carries the RSS item: the same link, title, full text (escaped HTML), date and category', () => {
    expect(feed.items).toEqual([
      {
        id: 'https://example.org/articles/x/',
        url: 'https://example.org/articles/x/',
        title: hostile.title,
        summary: item.description,
        content_html: '<p>&lt;img onerror=alert(1)&gt; &amp; نص</p>',
        date_published: item.pubDate!.toISOString(),
        tags: ['قسم'],
      },
    ]);
    expect(feed.items[0]!.date_published).toBe('2018-05-20T11:14:59.000Z');
  });

  it('validates against the JSON Feed 1.1 schema, and the schema catches a broken feed', () => {
    expect(validate(JSON.parse(JSON.stringify(feed))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...feed, items: [{ url: 'not a url' }] })).toBe(false);
  });
});

describe('the OpenSearch description', () => {
  const xml = openSearchDescription({
    name: 'أرشيف',
    description: 'بحث <في> "الأرشيف" & غيره',
    searchPageUrl: 'https://example.org/archive/search/',
    selfUrl: 'https://example.org/archive/opensearch.xml',
    iconUrl: 'https://example.org/archive/favicon.svg',
  });
  const document = parseXmlStrictly(xml);

  it('is well-formed XML in the OpenSearch 1.1 namespace with the text escaped', () => {
    expect(document.documentElement?.namespaceURI).toBe('http://a9.com/-/spec/opensearch/1.1/');
    expect(document.getElementsByTagName('Description')[0]?.textContent).toBe('بحث <في> "الأرشيف" & غيره');
    expect(document.getElementsByTagName('ShortName')[0]?.textContent).toBe('أرشيف');
  });

  it('sends the search terms to the search page\'s q parameter', () => {
    const templates = [...document.getElementsByTagName('Url')].map((url) => [url.getAttribute('type'), url.getAttribute('template')]);
    expect(templates).toEqual([
      ['text/html', 'https://example.org/archive/search/?q={searchTerms}'],
      ['application/opensearchdescription+xml', 'https://example.org/archive/opensearch.xml'],
    ]);
  });

  it('shortens a name longer than the 16 characters OpenSearch allows to the words that fit', () => {
    expect(shortNameOf('أرشيف جريدة الغد')).toBe('أرشيف جريدة الغد');
    expect(shortNameOf('أرشيف صحيفة الشرق الأوسط')).toBe('أرشيف صحيفة');
    expect(shortNameOf('أرشيفالأخبارالعربيةالكبير')).toBe('أرشيفالأخبارالعر');
  });
});
