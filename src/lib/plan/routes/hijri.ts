// The Hijri archive: a Hijri year's page (its months with their counts) and a Hijri month's pages.

import { adjacentIn } from '../../archive/build-archive.ts';
import { hijriMonthParams, hijriMonthPath } from '../../archive/paths.ts';
import { listViews, showing } from '../pager.ts';
import type { PlanContext, SitePlan } from '../plan-site.ts';
import { adjacentRefs, hijriMonthRef } from '../props.ts';

export const planHijriYears = ({ archive, planned }: PlanContext): SitePlan['hijriYears'] =>
  archive.hijriYears.map(({ year, months, count }, index) =>
    planned(
      { year: String(year) },
      {
        year,
        total: count,
        months: months.map((month) => ({ ...hijriMonthRef(month), count: month.articles.length })),
        ...adjacentRefs(adjacentIn(archive.hijriYears, index), (adjacent) => adjacent.year),
      },
    ),
  );

export const planHijriMonths = ({ archive, options, planned, cardOf }: PlanContext): SitePlan['hijriMonths'] =>
  archive.hijriMonths.flatMap((month, index) =>
    listViews({ path: hijriMonthPath(month.key), items: month.articles }, options.pageSize).map((view) => {
      const { page, pager } = showing(view, cardOf);
      return planned(hijriMonthParams(month.key, page.number), {
        month: hijriMonthRef(month),
        page,
        pager,
        ...(page.number === 0 ? { total: month.articles.length } : {}),
        ...adjacentRefs(adjacentIn(archive.hijriMonths, index), hijriMonthRef),
      });
    }),
  );
