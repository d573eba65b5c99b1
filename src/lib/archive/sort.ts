// Article order used everywhere: newest calendar date first, then id, so equal dates never shuffle.

import type { Article } from '../article.ts';

export const compareNewestFirst = (a: Article, b: Article): number =>
  a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date < b.date ? 1 : -1;

export const sortNewestFirst = (articles: readonly Article[]): Article[] => [...articles].sort(compareNewestFirst);
