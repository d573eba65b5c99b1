// The site feed: the latest articles of the whole archive.

import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';
import { articleFeed } from '../feeds.ts';
import { feedPath, homePath } from '../lib/archive/paths.ts';
import { site } from '../site.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  return articleFeed({
    title: site.title,
    description: site.description,
    pagePath: homePath,
    feedPath,
    items: archive.articles
      .slice(0, site.feedSize)
      .map((article) => ({ article, categoryName: archive.categoryOf(article).name })),
  });
};
