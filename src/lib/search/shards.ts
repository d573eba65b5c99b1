// The search index is split into shards, so no indexing process holds the whole archive and a rebuild indexes
// again only the shards whose articles changed; their bundles are then merged into one (src/search/merge-bundles.ts).
//
// Shards are calendar ranges cut the same way whatever else the archive holds: aligned blocks of 16 years, halved
// (8, 4, 2 years, one year, half a year, …, one month, half a month, …, one day) until each holds at most the
// shard size; a single day with more is cut into runs of that size. So a change in one period changes only the
// shard that holds it. The archive's newest month is a shard of its own: today's news, the usual change, is indexed
// again in a small shard, and the month joins its block once a newer month begins.

import type { CalendarDate } from '../calendar-date.ts';

export interface SearchShard {
  /**
 * Its period, by the first and last year, month or day it holds: `2008-2015`, `2018`, `2018-01_06`, `2018-05`,
 * `2018-05-01_12`, `2018-05-20`, or `2018-05-20_2` for the second run of a day.
 */
  key: string;
  /** Position of the shard's oldest article among all articles, oldest first. */
  start: number;
  articleCount: number;
}

/** A shard as staged for the indexer (src/search/stage.ts). */
export interface StagedShard extends SearchShard {
  /** A digest of everything its records are made from: the indexer's key for reusing its bundle. */
  records: string;
}

const BLOCK_YEARS = 16;

interface Unit {
  /** Year, month or day number. */
  unit: number;
  /** Positions of its articles, oldest first: [from, to). */
  from: number;
  to: number;
}

/** Runs of equal keys in a sorted list: [key, from, to). */
function runs(keys: readonly number[], from: number, to: number): Unit[] {
  const found: Unit[] = [];
  for (let index = from; index < to; index += 1) {
    const last = found.at(-1);
    if (last && last.unit === keys[index]) last.to = index + 1;
    else found.push({ unit: keys[index]!, from: index, to: index + 1 });
  }
  return found;
}

/** One level of the calendar: each article's year, month or day, the range of those units, and a shard's name. */
interface Level {
  units: readonly number[];
  low: number;
  high: number;
  key(prefix: string, low: number, high: number): string;
}

const range = (prefix: string, low: number, high: number, width: (value: number) => string, joiner: string) =>
  `${prefix}${low === high ? width(low) : `${width(low)}${joiner}${width(high)}`}`;
/** `2018-05`, `2018-01_06` (months of a year), `2018-05-20`, `2018-05-01_15` (days of a month). */
const withinKey = (prefix: string, low: number, high: number) =>
  range(`${prefix}-`, low, high, (value) => String(value).padStart(2, '0'), '_');

/**
 * Plans the shards of articles whose dates are given oldest first (ties in a fixed order). Each shard is a run of
 * consecutive positions; the shards together cover every position once, in order.
 */
export function planShards(datesOldestFirst: readonly CalendarDate[], maxArticles: number): SearchShard[] {
  const shards: SearchShard[] = [];
  const add = (key: string, from: number, to: number) => shards.push({ key, start: from, articleCount: to - from });
  const year = datesOldestFirst.map((date) => Number(date.slice(0, 4)));
  const month = datesOldestFirst.map((date) => Number(date.slice(5, 7)));
  const day = datesOldestFirst.map((date) => Number(date.slice(8, 10)));

  /** Cuts [from, to), whose `levels[0]` units lie in [low, high], by halving that range of units. */
  function cut(levels: readonly Level[], from: number, to: number, low: number, high: number, prefix: string): void {
    if (from === to) return;
    const [level, ...deeper] = levels as [Level, ...Level[]];
    if (to - from <= maxArticles) {
      // Named by the units it holds, not the range it was cut from: `2016-2019`, not `2016-2031`.
      add(level.key(prefix, level.units[from]!, level.units[to - 1]!), from, to);
      return;
    }
    if (low === high) {
      const inner = level.key(prefix, low, high);
      if (deeper.length > 0) cut(deeper, from, to, deeper[0]!.low, deeper[0]!.high, inner);
      else for (let start = from, part = 1; start < to; start += maxArticles, part += 1) add(`${inner}_${part}`, start, Math.min(to, start + maxArticles));
      return;
    }
    const middle = Math.floor((low + high) / 2);
    let split = from;
    while (split < to && level.units[split]! <= middle) split += 1;
    cut(levels, from, split, low, middle, prefix);
    cut(levels, split, to, middle + 1, high, prefix);
  }

  const monthLevel: Level = { units: month, low: 1, high: 12, key: withinKey };
  const dayLevel: Level = { units: day, low: 1, high: 31, key: withinKey };
  const yearLevel: Level = { units: year, low: 0, high: 0, key: (_, low, high) => range('', low, high, String, '-') };

  // The newest month stands apart from the blocks.
  const newest = datesOldestFirst.at(-1)?.slice(0, 7);
  const newestFrom = newest === undefined ? 0 : datesOldestFirst.findIndex((date) => date.startsWith(newest));
  for (const block of runs(year.map((value) => Math.floor(value / BLOCK_YEARS)), 0, newestFrom)) {
    const first = block.unit * BLOCK_YEARS;
    cut([yearLevel, monthLevel, dayLevel], block.from, block.to, first, first + BLOCK_YEARS - 1, '');
  }
  if (newest !== undefined) cut([monthLevel, dayLevel], newestFrom, datesOldestFirst.length, Number(newest.slice(5)), Number(newest.slice(5)), newest.slice(0, 4));
  return shards;
}

/** A shard's articles, from all the archive's articles oldest first. */
export const shardMembers = <T>(oldestFirst: readonly T[], shard: SearchShard): T[] => oldestFirst.slice(shard.start, shard.start + shard.articleCount);
