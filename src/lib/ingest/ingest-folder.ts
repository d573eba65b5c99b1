// A folder of raw article files → the articles to publish and a report that accounts for every file.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { disambiguatedId, idFromFileName } from './article-id.ts';
import type { Article } from '../article.ts';
import { type ArticleTexts, memoryTexts } from '../article-texts.ts';
import type { DateLineOptions } from './parse-date.ts';
import { hasErrors, type LocalProblem, type Problem } from './problem.ts';
import { type FileRead, readArticleFile, readArticleFiles, unreadable } from './read-files.ts';
import { type UnreadEntry, walkFolder } from './walk-folder.ts';

/** `duplicate`: byte-identical to a published file, so nothing is lost. */
export type FileStatus = 'published' | 'warnings' | 'rejected' | 'duplicate';

export interface FileOutcome {
  file: string;
  status: FileStatus;
  id?: string;
  problems: Problem[];
}

export interface IngestResult {
  articles: Article[];
  /** Where the articles' paragraphs are (see article-texts). */
  texts: ArticleTexts;
  outcomes: FileOutcome[];
  /** Files in the folder that are not article files (README, .DS_Store, backups). */
  ignored: number;
  /** Entries not read as files: links not followed, unreadable folders, special files (see walk-folder). */
  unread: UnreadEntry[];
}

export interface IngestProgress {
  read: number;
  total: number;
  elapsedMs: number;
}

/** A parsed article before the folder gives it an id; its paragraphs are in the article texts. */
export type ArticleFields = Omit<Article, 'id'>;

/** One file's bytes, read: the article (absent when an error stops it) and the problems found. */
export interface FileParse {
  parsed: ArticleFields | undefined;
  problems: LocalProblem[];
}

/**
 * What earlier builds learned from files, so unchanged files are neither read nor parsed again: per path, the
 * content hash the file had at a size and modification time (its stamp); per content hash, the parse.
 */
export interface ParseCache {
  /** The content hash of `file` when it last had this stamp. */
  hashOf(file: string, stamp: string): string | undefined;
  lookup(contentHash: string): FileParse | undefined;
  /** Whether it holds the parse of a content (`lookup` may still refuse it: its text gone, or its day passed). */
  knows(contentHash: string): boolean;
  /** The contents whose parse it holds. */
  knownContent(): Iterable<string>;
  remember(file: string, stamp: string, contentHash: string, parse: FileParse): void;
}

export interface IngestOptions extends DateLineOptions {
  cache?: ParseCache | undefined;
  /** Where parsed paragraphs are put; in memory unless given. */
  texts?: ArticleTexts | undefined;
  /** Files to read are read by this many worker threads, which put the paragraphs in `textsDir`, the folder of `texts`. */
  readers?: { threads: number; textsDir: string } | undefined;
  onProgress?: (progress: IngestProgress) => void;
  progressIntervalMs?: number;
}

const isArticleFile = (name: string): boolean => !name.startsWith('.') && /\.txt$/i.test(name);

/**
 * Larger files are rejected unread: the longest real news article is well under 100 KB, and this bounds the time
 * and memory one file can take (the parsers are linear in the text: about 0.1 s for a 4 MiB line).
 */
export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

/** The file's size and modification time: when both are as before, its bytes are taken to be as before. */
function stampOf(path: string): { size: number; stamp: string } | LocalProblem {
  try {
    const { size, mtimeMs } = statSync(path);
    if (size > MAX_ARTICLE_BYTES) {
      return {
        severity: 'error',
        code: 'too-large',
        message: `the file is ${size} bytes, more than the ${MAX_ARTICLE_BYTES} an article file may have`,
      };
    }
    return { size, stamp: `${size}:${mtimeMs}` };
  } catch (error) {
    return unreadable(error);
  }
}

/** A read file's content hash and parse: its own, or the cache's for a known content (parsed now if refused after all). */
function parsedRead(read: FileRead | LocalProblem, path: string, options: IngestOptions, texts: ArticleTexts): KnownFile | LocalProblem {
  if ('severity' in read) return read;
  const parse = read.parse ?? options.cache?.lookup(read.contentHash);
  if (parse) return { contentHash: read.contentHash, parse };
  return parsedRead(readArticleFile(path, dateOptionsOf(options), texts, () => false), path, options, texts);
}

type KnownFile = { contentHash: string; parse: FileParse };

const dateOptionsOf = ({ today, earliest }: DateLineOptions): DateLineOptions => (earliest === undefined ? { today } : { today, earliest });

/**
 * Every file's stamp, its content hash and its parse, in the files' order: the cache's where the file's stamp is
 * unchanged (the file is not read), else read, in worker threads when asked for and there are many. Given one at a
 * time as they come, so that no one holds every file's parse but the cache.
 */
async function* readFolderFiles(
  folder: string,
  files: readonly string[],
  options: IngestOptions,
  texts: ArticleTexts,
): AsyncGenerator<({ size: number; stamp: string } & KnownFile) | LocalProblem> {
  const { cache } = options;
  const stamps = files.map((file) => stampOf(join(folder, file)));
  const cached = files.map((file, index): KnownFile | undefined => {
    const stamped = stamps[index]!;
    const hash = 'severity' in stamped ? undefined : cache?.hashOf(file, stamped.stamp);
    const parse = hash === undefined ? undefined : cache?.lookup(hash);
    return parse && { contentHash: hash!, parse };
  });
  const toRead = files.flatMap((file, index) => (cached[index] === undefined && !('severity' in stamps[index]!) ? [join(folder, file)] : []));
  const reads = readArticleFiles(toRead, {
    dateOptions: dateOptionsOf(options),
    texts,
    known: { has: (contentHash) => cache?.knows(contentHash) ?? false, all: () => cache?.knownContent() ?? [] },
    threads: options.readers?.threads ?? 1,
    textsDir: options.readers?.textsDir,
  });
  const started = Date.now();
  let lastReport = started;
  try {
    for (const [index, file] of files.entries()) {
      const now = Date.now();
      if (options.onProgress && now - lastReport >= (options.progressIntervalMs ?? 2000)) {
        lastReport = now;
        options.onProgress({ read: index, total: files.length, elapsedMs: now - started });
      }
      const stamped = stamps[index]!;
      if ('severity' in stamped) {
        yield stamped;
        continue;
      }
      const known = cached[index] ?? parsedRead((await reads.next()).value!, join(folder, file), options, texts);
      yield 'severity' in known ? known : { ...stamped, ...known };
    }
  } finally {
    // The reader waits at its last read even when every read was taken, and it is left waiting when the ingest
    // stops early: finished here, it ends its threads, whose handlers would otherwise keep this ingest's caches
    // alive as long as the process (~0.3 GB at 1M files).
    await reads.return(undefined);
  }
}

/** A copy of a published file is not published again (a warning); a copy of a rejected file is rejected with it. */
const duplicateOf = ({ file, published }: { file: string; published: boolean }): LocalProblem =>
  published
    ? { severity: 'warning', code: 'duplicate', message: `the file is byte-identical to ${file}, which is published; not published twice` }
    : { severity: 'error', code: 'duplicate', message: `the file is byte-identical to ${file}, which is rejected` };

export async function ingestFolder(folder: string, options: IngestOptions): Promise<IngestResult> {
  const { files: allFiles, unread } = walkFolder(folder);
  const files = allFiles.filter((file) => isArticleFile(file.split('/').pop() ?? ''));
  const texts = options.texts ?? memoryTexts();

  const articles: Article[] = [];
  const outcomes: FileOutcome[] = [];
  /** The first file of each content, and whether it was published. */
  const firstFileByContent = new Map<string, { file: string; published: boolean }>();
  const fileById = new Map<string, string>();

  let index = 0;
  for await (const known of readFolderFiles(folder, files, options, texts)) {
    const file = files[index++]!;
    if ('severity' in known) {
      outcomes.push({ file, status: 'rejected', problems: [{ file, ...known }] });
      continue;
    }
    const { contentHash } = known;
    const original = firstFileByContent.get(contentHash);
    const isDuplicate = original !== undefined && known.size > 0;
    const parse: FileParse = isDuplicate ? { parsed: undefined, problems: [duplicateOf(original)] } : known.parse;
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
    if (!isDuplicate) options.cache?.remember(file, known.stamp, contentHash, parse);
    if (parsed && id !== undefined) articles.push({ id, ...parsed });
    const problems = local.map((problem) => ({ file, ...problem }));
    if (!isDuplicate) firstFileByContent.set(contentHash, { file, published: id !== undefined });
    const status: FileStatus =
      isDuplicate && original.published
        ? 'duplicate'
        : id === undefined
          ? 'rejected'
          : problems.length > 0
            ? 'warnings'
            : 'published';
    outcomes.push(id === undefined ? { file, status, problems } : { file, status, id, problems });
  }

  return { articles, texts, outcomes, ignored: allFiles.length - files.length, unread };
}
