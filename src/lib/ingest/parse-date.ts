// One date line of an article → its Gregorian calendar date, reading every month-name family and digit system.

import { type CalendarDate, calendarDate, isRealDate, weekdayOf } from '../calendar-date.ts';
import { foldArabic, toLatinDigits } from '../arabic.ts';
import type { LocalProblem } from './problem.ts';

// Month names as folded by `foldArabic`, per family: Egyptian/Gulf, Levantine/Iraqi, Maghrebi (Algeria,
// Tunisia) and Moroccan. A name listed in two families maps to the same month.
const MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, ابريل: 4, مايو: 5, يونيو: 6, يونيه: 6,
  يوليو: 7, يوليه: 7, اغسطس: 8, سبتمبر: 9, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, 'كانون ثاني': 1, شباط: 2, اذار: 3, نيسان: 4, ايار: 5, حزيران: 6,
  تموز: 7, اب: 8, ايلول: 9, 'تشرين الاول': 10, 'تشرين اول': 10, 'تشرين الثاني': 11,
  'تشرين ثاني': 11, 'كانون الاول': 12, 'كانون اول': 12,
  جانفي: 1, فيفري: 2, افريل: 4, ماي: 5, جوان: 6, جويليه: 7, اوت: 8,
  يوليوز: 7, غشت: 8, شتنبر: 9, نونبر: 11, دجنبر: 12,
};

const WEEKDAYS: Record<string, number> = {
  احد: 0, اثنين: 1, ثلاثاء: 2, اربعاء: 3, خميس: 4, جمعه: 5, سبت: 6,
};

const LETTER = '\\u0621-\\u064a';
const byLengthDesc = (names: string[]) => [...names].sort((a, b) => b.length - a.length);
const alternation = (names: string[]) => byLengthDesc(names).map((name) => name.replace(/ /g, '\\s+')).join('|');

const MONTH = `(?:${alternation(Object.keys(MONTHS))})(?![${LETTER}])`;
const SEP = '[\\s,،./-]*';
// `20 مايو 2018`, `20 أيار/مايو 2018`, `20 مايو (أيار) 2018`
const TEXTUAL = new RegExp(
  `(?<![\\d])(\\d{1,2})${SEP}(${MONTH})(?:\\s*(?:/|-|\\()\\s*(${MONTH})\\s*\\)?)?${SEP}(\\d{4})(?!\\d)`,
);
const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const NUMERIC = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const WEEKDAY = new RegExp(`(?<![${LETTER}])(?:ال)?(${Object.keys(WEEKDAYS).join('|')})(?![${LETTER}])`);
// A trailing (or leading) Hijri date written with numbers, e.g. `1439/9/5 هـ`: not the Gregorian date.
const NUMERIC_HIJRI = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s*ه(?![${LETTER}])/g;

const monthNumber = (name: string): number => MONTHS[name.replace(/\s+/g, ' ')] ?? 0;

export interface DateLineOptions {
  /** The latest plausible date: the build day where it has begun first (see latestPlausibleDate). */
  today: CalendarDate;
  /** The earliest plausible date for a news archive. */
  earliest?: CalendarDate;
}

export type DateLineResult =
  | { found: false }
  | { found: true; date?: CalendarDate; problems: LocalProblem[] };

interface Candidate {
  year: number;
  month: number;
  day: number;
  problems: LocalProblem[];
}

function findCandidate(text: string): Candidate | undefined {
  const iso = ISO.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), problems: [] };
  const numeric = NUMERIC.exec(text);
  if (numeric) return { year: Number(numeric[3]), month: Number(numeric[2]), day: Number(numeric[1]), problems: [] };
  const textual = TEXTUAL.exec(text);
  if (!textual) return undefined;
  const [, day = '', first = '', second, year = ''] = textual;
  const month = monthNumber(first);
  const problems: LocalProblem[] = [];
  if (second !== undefined && monthNumber(second) !== month) {
    problems.push({
      severity: 'warning',
      code: 'month-pair-mismatch',
      message: `the paired month names "${first}" and "${second}" name different months; using "${first}"`,
    });
  }
  return { year: Number(year), month, day: Number(day), problems };
}

/**
 * Reads the Gregorian date of a date line. `found: false` means the line does not look like a date at all;
 * a line that does but names an impossible or implausible day is `found: true` with an error and no date.
 */
export function parseDateLine(line: string, options: DateLineOptions): DateLineResult {
  const text = foldArabic(toLatinDigits(line)).replace(NUMERIC_HIJRI, ' ');
  const candidate = findCandidate(text);
  if (!candidate) return { found: false };
  const { year, month, day, problems } = candidate;
  const written = `${day}/${month}/${year}`;
  if (!isRealDate(year, month, day)) {
    return {
      found: true,
      problems: [...problems, { severity: 'error', code: 'impossible-date', message: `the date ${written} does not exist` }],
    };
  }
  const date = calendarDate(year, month, day);
  const earliest = options.earliest ?? '1900-01-01';
  if (date < earliest || date > options.today) {
    return {
      found: true,
      problems: [
        ...problems,
        {
          severity: 'error',
          code: 'implausible-date',
          message: `the date ${date} is outside the plausible range ${earliest} to ${options.today}`,
        },
      ],
    };
  }
  const weekday = WEEKDAY.exec(text);
  if (weekday && WEEKDAYS[weekday[1] ?? ''] !== weekdayOf(date)) {
    problems.push({
      severity: 'warning',
      code: 'weekday-mismatch',
      message: `the weekday "${weekday[0]}" does not match ${date}; the date is kept`,
    });
  }
  return { found: true, date, problems };
}
