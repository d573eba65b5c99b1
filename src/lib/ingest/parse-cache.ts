// The ingest's memory between builds: which content each file had at its last stamp (size and modification time)
// and what parsing that content gave, so a rebuild reads and parses only new and changed files, on any later day.

import { createHash, type Hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { CalendarDate } from '../calendar-date.ts';
import type { ArticleFields, FileParse, ParseCache } from './ingest-folder.ts';
import type { LocalProblem } from './problem.ts';
import { jsonLines, readJsonLines } from '../json-lines.ts';
import { sourceDigest } from '../source-digest.ts';
import { writeFileWhole } from '../write-file-whole.ts';

interface CachedParse {
  problems: LocalProblem[];
  /** The article the file gave, if any; its paragraphs are in the article texts (the cache holds no text). */
  article?: ArticleFields;
}

/** The cache as one build leaves it for the next. */
export interface SavedParseCache {
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
  /** What `saved()` gave after the last build, if anything. */
  previous: SavedParseCache | undefined;
  /** The latest plausible date of this build (see calendar-date). */
  today: CalendarDate;
  /** Whether the article texts still hold a text: a parse whose text is gone is not reused. */
  hasText(digest: string): boolean;
  code?: string;
}

export function createParseCache({ previous, today, hasText, code = parsingCode }: ParseCacheOptions) {
  const last = previous?.code === code ? previous : undefined;
  // Only a date after the last build's latest plausible date can have been judged differently today.
  const stillValid = (cached: CachedParse) =>
    last?.today === today || !cached.problems.some((problem) => problem.code === 'implausible-date');
  const next: SavedParseCache = { code, today, parses: {}, files: {} };
  let hits = 0;
  let differs = false;
  const cache: ParseCache & { saved(): SavedParseCache; readonly hits: number; readonly changed: boolean; textDigests(): Set<string> } = {
    get hits() {
      return hits;
    },
    /** Whether `saved()` holds other entries than the last build's: when not, the file need not be written. */
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
    knows: (contentHash) => last?.parses[contentHash] !== undefined,
    knownContent: () => Object.keys(last?.parses ?? {}),
    remember(file, stamp, contentHash, parse) {
      const known = last?.files[file];
      if (known?.[0] !== stamp || known[1] !== contentHash) differs = true;
      next.files[file] = [stamp, contentHash];
      next.parses[contentHash] = { problems: parse.problems, ...(parse.parsed ? { article: parse.parsed } : {}) };
    },
    saved: () => next,
    /** The texts the entries of this build refer to: every other text can go. */
    textDigests: () => new Set(Object.values(next.parses).flatMap((parse) => (parse.article ? [parse.article.textDigest] : []))),
  };
  return cache;
}

/**
 * The cache lives in a file of its own (in Astro's content store it would be compiled into the build with the
 * store), a line of JSON per file (lib/json-lines.ts); the token, a digest of the file's bytes that the loader keeps
 * in the store's meta, ties it to the store: a build that starts from an empty store (`astro build --force`) finds
 * no token and parses every file again.
 */
export function saveParseCache(file: string, { code, today, files, parses }: SavedParseCache): string {
  const token = createHash('sha256');
  function* values(): Generator<unknown> {
    yield { code, today };
    for (const [path, [stamp, hash]] of Object.entries(files)) yield [path, stamp, hash, parses[hash]];
  }
  function* lines(): Generator<string> {
    for (const line of jsonLines(values())) {
      token.update(line);
      yield line;
    }
  }
  writeFileWhole(file, lines());
  return tokenOf(token);
}

/** The cache `saveParseCache` wrote with this token; undefined if there is none, or another. */
export function loadParseCache(file: string, token: string | undefined): SavedParseCache | undefined {
  if (token === undefined || !existsSync(file)) return undefined;
  const digest = createHash('sha256');
  let saved: SavedParseCache | undefined;
  try {
    for (const value of readJsonLines(file, digest)) {
      if (saved === undefined) {
        const { code, today } = value as Pick<SavedParseCache, 'code' | 'today'>;
        saved = { code, today, files: {}, parses: {} };
        continue;
      }
      const [path, stamp, hash, parse] = value as [string, string, string, CachedParse];
      saved.files[path] = [stamp, hash];
      saved.parses[hash] = parse;
    }
  } catch {
    return undefined;
  }
  return tokenOf(digest) === token ? saved : undefined;
}

const tokenOf = (digest: Hash): string => digest.digest('hex').slice(0, 32);
