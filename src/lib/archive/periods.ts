// The date archive: years, months and days that have articles, with their articles and their neighbours.

import type { Article } from '../article.ts';

export type PeriodKind = 'year' | 'month' | 'day';

export interface Period {
  kind: PeriodKind;
  /** `2018`, `2018-05` or `2018-05-20`: sorts chronologically as a string. */
  key: string;
  year: number;
  month?: number;
  day?: number;
  /** Newest first. */
  articles: Article[];
}

const KEY_LENGTH: Record<PeriodKind, number> = { year: 4, month: 7, day: 10 };

/** The key of the period of `kind` that holds a date or a shorter period: (`2018-05-20`, 'month') → `2018-05`. */
export const periodKey = (dateOrKey: string, kind: PeriodKind): string => dateOrKey.slice(0, KEY_LENGTH[kind]);

function periodFromKey(kind: PeriodKind, key: string, articles: Article[]): Period {
  const [year = 0, month, day] = key.split('-').map(Number);
  return { kind, key, year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }), articles };
}

/** Periods of one kind, oldest first, from articles sorted newest first (each period keeps that order). */
export function periodsOf(articles: readonly Article[], kind: PeriodKind): Period[] {
  const byKey = new Map<string, Article[]>();
  for (const article of articles) {
    const key = periodKey(article.date, kind);
    const group = byKey.get(key);
    if (group) group.push(article);
    else byKey.set(key, [article]);
  }
  return [...byKey.keys()].sort().map((key) => periodFromKey(kind, key, byKey.get(key)!));
}

/** `/2018/`, `/2018/05/`, `/2018/05/20/` */
export const periodPath = (period: Pick<Period, 'key'>): string => `/${period.key.replaceAll('-', '/')}/`;
