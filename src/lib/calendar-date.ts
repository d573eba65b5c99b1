// Calendar dates as `YYYY-MM-DD` strings: a day on the calendar, never an instant, so no time zone can shift it.

import { isExists } from 'date-fns/isExists';

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

/** The seconds from 11:00:00 UTC that are still the same calendar day from UTC−11 to UTC+12:45 (Chatham). */
const SECONDS_OF_THE_DAY_EVERYWHERE = 900;

/**
 * The instant a feed gives for an article of that day, which the source gives without a time: between 11:00:00 and
 * 11:14:59 UTC, still that calendar day for a reader anywhere from UTC−11 (00:00) to UTC+12:45 (23:59:59); midnight
 * UTC would be the day before west of Greenwich. A day's articles keep the archive's order (`rankInDay`, 0 for the
 * first of the day in it) one second apart, counting down from 11:14:59, so a feed reader that sorts by time shows
 * them in that order (past 900 articles in one day, the rest share 11:00:00).
 */
export const publishedInstant = (date: CalendarDate, rankInDay = 0): Date =>
  new Date(
    utcMidnight(date).getTime() + 11 * 3_600_000 + (SECONDS_OF_THE_DAY_EVERYWHERE - 1 - Math.min(rankInDay, SECONDS_OF_THE_DAY_EVERYWHERE - 1)) * 1000,
  );

/** The date `days` days later (earlier when negative), counted on the calendar in UTC: no time zone, no DST. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(utcMidnight(date).getTime() + days * 86_400_000);
  return calendarDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: CalendarDate): number => utcMidnight(date).getUTCDay();

/** The easternmost zone on Earth (Line Islands, UTC+14): its calendar day is the first to begin. */
const EARLIEST_ZONE_OFFSET_MS = 14 * 3_600_000;

/**
 * The latest calendar date an article can truthfully carry at `now`: the day that has begun somewhere on Earth.
 * Taking today in UTC would reject this morning's news in Riyadh or Baghdad until 03:00 local time.
 */
export const latestPlausibleDate = (now: Date = new Date()): CalendarDate => dayInUtc(new Date(now.getTime() + EARLIEST_ZONE_OFFSET_MS));

/** The calendar day at `now` in UTC. */
export const dayInUtc = (now: Date = new Date()): CalendarDate =>
  calendarDate(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
