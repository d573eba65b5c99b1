// Writes tests/search/queries.json: the measured query set, drawn from real articles (tests/data/saudi-news/) and the
// bundled sample. Deterministic: the same corpus always gives the same queries. Run: node tests/search/make-queries.ts

import { writeFileSync } from 'node:fs';
import { realCorpusFolder } from '../../bench/corpus.ts';
import type { Article } from '../../src/lib/article.ts';
import { ingestFolder } from '../../src/lib/ingest/ingest-folder.ts';
import { normalizeForSearch } from '../../src/lib/search/normalize.ts';
import type { QueryCase } from './quality.ts';

const today = '2100-01-01';
const real = ingestFolder(realCorpusFolder(), { today }).articles;
const sample = ingestFolder('content/articles', { today }).articles;

let state = 20_260_101;
const random = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};
const shuffled = <T>(items: readonly T[]): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};

const words = (title: string) => title.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((word) => word.length > 1);
// Every article whose title holds the phrase counts as a right answer (titles repeat in news).
const articlesWithPhrase = (phrase: string) =>
  real.filter((article) => normalizeForSearch(article.title).includes(normalizeForSearch(phrase))).map((article) => article.id);

/** How many people type: bare alef for hamza forms, ه for final ة, ي for final ى. */
const typedCasually = (text: string) => text.replace(/[أإآ]/g, 'ا').replace(/ة(?=\s|$)/g, 'ه').replace(/ى(?=\s|$)/g, 'ي');
const withDiacritics = (text: string) => text.replace(/(\p{L})(\p{L})/u, '$1\u064e$2').replace(/ (\p{L})/gu, ' $1\u064f');
const withTatweel = (text: string) => text.replace(/(\p{L}{2})(\p{L}{2})/u, '$1\u0640\u0640$2');
const toArabicIndic = (text: string) => text.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
const toPersian = (text: string) => text.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));

const cases: QueryCase[] = [];
const add = (kind: string, query: string, expected: string[]) => {
  if (expected.length > 0 && !cases.some((existing) => existing.kind === kind && existing.query === query)) cases.push({ kind, query, expected });
};
const phraseOf = (article: Article, length: number) => {
  const titleWords = words(article.title);
  if (titleWords.length < length) return undefined;
  const start = Math.floor(random() * (titleWords.length - length + 1));
  return titleWords.slice(start, start + length).join(' ');
};

/** Adds up to `target` queries of one kind, each made from a real article by `queryFor` (or skipped). */
function fill(kind: string, target: number, queryFor: (article: Article) => [string, string[]] | undefined): void {
  for (const article of shuffled(real)) {
    if (cases.filter((c) => c.kind === kind).length >= target) break;
    const found = queryFor(article);
    if (found) add(kind, ...found);
  }
}

fill('exact', 30, (article) => {
  const phrase = phraseOf(article, 3);
  return phrase ? [phrase, articlesWithPhrase(phrase)] : undefined;
});
fill('variant', 30, (article) => {
  const phrase = phraseOf(article, 3);
  return phrase && typedCasually(phrase) !== phrase ? [typedCasually(phrase), articlesWithPhrase(phrase)] : undefined;
});
fill('two-words', 10, (article) => {
  const phrase = phraseOf(article, 2);
  return phrase && articlesWithPhrase(phrase).length <= 3 ? [phrase, articlesWithPhrase(phrase)] : undefined;
});
fill('diacritics', 8, (article) => {
  const phrase = phraseOf(article, 3);
  return phrase ? [withDiacritics(phrase), articlesWithPhrase(phrase)] : undefined;
});
fill('tatweel', 8, (article) => {
  const phrase = phraseOf(article, 3);
  return phrase && withTatweel(phrase) !== phrase ? [withTatweel(phrase), articlesWithPhrase(phrase)] : undefined;
});
fill('digits', 8, (article) => {
  const titleWords = words(article.title);
  const index = titleWords.findIndex((word) => /^\d+$/.test(word));
  if (index < 0) return undefined;
  const phrase = titleWords.slice(Math.max(0, index - 1), index + 2).join(' ');
  const converted = cases.filter((c) => c.kind === 'digits').length % 2 === 0 ? toArabicIndic(phrase) : toPersian(phrase);
  return [converted, articlesWithPhrase(phrase)];
});
fill('prefixed', 8, (article) => {
  const titleWords = words(article.title);
  const index = titleWords.findIndex((word) => /^ال\p{L}{3,}$/u.test(word));
  if (index < 0 || titleWords.length < 3) return undefined;
  // The title says الحكومة; the reader types والحكومة or بالحكومة next to another title word.
  const neighbour = titleWords[index === 0 ? 1 : index - 1]!;
  const prefix = ['و', 'ب', 'ل'][cases.length % 3]!;
  // ل before ال writes لل: الأماكن → للأماكن.
  const prefixed = prefix === 'ل' ? `ل${titleWords[index]!.slice(1)}` : `${prefix}${titleWords[index]}`;
  const expected = real
    .filter((candidate) => {
      const title = normalizeForSearch(candidate.title);
      return title.includes(normalizeForSearch(titleWords[index]!)) && title.includes(normalizeForSearch(neighbour));
    })
    .map((candidate) => candidate.id);
  return [`${neighbour} ${prefixed}`, expected];
});
// Latin names inside Arabic text, from the bundled sample (the real corpus has few).
for (const [query, titleStart] of [
  ['Airbus', 'شركة طيران وطنية'],
  ['Bitcoin', 'العملات الرقمية'],
  ['NASA مسبارا', 'ناسا تطلق'],
  ['Liverpool صلاح', 'منتخب مصر'],
  ['iPhone XS', 'آبل تكشف'],
  ['Oxford مخطوطات', 'ترميم مخطوطات'],
] as const) {
  add('latin-name', query, sample.filter((article) => article.title.startsWith(titleStart)).map((article) => article.id));
}

writeFileSync(new URL('queries.json', import.meta.url), `${JSON.stringify(cases, null, 1)}\n`);
const kinds = Object.entries(Object.groupBy(cases, (c) => c.kind)).map(([kind, list]) => `${kind} ${list?.length}`);
console.log(`${cases.length} queries: ${kinds.join(', ')}`);
