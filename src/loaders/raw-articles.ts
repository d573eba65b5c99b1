// The Astro content loader: the articles of the content folder (prepare-articles.ts) into the content store,
// skipping unchanged articles by digest.

import type { Loader } from 'astro/loaders';
import { type PrepareOptions, prepareArticles } from './prepare-articles.ts';

/** The store's meta entry that ties the parse cache file to the store (see parse-cache). */
const PARSE_CACHE_TOKEN = 'parse-cache-token';

export function rawArticlesLoader(options: PrepareOptions): Loader {
  return {
    name: 'arshif-raw-articles',
    async load({ store, meta, logger, parseData, generateDigest }) {
      const articles = await prepareArticles(options, {
        token: { get: () => meta.get(PARSE_CACHE_TOKEN), set: (token) => meta.set(PARSE_CACHE_TOKEN, token) },
        log: (line) => logger.info(line),
      });
      const ids = new Set(articles.map((article) => article.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const article of articles) {
        const { id, ...fields } = article;
        const digest = generateDigest(fields);
        if (store.get(id)?.digest === digest) continue;
        const data = await parseData({ id, data: fields });
        store.set({ id, data, digest });
      }
    },
  };
}
