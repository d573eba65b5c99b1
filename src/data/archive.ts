// The archive and the plan of its pages, built once per build from the articles collection and shared by every
// route: dynamic routes take their pages (params, props, cache keys) from the plan, the few single pages (feeds,
// indexes) read the archive.

import { getCollection } from 'astro:content';
import { type ArticleTexts, folderTexts } from '../lib/article-texts.ts';
import { type Archive, buildArchive } from '../lib/archive/build-archive.ts';
import { summaryOf } from '../lib/format/text.ts';
import { planSite, type SitePlan } from '../lib/plan/plan-site.ts';
import { site } from '../site.ts';

/** The articles' paragraphs, as the content loader left them (by the digest each article carries). */
export const articleTexts: ArticleTexts = folderTexts(site.articleTextsDir);

let archive: Promise<Archive> | undefined;
let plan: Promise<SitePlan> | undefined;

export function loadArchive(): Promise<Archive> {
  archive ??= getCollection('articles').then((entries) =>
    buildArchive(entries.map((entry) => ({ id: entry.id, ...entry.data }))),
  );
  return archive;
}

/** Settings that change how a page looks but are not in Astro's config: a change renders every page again. */
const renderSettings = JSON.stringify({
  title: site.title,
  description: site.description,
  digits: site.digits,
  peers: site.peers,
  pageSize: site.pageSize,
});

export function loadPlan(): Promise<SitePlan> {
  plan ??= loadArchive().then((loaded) =>
    planSite(loaded, {
      pageSize: site.pageSize,
      categoryBlockSize: site.categoryBlockSize,
      feedSize: site.feedSize,
      onThisDayPerYear: site.onThisDayPerYear,
      onThisDayOnHome: site.onThisDayOnHome,
      buildDay: site.buildDay,
      summaryOf: (article) => summaryOf(articleTexts.get(article.textDigest), article.title),
      renderSettings,
    }),
  );
  return plan;
}
