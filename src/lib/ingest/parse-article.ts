// The text of one raw article file → its title, category, date and paragraphs, or the problems that stop it.

import type { ParsedArticle } from '../article.ts';
import { cleanLine, lineToParagraphs, splitLines, splitLongParagraph } from './clean-text.ts';
import { type DateLineOptions, parseDateLine } from './parse-date.ts';
import { hasErrors, type LocalProblem } from './problem.ts';

export interface ArticleParse {
  /** Present unless a problem is an error. */
  article?: ParsedArticle;
  problems: LocalProblem[];
}

/** The category given to articles whose file has none (documented in docs/input.md). */
export const DEFAULT_CATEGORY = 'غير مصنف';

/**
 * Bounds no real article reaches, so that every published page opens at once (documented in docs/input.md). In the
 * 5,149 real articles of tests/data/: titles up to 126 characters, paragraphs up to 14,128, texts up to 16,031.
 */
export const ARTICLE_BOUNDS = {
  /** A longer title line is not a headline (it most likely holds the body): the file is rejected. */
  titleChars: 300,
  /** A longer paragraph is split, at a sentence end where it can be. */
  paragraphChars: 20_000,
  /** A longer text (all paragraphs) is not one news article: the file is rejected. */
  textChars: 100_000,
};

interface NumberedLine {
  /** 1-based. */
  number: number;
  text: string;
}

const error = (code: string, message: string, line?: number): LocalProblem =>
  line === undefined ? { severity: 'error', code, message } : { severity: 'error', code, message, line };

export function parseArticleText(text: string, options: DateLineOptions): ArticleParse {
  // Header lines are the first non-blank lines; a blank line is empty once cleaned (spaces, NBSP, noise).
  const rawLines = splitLines(text);
  const lines: NumberedLine[] = rawLines
    .map((raw, index) => ({ number: index + 1, text: cleanLine(raw) }))
    .filter((line) => line.text !== '');
  if (lines.length === 0) return { problems: [error('empty', 'the file is empty or holds only whitespace')] };
  // A first line of zero-width or bidi characters only would vanish as blank and make the category the title.
  const firstWritten = rawLines.findIndex((raw) => raw.trim() !== '');
  if (firstWritten + 1 < lines[0]!.number) {
    return {
      problems: [error('no-title', 'the title line holds only invisible characters (zero-width, bidi marks)', firstWritten + 1)],
    };
  }

  const problems: LocalProblem[] = [];
  const [titleLine] = lines.splice(0, 1) as [NumberedLine];
  const title = lineToParagraphs(titleLine.text).join(' ');
  if (lines[0]?.text === titleLine.text) lines.splice(0, 1);

  let category = DEFAULT_CATEGORY;
  let dateLine = lines.shift();
  let dateResult = dateLine ? parseDateLine(dateLine.text, options) : { found: false as const };
  if (dateLine && !dateResult.found) {
    // Not a date: it is the category, and the date must follow.
    category = lineToParagraphs(dateLine.text).join(' ') || DEFAULT_CATEGORY;
    dateLine = lines.shift();
    dateResult = dateLine ? parseDateLine(dateLine.text, options) : { found: false };
  } else if (dateLine) {
    problems.push({
      severity: 'warning',
      code: 'no-category',
      line: dateLine.number,
      message: `the file has no category line; it is filed under "${DEFAULT_CATEGORY}"`,
    });
  }

  if (!dateLine) {
    problems.push(error('no-date', 'the file ends before a date line (expected title, category, date, body)'));
  } else if (!dateResult.found) {
    problems.push(error('no-date', `no date could be read from "${truncate(dateLine.text)}"`, dateLine.number));
  } else {
    problems.push(...dateResult.problems.map((problem) => ({ ...problem, line: dateLine.number })));
  }

  const paragraphs = lines.flatMap((line) =>
    lineToParagraphs(line.text).flatMap((paragraph) => {
      if (paragraph.length <= ARTICLE_BOUNDS.paragraphChars) return [paragraph];
      const pieces = splitLongParagraph(paragraph, ARTICLE_BOUNDS.paragraphChars);
      problems.push({
        severity: 'warning',
        code: 'long-paragraph',
        line: line.number,
        message: `a paragraph of ${paragraph.length} characters, more than the ${ARTICLE_BOUNDS.paragraphChars} a paragraph may have, is split into ${pieces.length}`,
      });
      return pieces;
    }),
  );
  if (paragraphs.length === 0) problems.push(error('no-body', 'the article has no body text'));
  if (title === '') problems.push(error('no-title', 'the title line holds no text', titleLine.number));
  if (title.length > ARTICLE_BOUNDS.titleChars) {
    problems.push(
      error('title-too-long', `the title is ${title.length} characters long, more than the ${ARTICLE_BOUNDS.titleChars} a headline may have (does the title line hold the body?)`, titleLine.number),
    );
  }
  const textChars = paragraphs.reduce((total, paragraph) => total + paragraph.length, 0);
  if (textChars > ARTICLE_BOUNDS.textChars) {
    problems.push(error('text-too-long', `the text is ${textChars} characters long, more than the ${ARTICLE_BOUNDS.textChars} one article may have`));
  }

  if (hasErrors(problems) || !dateResult.found || dateResult.date === undefined) return { problems };
  return { article: { title, category, date: dateResult.date, paragraphs }, problems };
}

const truncate = (text: string, length = 60): string => (text.length > length ? `${text.slice(0, length)}…` : text);
