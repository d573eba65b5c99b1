// Calendar dates as `YYYY-MM-DD` strings: a day on the calendar, never an instant, so no time zone can shift it.

import { isExists } from 'date-fns';

/** A calendar date written `YYYY-MM-DD`. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function calendarParts(date: CalendarDate): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`not a calendar date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Whether the day exists on the Gregorian calendar (no 31 February). */
export const isRealDate = (year: number, month: number, day: number): boolean => isExists(year, month - 1, day);

/** The date's midnight in UTC: the one instant that names the same day in every feed and formatter. */
export function utcMidnight(date: CalendarDate): Date {
  const { year, month, day } = calendarParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: CalendarDate): number => utcMidnight(date).getUTCDay();

/** Today's calendar date in UTC, the reference for "not in the future". */
export const todayUtc = (now: Date = new Date()): CalendarDate =>
  calendarDate(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
