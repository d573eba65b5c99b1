// A worker thread of readArticleFiles (read-files.ts): reads its batches of files and posts each one's results back.

import { parentPort, workerData } from 'node:worker_threads';
import { folderTexts } from '../article-texts.ts';
import { inTable, readArticleFile, type WorkerMessage, type WorkerTask } from './read-files.ts';

const { batches, dateOptions, textsDir, known } = workerData as WorkerTask;
const texts = folderTexts(textsDir);
for (const { number, paths } of batches) {
  const results = paths.map((path) => readArticleFile(path, dateOptions, texts, (digest) => inTable(known, digest)));
  const message: WorkerMessage = { batch: number, results };
  parentPort!.postMessage(message);
}
