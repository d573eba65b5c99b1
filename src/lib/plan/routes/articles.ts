// An article's page: the article, its category, the older and newer article of its category, related ones.

import type { PlanContext, SitePlan } from '../plan-site.ts';
import { categoryLink } from '../props.ts';

/** One page at a time: a build in parts writes each page as it comes (a million pages' props would fill a process). */
export function* planArticles({ archive, planned, cardOf }: PlanContext): Generator<SitePlan['articles'][number]> {
  for (const article of archive.articles) {
    const { older, newer } = archive.neighboursInCategory(article);
    yield planned(
      { id: article.id },
      {
        article,
        category: categoryLink(archive.categoryOf(article)),
        ...(older ? { older: cardOf(older) } : {}),
        ...(newer ? { newer: cardOf(newer) } : {}),
        related: archive.relatedTo(article).map(cardOf),
      },
    );
  }
}
