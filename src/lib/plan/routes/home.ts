// The home: the archive's newest articles (going on in the month that holds the next older one), each category's
// latest, and the build day in earlier years. The front page reads like a newspaper's: its latest articles and
// each category's latest come with summaries.

import type { Article } from '../../article.ts';
import { monthDayOf } from '../../archive/on-this-day.ts';
import { calendarParts } from '../../calendar-date.ts';
import { frontGoingOn, showing } from '../pager.ts';
import type { PlanContext, SitePlan } from '../plan-site.ts';
import { type ArticleCard, categoryLink } from '../props.ts';

export function planHome({ archive, options, planned, cardOf, monthOf }: PlanContext): SitePlan['home'] {
  const buildYear = calendarParts(options.buildDay).year;
  const earlierYearsOnBuildDay = (archive.daysInEveryYear.find(({ monthDay }) => monthDay === monthDayOf(options.buildDay))?.years ?? [])
    .filter(({ year }) => year < buildYear)
    .flatMap(({ articles }) => articles)
    .slice(0, options.onThisDayOnHome)
    .map(cardOf);
  const withSummary = (article: Article): ArticleCard => ({ ...cardOf(article), summary: options.summaryOf(article) });
  return [
    planned(
      { page: undefined },
      {
        ...showing(frontGoingOn(archive.articles, options.pageSize, monthOf), withSummary),
        categoryBlocks: archive.categories.map((category) => ({
          category: categoryLink(category),
          items: category.articles.slice(0, options.categoryBlockSize).map((article, index) => (index === 0 ? withSummary(article) : cardOf(article))),
        })),
        onThisDay: { buildDay: options.buildDay, items: earlierYearsOnBuildDay },
      },
    ),
  ];
}
