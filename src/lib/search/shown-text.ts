// Pagefind builds result excerpts from the text it indexed, which is normalised (normalize.ts): اعلن for أعلن.
// Word for word, that text is the article's own with each word normalised, so after indexing the article's own
// spelling can be put back into the text excerpts are made from; Pagefind's word positions still point at the
// same words.

import { normalizeForSearch } from './normalize.ts';

/** How Pagefind splits that text into the words its positions count. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;
const PUNCTUATION = /^\p{P}+$/u;

/** The words an article shows, in the order Pagefind indexed them: title, then paragraphs. */
export const shownText = (title: string, paragraphs: readonly string[]): string => [title, ...paragraphs].join(' ');

/** `indexed` with each word spelled as in `shown`, or undefined where the two do not pair word for word. */
export function restoreSpelling(indexed: string, shown: string): string | undefined {
  const indexedWords = indexed.split(WORD_SEPARATORS);
  const shownWords = shown.trim().split(WORD_SEPARATORS);
  // Normalised as a whole (one call per article, not per word); it keeps the words apart except in rare
  // compatibility forms (ﷺ → four words), where the counts differ and this gives up.
  const normalisedWords = normalizeForSearch(shown.trim()).split(WORD_SEPARATORS);
  if (indexedWords.length !== shownWords.length || normalisedWords.length !== shownWords.length) return undefined;
  const restored: string[] = [];
  for (const [index, word] of indexedWords.entries()) {
    const original = shownWords[index]!;
    const normalised = normalisedWords[index]!;
    // Pagefind ends a title or paragraph that has no final punctuation with a full stop.
    const added = word.startsWith(normalised) ? word.slice(normalised.length) : undefined;
    if (added === undefined || (added !== '' && !PUNCTUATION.test(added))) return undefined;
    restored.push(original + added);
  }
  return restored.join(' ');
}
