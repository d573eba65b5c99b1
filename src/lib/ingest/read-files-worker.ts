// A worker thread of readArticleFiles (read-files.ts): reads its range of files and posts the results back.

import { parentPort, workerData } from 'node:worker_threads';
import { folderTexts } from '../article-texts.ts';
import { readArticleFile, type WorkerMessage, type WorkerTask } from './read-files.ts';

const PROGRESS_EVERY = 2000;

const { paths, dateOptions, textsDir, known } = workerData as WorkerTask;
const texts = folderTexts(textsDir);
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
post({
  results: paths.map((path, index) => {
    if (index > 0 && index % PROGRESS_EVERY === 0) post({ read: index });
    return readArticleFile(path, dateOptions, texts, known);
  }),
});
