// One feed per category: `/category/<slug>/rss.xml`.

import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { articleFeed } from '../../../feeds.ts';
import type { Category } from '../../../lib/archive/categories.ts';
import { categoryFeedPath, categoryPath } from '../../../lib/archive/paths.ts';
import { site } from '../../../site.ts';

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return archive.categories.map((category) => ({ params: { slug: category.slug }, props: { category } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ category: Category }> = async ({ props: { category } }) =>
  articleFeed({
    title: `${category.name} | ${site.title}`,
    description: `آخر مقالات قسم ${category.name} في ${site.title}`,
    pagePath: categoryPath(category.slug),
    feedPath: categoryFeedPath(category.slug),
    articles: category.articles,
    archive: await loadArchive(),
  });
