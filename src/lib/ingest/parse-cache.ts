// The ingest's memory between builds: which content each file had at its last stamp (size and modification time)
// and what parsing that content gave, so a rebuild reads and parses only new and changed files, on any later day.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { CalendarDate } from '../calendar-date.ts';
import type { ArticleFields, FileParse, ParseCache } from './ingest-folder.ts';
import type { LocalProblem } from './problem.ts';
import { sourceDigest } from '../source-digest.ts';
import { writeFileWhole } from '../write-file-whole.ts';

interface CachedParse {
  problems: LocalProblem[];
  /** The article the file gave, if any; its paragraphs are in the article texts (the cache holds no text). */
  article?: ArticleFields;
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
  /** Whether the article texts still hold a text: a parse whose text is gone is not reused. */
  hasText(digest: string): boolean;
  code?: string;
}

export function createParseCache({ previous, today, hasText, code = parsingCode }: ParseCacheOptions) {
  const last = parseSerialised(previous, code);
  // Only a date after the last build's latest plausible date can have been judged differently today.
  const stillValid = (cached: CachedParse) =>
    last?.today === today || !cached.problems.some((problem) => problem.code === 'implausible-date');
  const next: Serialised = { code, today, parses: {}, files: {} };
  let hits = 0;
  let differs = false;
  const cache: ParseCache & { serialise(): string; readonly hits: number; readonly changed: boolean; textDigests(): Set<string> } = {
    get hits() {
      return hits;
    },
    /** Whether `serialise()` would give other entries than the last build's: when not, the file need not be written. */
    get changed() {
      return differs || last === undefined || last.today !== today || Object.keys(last.files).length !== Object.keys(next.files).length;
    },
    hashOf(file, stamp) {
      const known = last?.files[file];
      return known?.[0] === stamp ? known[1] : undefined;
    },
    lookup(contentHash): FileParse | undefined {
      const cached = last?.parses[contentHash];
      if (!cached || !stillValid(cached) || (cached.article && !hasText(cached.article.textDigest))) {
        differs = true;
        return undefined;
      }
      hits += 1;
      return { parsed: cached.article, problems: cached.problems };
    },
    remember(file, stamp, contentHash, parse) {
      const known = last?.files[file];
      if (known?.[0] !== stamp || known[1] !== contentHash) differs = true;
      next.files[file] = [stamp, contentHash];
      next.parses[contentHash] = { problems: parse.problems, ...(parse.parsed ? { article: parse.parsed } : {}) };
    },
    serialise: () => JSON.stringify(next),
    /** The texts the entries of this build refer to: every other text can go. */
    textDigests: () => new Set(Object.values(next.parses).flatMap((parse) => (parse.article ? [parse.article.textDigest] : []))),
  };
  return cache;
}

/**
 * The cache lives in a file of its own (in Astro's content store it would be compiled into the build with the
 * store); the token, a digest of the file's text that the loader keeps in the store's meta, ties it to the store:
 * a build that starts from an empty store (`astro build --force`) finds no token and parses every file again.
 */
export function saveParseCache(file: string, serialised: string): string {
  writeFileWhole(file, serialised);
  return tokenOf(serialised);
}

export function loadParseCache(file: string, token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  try {
    const serialised = readFileSync(file, 'utf8');
    return tokenOf(serialised) === token ? serialised : undefined;
  } catch {
    return undefined;
  }
}

const tokenOf = (serialised: string): string => createHash('sha256').update(serialised).digest('hex').slice(0, 32);

function parseSerialised(text: string | undefined, code: string): Serialised | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<Serialised>;
    return parsed.code === code && parsed.parses && parsed.files && parsed.today ? (parsed as Serialised) : undefined;
  } catch {
    return undefined;
  }
}
