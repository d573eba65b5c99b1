// The date archive's lists: a year's front page (going on in the month that holds the next older article) with its
// months, a month's pages (chained into the neighbouring months) with its days, a day's pages.

import { periodParams } from '../../archive/paths.ts';
import { listViews, type ListView, showing } from '../pager.ts';
import { frontGoingOn } from '../pager.ts';
import type { Article } from '../../article.ts';
import type { PlanContext, SitePlan } from '../plan-site.ts';
import { adjacentRefs, periodRef } from '../props.ts';
import { periodPath } from '../../archive/periods.ts';

export const planPeriods = ({ archive, options, planned, cardOf, monthLists, monthOf }: PlanContext): SitePlan['periods'] =>
  Object.values(archive.periods).flatMap((list) =>
    list.flatMap((period, index) => {
      const subperiods = archive.subperiods(period).map((child) => ({ ...periodRef(child), count: child.articles.length }));
      const views: ListView<Article>[] =
        period.kind === 'year'
          ? [frontGoingOn(period.articles, options.pageSize, monthOf)]
          : period.kind === 'month'
            ? monthLists[index]!
            : listViews({ path: periodPath(period), items: period.articles }, options.pageSize);
      return views.map((view) => {
        const { page, pager } = showing(view, cardOf);
        return planned(periodParams(period, page.number), {
          period: periodRef(period),
          page,
          pager,
          ...(page.number === 0 ? { total: period.articles.length } : {}),
          subperiods: page.number === 0 ? subperiods : [],
          ...adjacentRefs(archive.adjacentPeriods(period), periodRef),
        });
      });
    }),
  );
