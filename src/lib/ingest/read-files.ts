// Article files read: a file's bytes → its content hash and, unless the parse cache already knows that content, its
// parse, the paragraphs put in the article texts. Many files are read by worker threads, in batches dealt in turn
// (read-files-worker.ts): parsing is most of a cold ingest (604 s of 1M files on one core), and the other cores are
// idle then. The results come back in the files' order, so the ingest that folds them is the same either way.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ArticleTexts } from '../article-texts.ts';
import type { FileParse } from './ingest-folder.ts';
import { decodeArticleBytes } from './decode.ts';
import { parseArticleText } from './parse-article.ts';
import type { DateLineOptions } from './parse-date.ts';
import type { LocalProblem } from './problem.ts';

/** A file read: its content hash, and its parse unless the content was known (the parse cache holds it). */
export interface FileRead {
  contentHash: string;
  parse?: FileParse | undefined;
}

/** Fewer files to read than this are read in this thread: starting workers costs more than it saves. */
export const THREADED_READ_MIN = 1000;

const DIGEST_BYTES = 32;

/**
 * Content hashes (hex SHA-256) as one sorted table of digests in shared memory: 32 MB for a million, looked up by
 * bisection, and given to the workers without a copy.
 */
function contentTable(hashes: Iterable<string>): Uint8Array {
  const sorted = [...hashes].sort();
  const table = new Uint8Array(new SharedArrayBuffer(sorted.length * DIGEST_BYTES));
  sorted.forEach((hash, index) => table.set(Buffer.from(hash, 'hex'), index * DIGEST_BYTES));
  return table;
}

export function inTable(table: Uint8Array, digest: Buffer): boolean {
  let [low, high] = [0, table.length / DIGEST_BYTES];
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = Buffer.compare(table.subarray(middle * DIGEST_BYTES, (middle + 1) * DIGEST_BYTES), digest);
    if (order === 0) return true;
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  return false;
}

export const unreadable = (error: unknown): LocalProblem => ({
  severity: 'error',
  code: 'unreadable',
  message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
});

function parseArticleBytes(bytes: Uint8Array, options: DateLineOptions, texts: ArticleTexts): FileParse {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { parsed: undefined, problems: [decoded.problem] };
  const { article, problems } = parseArticleText(decoded.text, options);
  if (!article) return { parsed: undefined, problems: [...decoded.warnings, ...problems] };
  const { paragraphs, ...fields } = article;
  return { parsed: { ...fields, textDigest: texts.put(paragraphs) }, problems: [...decoded.warnings, ...problems] };
}

/** Reads one file; parses it unless its content is known. */
export function readArticleFile(
  path: string,
  options: DateLineOptions,
  texts: ArticleTexts,
  isKnown: (digest: Buffer, contentHash: string) => boolean,
): FileRead | LocalProblem {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return unreadable(error);
  }
  const digest = createHash('sha256').update(bytes).digest();
  const contentHash = digest.toString('hex');
  return isKnown(digest, contentHash) ? { contentHash } : { contentHash, parse: parseArticleBytes(bytes, options, texts) };
}

export interface ReadOptions {
  dateOptions: DateLineOptions;
  /** Where this thread puts the paragraphs of what it parses. */
  texts: ArticleTexts;
  /**
   * Contents whose parse is known: read and hashed, not parsed. Asked one by one in this thread; given to worker
   * threads as a table of all of them (`contentTable`), made only when they are used.
   */
  known: { has(contentHash: string): boolean; all(): Iterable<string> };
  /** Worker threads to read in, with the folder of `texts` for them to write to; one reads in this thread. */
  threads: number;
  textsDir?: string | undefined;
}

/** Files a worker reads at once, and posts the results of: dealt out in turn, so the threads keep abreast. */
const BATCH = 1000;

/** What a worker is given: its batches of the files, and what `readArticleFile` needs. */
export interface WorkerTask {
  batches: { number: number; paths: string[] }[];
  dateOptions: DateLineOptions;
  textsDir: string;
  known: Uint8Array;
}

/** A worker's message: the results of one of its batches, in the order of its paths. */
export interface WorkerMessage {
  batch: number;
  results: (FileRead | LocalProblem)[];
}

const WORKER = new URL('./read-files-worker.ts', import.meta.url);

/**
 * A worker holds its files' paths and one batch; left to V8's defaults, its heap grew by ~240 MB of garbage while
 * reading 50k files (100k in two threads: 903 MB peak against 418 MB in one; 443 MB with these limits, as fast).
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/**
 * Reads the files, in the threads asked for when there are enough of them; gives the results in the files' order, as
 * they come (the results of batches that come early wait for those before them).
 */
export async function* readArticleFiles(paths: readonly string[], options: ReadOptions): AsyncGenerator<FileRead | LocalProblem> {
  const { dateOptions, texts, known, threads, textsDir } = options;
  if (threads <= 1 || textsDir === undefined || paths.length < THREADED_READ_MIN) {
    for (const path of paths) yield readArticleFile(path, dateOptions, texts, (_, contentHash) => known.has(contentHash));
    return;
  }
  const table = contentTable(known.all());
  const batches = Array.from({ length: Math.ceil(paths.length / BATCH) }, (_, number) => ({ number, paths: paths.slice(number * BATCH, (number + 1) * BATCH) }));
  const arrived = new Map<number, (FileRead | LocalProblem)[]>();
  let failure: Error | undefined;
  let wake = () => {};
  const workers = Array.from({ length: threads }, (_, thread) => {
    const task: WorkerTask = { batches: batches.filter(({ number }) => number % threads === thread), dateOptions, textsDir, known: table };
    const worker = new Worker(WORKER, { workerData: task, resourceLimits: WORKER_HEAP });
    worker.on('message', ({ batch, results }: WorkerMessage) => {
      arrived.set(batch, results);
      wake();
    });
    worker.on('error', (error) => {
      failure ??= error;
      wake();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`a file-reading thread stopped (exit code ${code})`);
      wake();
    });
    return worker;
  });
  try {
    for (let number = 0; number < batches.length; number += 1) {
      while (!arrived.has(number)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const results = arrived.get(number)!;
      arrived.delete(number);
      yield* results;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
