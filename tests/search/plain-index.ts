// The baseline the ranking is measured against: the same articles indexed by Pagefind alone, as a plain Astro
// build's article pages would be (the title as <h1>, the paragraphs, nothing normalised), written into the search
// site beside its own index (`plain-pagefind/`).

import { escapeUTF8 } from 'entities';
import * as pagefind from 'pagefind';
import { ingestFolder } from '../../src/lib/ingest/ingest-folder.ts';

export const PLAIN_BUNDLE = 'plain-pagefind/';

export async function buildPlainIndex(contentDir: string, siteDir: string): Promise<void> {
  const { articles, texts } = await ingestFolder(contentDir, { today: '2100-01-01' });
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  for (const article of articles) {
    const title = escapeUTF8(article.title);
    const body = texts.get(article.textDigest).map((paragraph) => `<p>${escapeUTF8(paragraph)}</p>`).join('');
    const content = `<html lang="ar"><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
    const { errors } = await index.addHTMLFile({ url: `/articles/${article.id}/`, content });
    if (errors.length > 0) throw new Error(`plain index: ${article.id}: ${errors.join('; ')}`);
  }
  await index.writeFiles({ outputPath: `${siteDir}/${PLAIN_BUNDLE}` });
  await pagefind.close();
}
