// The second site the end-to-end tests run against: tests/fixtures/ (hostile and odd input) and oversized articles
// made on the spot (too large to keep in the repository), under a base path.

import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixtureSite = {
  port: 4322,
  base: '/archive/',
  env: {
    ARSHIF_CONTENT_DIR: '.corpus/fixture-site',
    ARSHIF_BASE: '/archive/',
    ARSHIF_OUT_DIR: 'dist-fixture-site',
    ARSHIF_REPORT: 'reports/fixture-site-report.json',
    ARSHIF_SITE_URL: 'http://127.0.0.1:4322',
    ARSHIF_DIGITS: 'latn',
    // Lists of several pages from a handful of articles.
    ARSHIF_PAGE_SIZE: '3',
    // An archive of its own name, with characters that must be escaped wherever the name goes.
    ARSHIF_TITLE: 'أرشيف <جريدة> "الغد" & الشركاء',
    ARSHIF_DESCRIPTION: 'كل أعداد «الغد» منذ 1990 <بلا> حذف & بلا تعديل.',
    // The home's "on this day" shows the build day in earlier years: a day a year after the fixtures' 20 May 2018.
    ARSHIF_BUILD_DAY: '2019-05-20',
  },
} as const;

const header = (title: string) => `${title}\n\n${title}\n\nمحليات\n\nالأحد، ٢٠ مايو ٢٠١٨\n\n`;
/**
 * Arabic text: laying out one paragraph of it costs Chromium more than linear time (measured here: 100,000
 * characters 1.4 s, 300,000 6.8 s, 3.3 MB more than 60 s at 390 px).
 */
const sentence = 'أعلنت الشركة اليوم عن نتائج الربع الثالث في مؤتمر صحفي بمدينة الرياض. ';
const repeat = (chars: number) => sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars).trim();

/** Oversized articles, by file name: the page each would make is too large for a reader's browser. */
export const OVERSIZED = {
  /** A body of 3.6 MB on one line: rejected. */
  'oversized-one-line.txt': `${header('مقال في سطر واحد')}${repeat(1_950_000)}\n`,
  /** A title line that holds a body: rejected. */
  'oversized-title.txt': `${header(repeat(5_000))}نص قصير.\n`,
  /** More text than any news article: rejected. */
  'oversized-text.txt': `${header('مقال أطول من أي خبر')}${Array.from({ length: 12 }, () => repeat(10_000)).join('\n\u00a0\n')}\n`,
  /** Near the bounds and published: one paragraph of 45,000 characters, split into three. */
  'long-paragraph.txt': `${header('فقرة واحدة طويلة جدًا')}${repeat(45_000)}\n\u00a0\n${repeat(40_000)}\n`,
};

/** Writes the fixture site's content folder anew: tests/fixtures/ and the oversized articles. */
export function writeFixtureSiteContent(folder: string = fixtureSite.env.ARSHIF_CONTENT_DIR): string {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync('tests/fixtures', folder, { recursive: true });
  for (const [name, text] of Object.entries(OVERSIZED)) writeFileSync(join(folder, name), text);
  return folder;
}
