// After `astro build`: index the article pages (those marked `data-pagefind-body`) into `dist/pagefind/`.

import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'arshif-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = Date.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const indexed = await index.addDirectory({ path: site });
        if (indexed.errors.length > 0) throw new Error(`Pagefind indexing failed: ${indexed.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed the article pages among ${indexed.page_count} HTML pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
