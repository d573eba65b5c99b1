import { describe, expect, it } from 'vitest';
import { holdsPhrase, searchWords } from '../../src/lib/search/phrase.ts';
import { type PagefindResult, RERANKED, searchTitlesFirst, titleTier } from '../../src/lib/search/rank.ts';

describe('holdsPhrase', () => {
  const title = searchWords('وزير الخارجية يلتقي نظيره الفلسطيني في الرياض');
  it('finds the words one after the other, normalised', () => {
    expect(holdsPhrase(title, searchWords('يلتقي نظيره الفلسطيني'))).toBe(true);
    expect(holdsPhrase(title, searchWords('وزير الخارجيه'))).toBe(true);
  });
  it('does not find them apart or in another order', () => {
    expect(holdsPhrase(title, searchWords('وزير يلتقي'))).toBe(false);
    expect(holdsPhrase(title, searchWords('الخارجية وزير'))).toBe(false);
    expect(holdsPhrase(title, [])).toBe(false);
  });
  it('takes a word with or without its clitics: و ف ب ل ك and the article', () => {
    expect(holdsPhrase(title, searchWords('بالرياض'))).toBe(true);
    expect(holdsPhrase(title, searchWords('فلسطيني'))).toBe(true);
    expect(holdsPhrase(searchWords('مقاتلون مناهضون للحوثيين'), searchWords('مناهضون حوثيين'))).toBe(true);
    expect(holdsPhrase(searchWords('ووزير المالية'), searchWords('وزير المالية'))).toBe(true);
  });
  it('keeps short words whole: a clitic is not read into them', () => {
    expect(holdsPhrase(searchWords('بين البلدين'), searchWords('ين البلدين'))).toBe(false);
    expect(holdsPhrase(searchWords('كشف الحساب'), searchWords('شف الحساب'))).toBe(false);
  });
});

describe('titleTier', () => {
  const title = 'أمير الرياض يدشّن مشروع «النقل العام»';
  it('puts the phrase as typed first, then normalised, then all words, then fewer of them', () => {
    expect(titleTier(title, 'مشروع النقل العام')).toBe(0);
    expect(titleTier(title, 'امير الرياض')).toBe(1);
    expect(titleTier(title, 'النقل الرياض')).toBe(2);
    expect(titleTier(title, 'النقل البحري')).toBe(3);
    expect(titleTier(title, 'قطار الرياض البحري')).toBe(4);
  });
});

/** A stand-in for Pagefind: pages with titles; a quoted query finds the pages whose text holds the phrase. */
function fakePagefind(pages: { id: string; title: string; text: string }[]) {
  const searched: string[] = [];
  const result = (page: (typeof pages)[number]): PagefindResult => ({ id: page.id, data: async () => ({ meta: { title: page.title } }) });
  return {
    searched,
    async search(term: string | null, options: object = {}) {
      searched.push(term ?? '');
      const quoted = term?.startsWith('"') ? term.slice(1, -1) : undefined;
      const words = (quoted ?? term ?? '').split(' ');
      const found = pages.filter((page) => (quoted ? page.text.includes(quoted) : words.every((word) => page.text.includes(word))));
      return { results: found.map(result), options };
    },
  };
}

describe('searchTitlesFirst', () => {
  const pages = [
    { id: 'body', title: 'أخبار الاقتصاد', text: 'اسعار النفط ترتفع اسعار النفط' },
    { id: 'apart', title: 'النفط والذهب: اسعار', text: 'النفط اسعار' },
    { id: 'title', title: 'أسعار النفط ترتفع', text: 'اسعار النفط ترتفع' },
  ];
  it('moves the titles holding the query as a phrase first, keeping Pagefind order otherwise', async () => {
    const pagefind = fakePagefind(pages);
    const response = await searchTitlesFirst(pagefind, 'أسعار النفط');
    expect(response!.results.map((r) => r.id)).toEqual(['title', 'apart', 'body']);
    expect(pagefind.searched).toEqual(['اسعار النفط', '"اسعار النفط"']);
  });
  it('keeps the rest of the response (counts, filters) as Pagefind gave it', async () => {
    const response = await searchTitlesFirst(fakePagefind(pages), 'النفط', { filters: { year: ['2015'] } });
    expect(response).toMatchObject({ options: { filters: { year: ['2015'] } } });
  });
  it('leaves a chosen sort order and an empty query to Pagefind', async () => {
    const pagefind = fakePagefind(pages);
    const sorted = await searchTitlesFirst(pagefind, 'أسعار النفط', { sort: { date: 'desc' } });
    expect(sorted!.results.map((r) => r.id)).toEqual(['body', 'apart', 'title']);
    await searchTitlesFirst(pagefind, '  ');
    expect(pagefind.searched).toEqual(['اسعار النفط', '']);
  });
  it('looks again only at the best results of each search', async () => {
    // Every page holds the two words apart; the page at rank RERANKED + 2 holds them as a phrase, titled with them,
    // and the last page is titled with them too but its text does not hold the phrase.
    const many = Array.from({ length: RERANKED + 5 }, (_, i) => ({ id: `p${i}`, title: 'خبر', text: 'النهضه عن سد' }));
    many[RERANKED + 2] = { id: 'phrase', title: 'سد النهضة', text: 'سد النهضه' };
    many[RERANKED + 4] = { id: 'deep', title: 'سد النهضة', text: 'النهضه عن سد' };
    const ids = (await searchTitlesFirst(fakePagefind(many), 'سد النهضة'))!.results.map((r) => r.id);
    expect(ids).toHaveLength(many.length);
    expect(ids[0]).toBe('phrase');
    expect(ids.at(-1)).toBe('deep');
  });
});
