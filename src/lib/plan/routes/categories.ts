// A category's page (its newest articles, going on in the year that holds the next older one, and its articles
// per year) and its years' lists, chained into each other.

import { countsPerYear } from '../../archive/coverage.ts';
import { pageParam } from '../../archive/paginate.ts';
import { categoryYearPath } from '../../archive/paths.ts';
import { periodsOf } from '../../archive/periods.ts';
import { calendarParts } from '../../calendar-date.ts';
import { adjacentIn } from '../../archive/build-archive.ts';
import { chainedLists, frontGoingOn, showing } from '../pager.ts';
import type { PlanContext, SitePlan } from '../plan-site.ts';
import { adjacentRefs, categoryLink } from '../props.ts';

export function planCategories({ archive, options, planned, cardOf }: PlanContext): Pick<SitePlan, 'categories' | 'categoryYears'> {
  const categories: SitePlan['categories'] = [];
  const categoryYears: SitePlan['categoryYears'] = [];
  for (const category of archive.categories) {
    const link = categoryLink(category);
    const years = periodsOf(category.articles, 'year');
    const yearLists = years.map(({ year, articles }) => ({ path: categoryYearPath(category.slug, year), items: articles }));
    const byYear = new Map(years.map((year, index) => [year.year, yearLists[index]!]));
    const front = frontGoingOn(category.articles, options.pageSize, (article) => byYear.get(calendarParts(article.date).year)!);
    categories.push(
      planned(
        { slug: category.slug },
        { category: link, ...showing(front, cardOf), total: category.articles.length, perYear: countsPerYear(category.articles) },
      ),
    );
    chainedLists(yearLists, options.pageSize).forEach((views, index) => {
      const { year, articles } = years[index]!;
      const adjacent = adjacentRefs(adjacentIn(years, index), (period) => period.year);
      for (const { page, pager } of views.map((view) => showing(view, cardOf))) {
        categoryYears.push(
          planned(
            { slug: category.slug, year: String(year), page: pageParam(page.number) },
            { category: link, year, page, pager, ...(page.number === 0 ? { total: articles.length } : {}), ...adjacent },
          ),
        );
      }
    });
  }
  return { categories, categoryYears };
}
