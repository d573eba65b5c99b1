// Categories: a readable URL slug per category name, and the articles of each, newest first.

import type { Article } from '../article.ts';
import { sortNewestFirst } from './sort.ts';

export interface Category {
  name: string;
  slug: string;
  /** Newest first. */
  articles: Article[];
}

/** Slugs by name: an archive has a few dozen names and asks for them once or twice an article. */
const slugs = new Map<string, string>();

/** `أخبار عربية ودولية` → `أخبار-عربية-ودولية`: letters and digits kept, everything else a single hyphen. */
export function categorySlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = name.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'category';
    slugs.set(name, slug);
  }
  return slug;
}

/**
 * Groups articles by category slug. Names that differ only in punctuation share a slug and a page; the page
 * shows the name most articles use (ties: the first in code-point order).
 */
export function groupByCategory(articles: readonly Article[]): Category[] {
  const bySlug = new Map<string, Article[]>();
  for (const article of articles) {
    const slug = categorySlug(article.category);
    const group = bySlug.get(slug);
    if (group) group.push(article);
    else bySlug.set(slug, [article]);
  }
  return [...bySlug.entries()]
    .map(([slug, members]) => ({ name: mostCommonName(members), slug, articles: sortNewestFirst(members) }))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Finds an article's category among the grouped ones (by its slug, so every spelling finds its group). */
export function categoryFinder(categories: readonly Category[]): (article: Article) => Category {
  const bySlug = new Map(categories.map((category) => [category.slug, category]));
  return (article) => bySlug.get(categorySlug(article.category))!;
}

function mostCommonName(articles: readonly Article[]): string {
  const counts = new Map<string, number>();
  for (const { category } of articles) counts.set(category, (counts.get(category) ?? 0) + 1);
  return [...counts.entries()].sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : 1))[0]![0];
}
