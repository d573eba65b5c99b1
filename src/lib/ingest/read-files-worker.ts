// A worker thread of readArticleFiles (read-files.ts): reads its range of files and posts the results back in batches.

import { parentPort, workerData } from 'node:worker_threads';
import { folderTexts } from '../article-texts.ts';
import { readArticleFile, type WorkerMessage, type WorkerTask } from './read-files.ts';

/** Results posted at once: a worker holding all of its range's (~0.5 KB a file) would add ~0.25 GB per 500k files. */
const BATCH = 1000;

const { paths, dateOptions, textsDir, known } = workerData as WorkerTask;
const texts = folderTexts(textsDir);
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
for (let start = 0; start < paths.length; start += BATCH) {
  const results = paths.slice(start, start + BATCH).map((path) => readArticleFile(path, dateOptions, texts, known));
  post({ results, done: start + BATCH >= paths.length });
}
if (paths.length === 0) post({ results: [], done: true });
