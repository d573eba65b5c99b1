// An article's page: the article, its category, the older and newer article of its category, related ones.

import type { PlanContext, SitePlan } from '../plan-site.ts';
import { categoryLink } from '../props.ts';

export const planArticles = ({ archive, planned, cardOf }: PlanContext): SitePlan['articles'] =>
  archive.articles.map((article) => {
    const { older, newer } = archive.neighboursInCategory(article);
    return planned(
      { id: article.id },
      {
        article,
        category: categoryLink(archive.categoryOf(article)),
        ...(older ? { older: cardOf(older) } : {}),
        ...(newer ? { newer: cardOf(newer) } : {}),
        related: archive.relatedTo(article).map(cardOf),
      },
    );
  });
