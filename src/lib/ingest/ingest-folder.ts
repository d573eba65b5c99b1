// A folder of raw article files → the articles to publish and a report that accounts for every file.

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { disambiguatedId, idFromFileName } from './article-id.ts';
import { decodeArticleBytes } from './decode.ts';
import type { Article } from '../article.ts';
import { type ArticleTexts, memoryTexts } from '../article-texts.ts';
import { parseArticleText } from './parse-article.ts';
import type { DateLineOptions } from './parse-date.ts';
import { hasErrors, type LocalProblem, type Problem } from './problem.ts';
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
  remember(file: string, stamp: string, contentHash: string, parse: FileParse): void;
}

export interface IngestOptions extends DateLineOptions {
  cache?: ParseCache | undefined;
  /** Where parsed paragraphs are put; in memory unless given. */
  texts?: ArticleTexts | undefined;
  onProgress?: (progress: IngestProgress) => void;
  progressIntervalMs?: number;
}

const isArticleFile = (name: string): boolean => !name.startsWith('.') && /\.txt$/i.test(name);

/**
 * Larger files are rejected unread: the longest real news article is well under 100 KB, and this bounds the time
 * and memory one file can take (the parsers are linear in the text: about 0.1 s for a 4 MiB line).
 */
export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

const unreadable = (error: unknown): LocalProblem => ({
  severity: 'error',
  code: 'unreadable',
  message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
});

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

/** A file's content hash, and its parse where the cache has one; its bytes when they had to be read. */
type KnownFile = { contentHash: string; cached: FileParse; bytes?: undefined } | { contentHash: string; cached?: FileParse | undefined; bytes: Buffer };

/** From the cache where the file's stamp is unchanged (the file is not read), else from its bytes. */
function hashAndParse(path: string, file: string, stamp: string, options: IngestOptions): KnownFile | LocalProblem {
  const known = options.cache?.hashOf(file, stamp);
  const cached = known === undefined ? undefined : options.cache?.lookup(known);
  if (known !== undefined && cached) return { contentHash: known, cached };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return unreadable(error);
  }
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  return { contentHash, cached: options.cache?.lookup(contentHash), bytes };
}

/** A copy of a published file is not published again (a warning); a copy of a rejected file is rejected with it. */
const duplicateOf = ({ file, published }: { file: string; published: boolean }): LocalProblem =>
  published
    ? { severity: 'warning', code: 'duplicate', message: `the file is byte-identical to ${file}, which is published; not published twice` }
    : { severity: 'error', code: 'duplicate', message: `the file is byte-identical to ${file}, which is rejected` };

function readArticle(bytes: Uint8Array, options: DateLineOptions, texts: ArticleTexts): FileParse {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { parsed: undefined, problems: [decoded.problem] };
  const { article, problems } = parseArticleText(decoded.text, options);
  if (!article) return { parsed: undefined, problems: [...decoded.warnings, ...problems] };
  const { paragraphs, ...fields } = article;
  return { parsed: { ...fields, textDigest: texts.put(paragraphs) }, problems: [...decoded.warnings, ...problems] };
}

export function ingestFolder(folder: string, options: IngestOptions): IngestResult {
  const { files: allFiles, unread } = walkFolder(folder);
  const files = allFiles.filter((file) => isArticleFile(file.split('/').pop() ?? ''));
  const started = Date.now();
  let lastReport = started;
  const texts = options.texts ?? memoryTexts();

  const articles: Article[] = [];
  const outcomes: FileOutcome[] = [];
  /** The first file of each content, and whether it was published. */
  const firstFileByContent = new Map<string, { file: string; published: boolean }>();
  const fileById = new Map<string, string>();

  files.forEach((file, index) => {
    const now = Date.now();
    if (options.onProgress && now - lastReport >= (options.progressIntervalMs ?? 2000)) {
      lastReport = now;
      options.onProgress({ read: index, total: files.length, elapsedMs: now - started });
    }
    const path = join(folder, file);
    const reject = (problem: LocalProblem) => outcomes.push({ file, status: 'rejected', problems: [{ file, ...problem }] });
    const stamped = stampOf(path);
    if ('severity' in stamped) {
      reject(stamped);
      return;
    }
    const known = hashAndParse(path, file, stamped.stamp, options);
    if ('severity' in known) {
      reject(known);
      return;
    }
    const { contentHash } = known;
    const original = firstFileByContent.get(contentHash);
    const isDuplicate = original !== undefined && stamped.size > 0;
    const parse: FileParse = isDuplicate
      ? { parsed: undefined, problems: [duplicateOf(original)] }
      : known.bytes === undefined
        ? known.cached
        : (known.cached ?? readArticle(known.bytes, options, texts));
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
    if (!isDuplicate) options.cache?.remember(file, stamped.stamp, contentHash, parse);
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
  });

  options.onProgress?.({ read: files.length, total: files.length, elapsedMs: Date.now() - started });
  return { articles, texts, outcomes, ignored: allFiles.length - files.length, unread };
}
