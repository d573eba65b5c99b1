// The ingest's memory between builds: which content each file had at its last stamp (size and modification time)
// and what parsing that content gave, so a rebuild reads and parses only new and changed files, on any later day.

import type { ParsedArticle } from '../article.ts';
import type { CalendarDate } from '../calendar-date.ts';
import type { FileParse, ParseCache } from './ingest-folder.ts';
import type { LocalProblem } from './problem.ts';
import { sourceDigest } from '../source-digest.ts';

interface CachedParse {
  problems: LocalProblem[];
  /** The published article's id: its fields are in the content store under it (the cache holds no text). */
  id?: string;
}

interface Serialised {
  /** The parsing code the entries come from. */
  code: string;
  today: CalendarDate;
  parses: Record<string, CachedParse>;
  /** Path → [stamp, content hash]. */
  files: Record<string, [string, string]>;
}

/**
 * A digest of the parsing code (the ingest and every module it imports): a change to it parses every file again,
 * so no file keeps an outcome the current code would not give. Other code (pages, search, formats) does not touch
 * the parse cache.
 */
export const parsingCode: string = sourceDigest([new URL('ingest-and-report.ts', import.meta.url), new URL(import.meta.url)]);

export interface ParseCacheOptions {
  /** What `serialise()` gave after the last build, if anything. */
  previous: string | undefined;
  /** The latest plausible date of this build (see calendar-date). */
  today: CalendarDate;
  /** The article the content store holds under an id, if it still does. */
  articleById(id: string): ParsedArticle | undefined;
  code?: string;
}

export function createParseCache({ previous, today, articleById, code = parsingCode }: ParseCacheOptions) {
  const last = parseSerialised(previous, code);
  // Only a date after the last build's latest plausible date can have been judged differently today.
  const stillValid = (cached: CachedParse) =>
    last?.today === today || !cached.problems.some((problem) => problem.code === 'implausible-date');
  const next: Serialised = { code, today, parses: {}, files: {} };
  let hits = 0;
  const cache: ParseCache & { serialise(): string; readonly hits: number } = {
    get hits() {
      return hits;
    },
    hashOf(file, stamp) {
      const known = last?.files[file];
      return known?.[0] === stamp ? known[1] : undefined;
    },
    lookup(contentHash): FileParse | undefined {
      const cached = last?.parses[contentHash];
      if (!cached || !stillValid(cached)) return undefined;
      const found = cached.id === undefined ? { parsed: undefined, problems: cached.problems } : fromStore(cached);
      if (found) hits += 1;
      return found;
    },
    remember(file, stamp, contentHash, parse, id) {
      next.files[file] = [stamp, contentHash];
      next.parses[contentHash] = { problems: parse.problems, ...(parse.parsed && id !== undefined ? { id } : {}) };
    },
    serialise: () => JSON.stringify(next),
  };
  function fromStore(cached: CachedParse): FileParse | undefined {
    const data = articleById(cached.id!);
    if (!data) return undefined;
    const { title, category, date, paragraphs } = data;
    return { parsed: { title, category, date, paragraphs }, problems: cached.problems };
  }
  return cache;
}

function parseSerialised(text: string | undefined, code: string): Serialised | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<Serialised>;
    return parsed.code === code && parsed.parses && parsed.files && parsed.today ? (parsed as Serialised) : undefined;
  } catch {
    return undefined;
  }
}
