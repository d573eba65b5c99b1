// Everything the routes ask for, computed once per build from the published articles.

import type { Article } from '../article.ts';
import { type Category, categorySlug, groupByCategory } from './categories.ts';
import { sortNewestFirst } from './sort.ts';

export interface Archive {
  /** Newest first. */
  articles: Article[];
  categories: Category[];
  categoryOf(article: Article): Category;
}

export function buildArchive(articles: readonly Article[]): Archive {
  const categories = groupByCategory(articles);
  const bySlug = new Map(categories.map((category) => [category.slug, category]));
  return {
    articles: sortNewestFirst(articles),
    categories,
    categoryOf: (article) => bySlug.get(categorySlug(article.category))!,
  };
}
