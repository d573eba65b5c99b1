// How the site's settings shape its pages' plan (lib/plan/plan-site.ts): the same for a whole-site build
// (data/archive.ts) and for the plan step of a build in parts (parts/plan.ts).

import type { ArticleTexts } from '../lib/article-texts.ts';
import { summaryOf } from '../lib/format/text.ts';
import type { PlanOptions } from '../lib/plan/plan-site.ts';
import type { Settings } from '../settings.ts';

export const planOptionsOf = (site: Settings, texts: ArticleTexts): PlanOptions => ({
  pageSize: site.pageSize,
  categoryBlockSize: site.categoryBlockSize,
  feedSize: site.feedSize,
  onThisDayPerYear: site.onThisDayPerYear,
  onThisDayOnHome: site.onThisDayOnHome,
  buildDay: site.buildDay,
  summaryOf: (article) => summaryOf(texts.get(article.textDigest), article.title),
  // Settings that change how a page looks but are not in Astro's config: a change renders every page again.
  renderSettings: JSON.stringify({ title: site.title, description: site.description, digits: site.digits, pageSize: site.pageSize }),
});
