// A folder of raw article files → the articles to publish and a report that accounts for every file.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { disambiguatedId, idFromFileName } from './article-id.ts';
import { decodeArticleBytes } from './decode.ts';
import type { Article, ParsedArticle } from '../article.ts';
import { parseArticleText } from './parse-article.ts';
import type { DateLineOptions } from './parse-date.ts';
import { hasErrors, type LocalProblem, type Problem } from './problem.ts';

/** `other-shard`: a valid article of a year another shard of a sharded build publishes. */
export type FileStatus = 'published' | 'warnings' | 'rejected' | 'other-shard';

export interface FileOutcome {
  file: string;
  status: FileStatus;
  id?: string;
  problems: Problem[];
}

export interface IngestResult {
  articles: Article[];
  outcomes: FileOutcome[];
  /** Files in the folder that are not article files (README, .DS_Store, backups). */
  ignored: number;
}

export interface IngestProgress {
  read: number;
  total: number;
  elapsedMs: number;
}

/** One file's bytes, read: the article (absent when an error stops it) and the problems found. */
export interface FileParse {
  parsed: ParsedArticle | undefined;
  problems: LocalProblem[];
}

/**
 * What earlier builds learned from files' bytes, keyed by content hash, so unchanged files are not decoded and
 * parsed again. Valid for one build day only (the plausible-date check depends on it).
 */
export interface ParseCache {
  lookup(contentHash: string): FileParse | undefined;
  /** `id`: where the published article now lives (absent for rejected files). */
  remember(contentHash: string, parse: FileParse, id: string | undefined): void;
}

export interface IngestOptions extends DateLineOptions {
  cache?: ParseCache | undefined;
  /** Sharded builds: publish only articles of these years (ids are still given over the whole folder). */
  years?: { first: number; last: number } | undefined;
  onProgress?: (progress: IngestProgress) => void;
  progressIntervalMs?: number;
}

const inYears = (date: string, years: IngestOptions['years']): boolean =>
  years === undefined || (Number(date.slice(0, 4)) >= years.first && Number(date.slice(0, 4)) <= years.last);

const isArticleFile = (name: string): boolean => !name.startsWith('.') && /\.txt$/i.test(name);

/** Every file under `folder`, as sorted relative paths with `/` separators, so results never depend on disk order. */
export function listFiles(folder: string): string[] {
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const duplicateOf = (original: string): LocalProblem => ({
  severity: 'error',
  code: 'duplicate',
  message: `the file is byte-identical to ${original}`,
});

function readArticle(bytes: Uint8Array, options: DateLineOptions): FileParse {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { parsed: undefined, problems: [decoded.problem] };
  const { article, problems } = parseArticleText(decoded.text, options);
  const encoding: LocalProblem[] =
    decoded.encoding === 'utf-8'
      ? []
      : [{ severity: 'warning', code: 'legacy-encoding', message: `the file is not valid UTF-8; it was read as ${decoded.encoding}` }];
  return { parsed: article, problems: [...encoding, ...problems] };
}

export function ingestFolder(folder: string, options: IngestOptions): IngestResult {
  const allFiles = listFiles(folder);
  const files = allFiles.filter((file) => isArticleFile(file.split('/').pop() ?? ''));
  const started = Date.now();
  let lastReport = started;

  const articles: Article[] = [];
  const outcomes: FileOutcome[] = [];
  const firstFileByContent = new Map<string, string>();
  const fileById = new Map<string, string>();

  files.forEach((file, index) => {
    const now = Date.now();
    if (options.onProgress && now - lastReport >= (options.progressIntervalMs ?? 2000)) {
      lastReport = now;
      options.onProgress({ read: index, total: files.length, elapsedMs: now - started });
    }
    const bytes = readFileSync(join(folder, file));
    const contentHash = createHash('sha256').update(bytes).digest('hex');
    const original = firstFileByContent.get(contentHash);
    const isDuplicate = original !== undefined && bytes.length > 0;
    if (!isDuplicate) firstFileByContent.set(contentHash, file);
    const parse: FileParse = isDuplicate
      ? { parsed: undefined, problems: [duplicateOf(original)] }
      : (options.cache?.lookup(contentHash) ?? readArticle(bytes, options));
    const { parsed } = parse;
    const local = [...parse.problems];

    let id: string | undefined;
    if (parsed && !hasErrors(local)) {
      id = idFromFileName(file);
      const holder = fileById.get(id);
      if (holder !== undefined) {
        const kept = id;
        id = disambiguatedId(id, file);
        local.push({
          severity: 'warning',
          code: 'id-clash',
          message: `the id "${kept}" is already taken by ${holder}; this article is published as "${id}"`,
        });
      }
      fileById.set(id, file);
    }
    if (!isDuplicate) options.cache?.remember(contentHash, parse, id);
    const inShard = parsed !== undefined && inYears(parsed.date, options.years);
    if (parsed && id !== undefined && inShard) articles.push({ ...parsed, id, sourcePath: file });
    const problems = local.map((problem) => ({ file, ...problem }));
    const status: FileStatus =
      id === undefined ? 'rejected' : !inShard ? 'other-shard' : problems.length > 0 ? 'warnings' : 'published';
    outcomes.push(id === undefined ? { file, status, problems } : { file, status, id, problems });
  });

  options.onProgress?.({ read: files.length, total: files.length, elapsedMs: Date.now() - started });
  return { articles, outcomes, ignored: allFiles.length - files.length };
}
