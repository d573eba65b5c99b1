// "On this day" pages: one day of the year in every year of the archive, each year's count and latest articles.

import { adjacentIn } from '../../archive/build-archive.ts';
import type { PlanContext, SitePlan } from '../plan-site.ts';
import { adjacentRefs } from '../props.ts';

export const planOnThisDay = ({ archive, options, planned, cardOf }: PlanContext): SitePlan['onThisDay'] =>
  archive.daysInEveryYear.map(({ monthDay, years }, index) =>
    planned(
      { monthDay },
      {
        monthDay,
        years: years.map(({ year, articles }) => ({ year, count: articles.length, items: articles.slice(0, options.onThisDayPerYear).map(cardOf) })),
        ...adjacentRefs(adjacentIn(archive.daysInEveryYear, index), (day) => day.monthDay),
      },
    ),
  );
