// One feed per category: `/category/<slug>/rss.xml`.

import type { APIRoute } from 'astro';
import { loadPlan } from '../../../data/archive.ts';
import { articleFeed } from '../../../feeds.ts';
import { categoryFeedPath, categoryPath } from '../../../lib/archive/paths.ts';
import type { CategoryFeedProps } from '../../../lib/plan/plan-site.ts';
import { site } from '../../../site.ts';

export const getStaticPaths = async () => (await loadPlan()).categoryFeeds;

export const GET: APIRoute<CategoryFeedProps> = ({ props: { category, articles } }) =>
  articleFeed({
    title: `${category.name} | ${site.title}`,
    description: `آخر مقالات قسم ${category.name} في ${site.title}`,
    pagePath: categoryPath(category.slug),
    feedPath: categoryFeedPath(category.slug),
    items: articles.map((article) => ({ article, categoryName: category.name })),
  });
