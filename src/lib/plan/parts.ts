// A build in parts (docs/builds.md): the site's pages cut into N parts by a hash of each page's route and params,
// and the search shards by a hash of their keys, so a page or a shard stays in its part whatever else changes. The
// plan step writes each part's slice: its pages (params, props, cache key) as JSON lines, the texts those pages show,
// the archive's overview and the staged articles of its search shards with their texts; a render job reads its slice
// back as the plan of its own pages, and indexes its shards beside rendering them.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { folderTexts, textFile } from '../article-texts.ts';
import { readJsonLines } from '../json-lines.ts';
import { linkInto } from '../link-file.ts';
import { openFileWhole, writeFileWhole } from '../write-file-whole.ts';
import type { SiteOverview } from './overview.ts';
import type { SearchShard } from '../search/shards.ts';
import type { PlannedPage, SitePlan, SitePlanners } from './plan-site.ts';

export type Route = keyof SitePlan;

/** The part (1 to `parts`) a thing of this name belongs to: by a hash of the name, whatever else the site holds. */
function partOfName(name: string, parts: number): number {
  if (parts === 1) return 1;
  return 1 + (createHash('sha256').update(name).digest().readUInt32BE(0) % parts);
}

/** The part (1 to `parts`) a page of `route` with `params` belongs to. */
export const partOf = (route: Route, params: unknown, parts: number): number => partOfName(`${route}${JSON.stringify(params)}`, parts);

/**
 * The part whose render job indexes a search shard (on the core rendering leaves free). By its key, so that a shard
 * stays in its part, and in that part's cache, as the archive grows.
 */
export const partOfShard = (shard: SearchShard, parts: number): number => partOfName(`search shard ${shard.key}`, parts);

const ROUTES: readonly Route[] = ['home', 'articles', 'categories', 'categoryYears', 'periods', 'categoryFeeds', 'hijriYears', 'hijriMonths', 'onThisDay'];

/** The article texts a page shows in full: an article's, a feed's items'. */
function textDigestsOf(route: Route, page: PlannedPage<unknown, unknown>): string[] {
  if (route === 'articles') return [(page as SitePlan['articles'][number]).props.article.textDigest];
  if (route === 'categoryFeeds') return (page as SitePlan['categoryFeeds'][number]).props.items.map(({ article }) => article.textDigest);
  return [];
}

// A page's params are strings, or undefined for an optional rest param (`/[...page]` on its first page), which JSON
// would drop: Astro takes `{ page: undefined }` but refuses `{}`.
const paramsWithNulls = (params: unknown): Record<string, string | null> =>
  Object.fromEntries(Object.entries(params as Record<string, string | undefined>).map(([name, value]) => [name, value ?? null]));
const paramsWithUndefined = (params: Record<string, string | null>): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(params).map(([name, value]) => [name, value ?? undefined]));

export const slicePaths = (planDir: string, part: number) => {
  const dir = join(planDir, `part-${part}`);
  return {
    dir,
    pages: join(dir, 'pages.jsonl'),
    texts: join(dir, 'texts'),
    overview: join(dir, 'overview.json'),
    searchShards: join(dir, 'search-shards'),
  };
};

/**
 * Writes every part's slice under `planDir` in one pass over the routes, each route planned when its turn comes and
 * let go once written (at 1M articles the whole plan would not fit a process's memory), with the texts each part's
 * pages show and its search shards index (`searchTexts`, by part) linked from the whole build's `textsDir`; removes
 * the slices of parts a smaller N no longer has. Returns how many pages each part holds.
 */
export function writeSlices(
  planDir: string,
  planners: SitePlanners,
  overview: SiteOverview,
  textsDir: string,
  searchTexts: readonly ReadonlySet<string>[],
): number[] {
  const parts = searchTexts.length;
  mkdirSync(planDir, { recursive: true });
  for (const entry of readdirSync(planDir)) {
    const number = /^part-(\d+)$/.exec(entry)?.[1];
    if (number !== undefined && Number(number) > parts) rmSync(join(planDir, entry), { recursive: true, force: true });
  }
  const slices = Array.from({ length: parts }, (_, index) => {
    const paths = slicePaths(planDir, index + 1);
    writeFileWhole(paths.overview, JSON.stringify(overview));
    const digests = new Set([...overview.latest.map(({ article }) => article.textDigest), ...searchTexts[index]!]);
    return { paths, pages: openFileWhole(paths.pages), count: 0, digests };
  });
  for (const route of ROUTES) {
    for (const page of planners[route]() as Iterable<PlannedPage<unknown, unknown>>) {
      const slice = slices[partOf(route, page.params, parts) - 1]!;
      for (const digest of textDigestsOf(route, page)) slice.digests.add(digest);
      slice.pages.write(`${JSON.stringify([route, { ...page, params: paramsWithNulls(page.params) }])}\n`);
      slice.count += 1;
    }
  }
  for (const { paths, pages, digests } of slices) {
    pages.close();
    // A text's file is named by its digest: one already in the slice is the same text.
    const texts = folderTexts(paths.texts);
    texts.prune(digests);
    for (const digest of digests) if (!texts.has(digest)) linkInto(textFile(textsDir, digest), textFile(paths.texts, digest));
  }
  return slices.map(({ count }) => count);
}

/**
 * Links into each part's slice the staged articles (`<shard>.jsonl` in `stagingDir`) of the shards its render job
 * indexes, and removes the ones it no longer does. Returns, by part, the texts of those articles (`textsOf` a shard),
 * which the slice needs to make their records (`writeSlices`).
 */
export function writeSearchSlices(
  planDir: string,
  shards: readonly SearchShard[],
  parts: number,
  stagingDir: string,
  textsOf: (shard: SearchShard) => readonly string[],
): Set<string>[] {
  return Array.from({ length: parts }, (_, index) => {
    const dir = slicePaths(planDir, index + 1).searchShards;
    const own = shards.filter((shard) => partOfShard(shard, parts) === index + 1);
    const names = new Set(own.map((shard) => `${shard.key}.jsonl`));
    mkdirSync(dir, { recursive: true });
    for (const entry of readdirSync(dir)) if (!names.has(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
    for (const name of names) linkInto(join(stagingDir, name), join(dir, name));
    return new Set(own.flatMap(textsOf));
  });
}

/** A part's own pages, as the plan of the whole site would give them. */
export function readSlice(planDir: string, part: number): { plan: SitePlan; overview: SiteOverview } {
  const paths = slicePaths(planDir, part);
  if (!existsSync(paths.pages)) {
    throw new Error(`no plan for part ${part} in ${planDir}: run the plan step first (node src/parts/plan.ts, see docs/builds.md)`);
  }
  const plan = Object.fromEntries(ROUTES.map((route) => [route, []])) as unknown as Record<Route, PlannedPage<unknown, unknown>[]>;
  for (const value of readJsonLines(paths.pages)) {
    const [route, page] = value as [Route, PlannedPage<Record<string, string | null>, unknown>];
    plan[route].push({ ...page, params: paramsWithUndefined(page.params) });
  }
  return { plan: plan as unknown as SitePlan, overview: JSON.parse(readFileSync(paths.overview, 'utf8')) as SiteOverview };
}
