import { describe, expect, it } from 'vitest';
import { holdsPhraseInLead, LEAD_WORDS, type PagefindResult, FEW_RESULTS, searchTitlesFirst, searchWholeWords } from '../../src/lib/search/rank.ts';
import { holdsPhrase, searchWords } from '../search/phrase.ts';

describe('holdsPhrase (the query set’s ambiguity)', () => {
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

describe('holdsPhraseInLead', () => {
  it('needs every word of the phrase at consecutive positions', () => {
    expect(holdsPhraseInLead([2, 3, 4], 3)).toBe(true);
    expect(holdsPhraseInLead([4, 3, 2, 40], 3)).toBe(true);
    expect(holdsPhraseInLead([2, 3, 5], 3)).toBe(false);
    expect(holdsPhraseInLead([0], 1)).toBe(true);
  });
  it('only where the phrase starts among the first LEAD_WORDS words', () => {
    expect(holdsPhraseInLead([LEAD_WORDS - 1, LEAD_WORDS], 2)).toBe(true);
    expect(holdsPhraseInLead([LEAD_WORDS, LEAD_WORDS + 1], 2)).toBe(false);
  });
});

/** A stand-in for Pagefind: records of normalised words; a page matches when it holds every word of the term. */
function fakePagefind(pages: { id: string; text: string }[]) {
  const searched: string[] = [];
  return {
    searched,
    async search(term: string | null, options: object = {}) {
      searched.push(term ?? '');
      const terms = (term ?? '').split(' ');
      const results: PagefindResult[] = pages
        .map((page) => ({ id: page.id, words: page.text.split(' ').flatMap((word, position) => (terms.includes(word) ? [position] : [])) }))
        .filter((result) => term === null || new Set(result.words.map((position) => pages.find((p) => p.id === result.id)!.text.split(' ')[position])).size === terms.length);
      return { results, options };
    },
  };
}

describe('searchTitlesFirst', () => {
  const filler = Array.from({ length: LEAD_WORDS }, () => 'نص').join(' ');
  const pages = [
    { id: 'body', text: `اخبار الاقتصاد ${filler} اسعار النفط ترتفع` },
    { id: 'apart', text: `النفط والذهب اسعار ${filler}` },
    { id: 'title', text: `اسعار النفط ترتفع ${filler}` },
  ];
  it('moves the results holding the query as a phrase at their start first, keeping Pagefind order otherwise', async () => {
    const pagefind = fakePagefind(pages);
    const response = await searchTitlesFirst(pagefind, 'أسعار النفط');
    expect(response!.results.map((r) => r.id)).toEqual(['title', 'body', 'apart']);
    expect(pagefind.searched).toEqual(['اسعار النفط']);
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
});

describe('a submitted search (searchWholeWords)', () => {
  // A model of Pagefind's matching: a query word finds the words it begins, and the words that begin it (the
  // fallback that found the "x" of "x Inverse" for «xyzqq»); a quoted word finds itself only.
  const pages: Record<string, string[]> = { a: ['الرياض', 'الامطار'], b: ['x', 'inverse'], c: ['الرياض', 'اليوم'] };
  const searched: string[] = [];
  const model = {
    async search(term: string | null) {
      searched.push(term ?? '');
      const exact = /^".*"$/.test(term ?? '');
      const words = (term ?? '').replace(/"/g, '').split(' ');
      const matches = (word: string, text: string) => (exact ? text === word : text.startsWith(word) || word.startsWith(text));
      const ids = Object.keys(pages).filter((id) => words.every((word) => pages[id]!.some((text) => matches(word, text))));
      return { results: ids.map((id) => ({ id, words: [] as number[] })) };
    },
  };

  it('finds nothing for a word that is no whole word of the archive, where the plain search finds a prefix match', async () => {
    expect((await searchTitlesFirst(model, 'xyzqq'))!.results.map((r) => r.id)).toEqual(['b']);
    const { response, absent } = await searchWholeWords(model, 'xyzqq');
    expect(response!.results).toEqual([]);
    expect(absent).toEqual(['xyzqq']);
  });

  it('leaves such a word out and searches the others, naming it as typed', async () => {
    const { response, absent } = await searchWholeWords(model, 'الرياض  xyzqq');
    expect(response!.results.map((r) => r.id)).toEqual(['a', 'c']);
    expect(absent).toEqual(['xyzqq']);
  });

  it('checks no word where the search finds many results (a common word\'s check costs a search of its every page)', async () => {
    const many = {
      async search(term: string | null) {
        searched.push(term ?? '');
        return { results: Array.from({ length: FEW_RESULTS + 1 }, (_, index) => ({ id: String(index), words: [] as number[] })) };
      },
    };
    searched.length = 0;
    expect((await searchWholeWords(many, 'الرياض')).response!.results).toHaveLength(FEW_RESULTS + 1);
    expect(searched).toEqual(['الرياض']);
  });

  it('searches whole words as usual, and a quoted phrase as Pagefind does', async () => {
    expect(await searchWholeWords(model, 'الرياض اليوم')).toMatchObject({ absent: [], response: { results: [{ id: 'c' }] } });
    searched.length = 0;
    expect((await searchWholeWords(model, '"xyzqq"')).absent).toEqual([]);
    expect(searched).toEqual(['"xyzqq"']);
  });
});
