// A category's feeds (RSS and JSON Feed): its latest articles, each with its place among its day's articles.

import type { PlanContext, SitePlan } from '../plan-site.ts';
import { categoryLink } from '../props.ts';

export const planCategoryFeeds = ({ archive, options, planned }: PlanContext): SitePlan['categoryFeeds'] =>
  archive.categories.map((category) =>
    planned(
      { slug: category.slug },
      {
        category: categoryLink(category),
        items: category.articles.slice(0, options.feedSize).map((article) => ({ article, rankInDay: archive.rankInDay(article) })),
      },
    ),
  );
