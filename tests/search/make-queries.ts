// Writes tests/search/queries.json: the measured query set, known-item queries drawn from the titles of real articles
// (tests/data/saudi-news/) and the bundled sample, each with its ambiguity. Deterministic: the same corpus always gives the same queries. Run: node tests/search/make-queries.ts

import { writeFileSync } from 'node:fs';
import { realCorpusFolder } from '../../bench/corpus.ts';
import type { Article } from '../../src/lib/article.ts';
import { ingestFolder } from '../../src/lib/ingest/ingest-folder.ts';
import { holdsPhrase, searchWords } from './phrase.ts';
import type { QueryCase } from './quality.ts';

const today = '2100-01-01';
const real = (await ingestFolder(realCorpusFolder(), { today })).articles;
const sample = (await ingestFolder('content/articles', { today })).articles;

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
const wordsOfTitle = new Map(real.map((article) => [article.id, searchWords(article.title)]));
const distinctTitles = [...new Map(real.map((article) => [wordsOfTitle.get(article.id)!.join(' '), wordsOfTitle.get(article.id)!])).values()];
/** How many distinct titles hold the phrase: the ranks a known item can be sure of are bounded by it. */
const ambiguityOf = (phrase: string) => distinctTitles.filter((title) => holdsPhrase(title, searchWords(phrase))).length;
/** The known item and its copies (the same title, normalised): any of them in a rank is a success. */
const copiesOf = (article: Article) => {
  const title = wordsOfTitle.get(article.id)!.join(' ');
  return real.filter((other) => wordsOfTitle.get(other.id)!.join(' ') === title).map((other) => other.id);
};

/** How many people type: bare alef for hamza forms, ه for final ة, ي for final ى. */
const typedCasually = (text: string) => text.replace(/[أإآ]/g, 'ا').replace(/ة(?=\s|$)/g, 'ه').replace(/ى(?=\s|$)/g, 'ي');
const withDiacritics = (text: string) => text.replace(/(\p{L})(\p{L})/u, '$1\u064e$2').replace(/ (\p{L})/gu, ' $1\u064f');
const withTatweel = (text: string) => text.replace(/(\p{L}{2})(\p{L}{2})/u, '$1\u0640\u0640$2');
const toArabicIndic = (text: string) => text.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
const toPersian = (text: string) => text.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));

const cases: QueryCase[] = [];
const add = (kind: string, query: string, article: Article, phrase: string) => {
  if (cases.some((existing) => existing.kind === kind && existing.query === query)) return;
  const ambiguity = ambiguityOf(phrase);
  // A phrase the search cannot tell from its source title (a normalisation this set does not model) is left out.
  if (ambiguity > 0 && holdsPhrase(wordsOfTitle.get(article.id)!, searchWords(phrase))) cases.push({ kind, query, expected: copiesOf(article), ambiguity });
};
const phraseOf = (article: Article, length: number) => {
  const titleWords = words(article.title);
  if (titleWords.length < length) return undefined;
  const start = Math.floor(random() * (titleWords.length - length + 1));
  return titleWords.slice(start, start + length).join(' ');
};

/** Adds up to `target` queries of one kind, each made from a real article by `queryFor` as [query, phrase]. */
function fill(kind: string, target: number, queryFor: (article: Article) => [string, string] | undefined): void {
  for (const article of shuffled(real)) {
    if (cases.filter((c) => c.kind === kind).length >= target) break;
    const found = queryFor(article);
    if (found) add(kind, found[0], article, found[1]);
  }
}

// Three consecutive words of a title, as written and as people commonly type them (the held-out evaluation's kinds).
fill('exact', 150, (article) => {
  const phrase = phraseOf(article, 3);
  return phrase ? [phrase, phrase] : undefined;
});
fill('common-spelling', 150, (article) => {
  const phrase = phraseOf(article, 3);
  return phrase && typedCasually(phrase) !== phrase ? [typedCasually(phrase), phrase] : undefined;
});
fill('two-words', 60, (article) => {
  const phrase = phraseOf(article, 2);
  return phrase ? [phrase, phrase] : undefined;
});
// A definite noun of the title typed with other clitics than it has: والحكومة typed الحكومة or حكومة; الحكومة
// typed والحكومة, فالحكومة, بالحكومة, للحكومة or حكومة; next to another title word.
fill('clitic', 60, (article) => {
  const titleWords = words(article.title);
  const candidates = titleWords.flatMap((word, index) => (/^([وفبك]?ال|لل)\p{L}{4}/u.test(word) ? [index] : []));
  if (titleWords.length < 2 || candidates.length === 0) return undefined;
  const index = candidates[Math.floor(random() * candidates.length)]!;
  const word = titleWords[index]!;
  const noun = word.replace(/^([وفبك]?ال|لل)/u, '');
  const variant = cases.filter((c) => c.kind === 'clitic').length % 5;
  const typed = !word.startsWith('ال')
    ? (variant % 2 === 0 ? `ال${noun}` : noun)
    : [`و${word}`, `ف${word}`, `ب${word}`, `لل${noun}`, noun][variant]!;
  const neighbour = titleWords[index === 0 ? 1 : index - 1]!;
  return index === 0 ? [`${typed} ${neighbour}`, `${word} ${neighbour}`] : [`${neighbour} ${typed}`, `${neighbour} ${word}`];
});
fill('diacritics', 8, (article) => {
  const phrase = phraseOf(article, 3);
  return phrase ? [withDiacritics(phrase), phrase] : undefined;
});
fill('tatweel', 8, (article) => {
  const phrase = phraseOf(article, 3);
  return phrase && withTatweel(phrase) !== phrase ? [withTatweel(phrase), phrase] : undefined;
});
fill('digits', 8, (article) => {
  const titleWords = words(article.title);
  const index = titleWords.findIndex((word) => /^\d+$/.test(word));
  if (index < 0) return undefined;
  const phrase = titleWords.slice(Math.max(0, index - 1), index + 2).join(' ');
  const converted = cases.filter((c) => c.kind === 'digits').length % 2 === 0 ? toArabicIndic(phrase) : toPersian(phrase);
  return [converted, phrase];
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
  const expected = sample.filter((article) => article.title.startsWith(titleStart)).map((article) => article.id);
  cases.push({ kind: 'latin-name', query, expected, ambiguity: expected.length });
}

writeFileSync(new URL('queries.json', import.meta.url), `${JSON.stringify(cases, null, 1)}\n`);
const kinds = Object.entries(Object.groupBy(cases, (c) => c.kind)).map(([kind, list]) => `${kind} ${list?.length}`);
console.log(`${cases.length} queries: ${kinds.join(', ')}`);
