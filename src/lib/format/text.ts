// Short texts derived from an article: the summary used in meta tags and feeds.

/** The text cut to at most `maxLength` characters on a word boundary, with `…` when something was cut. */
export function excerpt(text: string, maxLength = 160): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s،,.:;؛-]+$/, '')}…`;
}

/** Words of a paragraph that hold a letter (a dash, a number or a lone mark is not a word of text). */
const wordCount = (paragraph: string): number => paragraph.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

/**
 * Whether a paragraph reads as the article's text rather than a dateline, a byline or a caption («عين اليوم – جدة»,
 * «آن الصافي», «سان فرانسيسكو 20 يوليو تموز (رويترز) -»): a sentence of some length, or a shorter one that ends as
 * a sentence does.
 */
export const readsAsText = (paragraph: string): boolean => {
  const words = wordCount(paragraph);
  return words >= 8 || (words >= 4 && /[.!?؟…]["'»”)]*$/.test(paragraph.trim()));
};

/**
 * What describes the article in meta tags and feeds: its text from the first paragraph that reads as text, cut to
 * a description's length; from the first paragraph when none does; the title when there is no text at all.
 */
export function summaryOf(paragraphs: readonly string[], title: string): string {
  const start = paragraphs.findIndex(readsAsText);
  const text = paragraphs.slice(Math.max(start, 0)).join(' ');
  return excerpt(text === '' ? title : text);
}

/**
 * Between the parts of a line of facts (category · date · …): a no-break space after the dot keeps it with the part
 * it introduces, so a wrapped line never ends with a lone dot.
 */
export const SEPARATOR = ' ·\u00a0';

/** Words an average reader reads per minute in Arabic news text. */
const WORDS_PER_MINUTE = 180;

export function readingMinutes(paragraphs: readonly string[]): number {
  const words = paragraphs.reduce((total, paragraph) => total + paragraph.split(/\s+/).filter(Boolean).length, 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export interface TextRun {
  text: string;
  /** A run of Latin script (names, product names) to isolate from the surrounding right-to-left text. */
  latin: boolean;
}

// A run that starts and ends with a Latin letter or digit and holds at least one Latin letter, e.g.
// `iPhone XS Max`, `A320neo`, `ISO 22000`. Arabic text and lone numbers need no isolation.
const LATIN_RUN = /[A-Za-z0-9\u00c0-\u024f](?:[A-Za-z0-9\u00c0-\u024f .,'’&+/-]*[A-Za-z0-9\u00c0-\u024f])?/g;

export function splitLatinRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    if (!/[A-Za-z\u00c0-\u024f]/.test(match[0])) continue;
    if (match.index > last) runs.push({ text: text.slice(last, match.index), latin: false });
    runs.push({ text: match[0], latin: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}
