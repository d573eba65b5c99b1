// The Astro content loader: the articles of the content folder (prepare-articles.ts) into the content store,
// skipping unchanged articles by digest. Only a build or the dev server reads them: `astro sync`, which `astro check`
// runs for the collection's types, leaves the folder unread and the store, the caches and the report as they are.

import type { Loader } from 'astro/loaders';
import { processShared } from '../lib/process-shared.ts';
import { type PrepareOptions, prepareArticles } from './prepare-articles.ts';

/** The Astro command this process runs, as the arshif integration saw it (integrations/arshif.ts). */
export const astroCommand = () => processShared('astro-command', (): { name?: string } => ({}));
const READING_COMMANDS = new Set(['build', 'dev']);

/** The store's meta entry that ties the parse cache file to the store (see parse-cache). */
const PARSE_CACHE_TOKEN = 'parse-cache-token';

export function rawArticlesLoader(options: PrepareOptions): Loader {
  return {
    name: 'arshif-raw-articles',
    async load({ store, meta, logger, parseData, generateDigest }) {
      const command = astroCommand().name;
      if (command !== undefined && !READING_COMMANDS.has(command)) {
        logger.info(`astro ${command}: the content folder is not read (astro build and astro dev read it)`);
        return;
      }
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
