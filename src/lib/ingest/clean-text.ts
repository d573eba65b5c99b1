// Scraped text → plain text: line ends unified, invisible noise removed, HTML remnants turned into text.

import { decodeHTMLStrict } from 'entities';
import { TATWEEL } from '../arabic.ts';

/** Splits text into lines whatever the line ends (CRLF, LF or lone CR). */
export const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

// Zero-width spaces/joiners, word joiner, BOM, bidi marks and embeddings: scraping noise in Arabic news text.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// C0/C1 control characters (tab aside) make XML feeds invalid.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const TATWEEL_RUNS = new RegExp(`${TATWEEL}+`, 'g');
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * Normalises one line of text: no invisible characters, no tatweel, single spaces, trimmed, in Unicode's composed
 * form (NFC, what the web's text should be: scraped Arabic often puts a shadda before the kasra or fatha it carries,
 * which looks the same). NFC last: removing a character can bring two marks together.
 */
export function cleanLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(CONTROL, '').replace(TATWEEL_RUNS, '').replace(SPACES, ' ').trim().normalize('NFC');
}

// Markup that scrapers leave behind. Only these harmless tags are interpreted; any other tag-like text
// (`<script>`, `<img onerror=…>`) stays literal text and is escaped wherever it is rendered.
const BREAK_TAG = /<\s*(?:br|\/?\s*p|\/?\s*div|\/?\s*li|\/?\s*h[1-6])(?:\s[^<>]*)?\s*\/?\s*>/gi;
const INLINE_TAG = /<\s*\/?\s*(?:b|i|u|em|strong|span|font|a|small|sup|sub)(?:\s[^<>]*)?\s*>/gi;
/**
 * A paragraph cut into pieces of at most `maxLength` characters: after the last sentence end that fits, else the
 * last space, else at the bound itself (a run of text with no space at all).
 */
export function splitLongParagraph(paragraph: string, maxLength: number): string[] {
  const pieces: string[] = [];
  let rest = paragraph;
  while (rest.length > maxLength) {
    const window = rest.slice(0, maxLength + 1);
    const sentenceEnd = Math.max(...['. ', '؟ ', '! ', '? ', '… '].map((mark) => window.lastIndexOf(mark)));
    const space = window.lastIndexOf(' ');
    // Only a cut past the middle: an early one would leave pieces far shorter than the bound.
    const cut = sentenceEnd > maxLength / 2 ? sentenceEnd + 1 : space > maxLength / 2 ? space : maxLength;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/** One raw line → the paragraphs it holds, once HTML remnants are turned into text. */
export function lineToParagraphs(line: string): string[] {
  return line
    .split(BREAK_TAG)
    .map((part) => cleanLine(decodeHTMLStrict(part.replace(INLINE_TAG, ''))))
    .filter((part) => part !== '');
}
