// A category's page (its newest articles, going on in the year that holds the next older one, and its articles
// per year) and its years' lists, chained into each other.

import type { Article } from '../../article.ts';
import { adjacentIn } from '../../archive/build-archive.ts';
import type { Category } from '../../archive/categories.ts';
import { countsPerYear } from '../../archive/coverage.ts';
import { pageParam } from '../../archive/paginate.ts';
import { categoryYearPath } from '../../archive/paths.ts';
import { periodsOf } from '../../archive/periods.ts';
import { calendarParts } from '../../calendar-date.ts';
import { chainedLists, frontGoingOn, type ListPeriod, showing } from '../pager.ts';
import type { PlanContext, SitePlan } from '../plan-site.ts';
import { adjacentRefs, categoryLink } from '../props.ts';

/** A category's years that have articles, oldest first, each as a list. */
function yearListsOf(category: Category) {
  const years = periodsOf(category.articles, 'year');
  return years.map((period) => ({ period, list: { path: categoryYearPath(category.slug, period.year), items: period.articles } as ListPeriod<Article> }));
}

export const planCategories = ({ archive, options, planned, cardOf }: PlanContext): SitePlan['categories'] =>
  archive.categories.map((category) => {
    const byYear = new Map(yearListsOf(category).map(({ period, list }) => [period.year, list]));
    const front = frontGoingOn(category.articles, options.pageSize, (article) => byYear.get(calendarParts(article.date).year)!);
    return planned(
      { slug: category.slug },
      { category: categoryLink(category), ...showing(front, cardOf), total: category.articles.length, perYear: countsPerYear(category.articles) },
    );
  });

export const planCategoryYears = ({ archive, options, planned, cardOf }: PlanContext): SitePlan['categoryYears'] =>
  archive.categories.flatMap((category) => {
    const link = categoryLink(category);
    const years = yearListsOf(category);
    return chainedLists(years.map(({ list }) => list), options.pageSize).flatMap((views, index) => {
      const { year, articles } = years[index]!.period;
      const adjacent = adjacentRefs(adjacentIn(years, index), ({ period }) => period.year);
      return views.map((view) => {
        const { page, pager } = showing(view, cardOf);
        return planned(
          { slug: category.slug, year: String(year), page: pageParam(page.number) },
          { category: link, year, page, pager, ...(page.number === 0 ? { total: articles.length } : {}), ...adjacent },
        );
      });
    });
  });
