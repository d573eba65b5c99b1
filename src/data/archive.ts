// The plan of the site's pages and the archive's overview, made once per build and shared by every route: dynamic
// routes take their pages (params, props, cache keys) from the plan, the single pages (feeds, indexes) read the
// overview. A whole-site build makes both from the articles collection; a build that renders one part of a site
// (src/parts/) reads its slice of the plan step's output instead.

import { getCollection } from 'astro:content';
import { type ArticleTexts, folderTexts } from '../lib/article-texts.ts';
import { type Archive, buildArchive } from '../lib/archive/build-archive.ts';
import { type SiteOverview, siteOverview } from '../lib/plan/overview.ts';
import { readSlice } from '../lib/plan/parts.ts';
import { planSite, type SitePlan } from '../lib/plan/plan-site.ts';
import { site } from '../site.ts';
import { planOptionsOf } from './plan-options.ts';

/** The articles' paragraphs, as the content loader (or the plan step, for a part) left them. */
export const articleTexts: ArticleTexts = folderTexts(site.articleTextsDir);

let archive: Promise<Archive> | undefined;
const loadArchive = (): Promise<Archive> =>
  (archive ??= getCollection('articles').then((entries) => buildArchive(entries.map((entry) => ({ id: entry.id, ...entry.data })))));

const { part } = site;
let slice: Promise<{ plan: SitePlan; overview: SiteOverview }> | undefined;
const loadSlice = () => (slice ??= Promise.resolve().then(() => readSlice(site.planDir, part!)));

let plan: Promise<SitePlan> | undefined;
export function loadPlan(): Promise<SitePlan> {
  plan ??=
    part === undefined
      ? loadArchive().then((loaded) => planSite(loaded, planOptionsOf(site, articleTexts)))
      : loadSlice().then((loaded) => loaded.plan);
  return plan;
}

let overview: Promise<SiteOverview> | undefined;
export function loadOverview(): Promise<SiteOverview> {
  overview ??=
    part === undefined
      ? loadArchive().then((loaded) => siteOverview(loaded, site.feedSize))
      : loadSlice().then((loaded) => loaded.overview);
  return overview;
}
