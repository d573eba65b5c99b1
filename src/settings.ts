// The site's settings (documented in docs/settings.md): parsed from an environment, validated, with defaults for the
// sample. A wrong value stops the build with a message naming the variable, what it expects and what it got.
// Parsing has no side effect: this build's own settings, from the process's environment, are site.ts.

import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { z } from 'astro/zod';
import { calendarParts, dayInUtc, isRealDate, latestPlausibleDate } from './lib/calendar-date.ts';
import { slicePaths } from './lib/plan/parts.ts';

/** Normalises a base path to `/` or `/segment/…/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const positiveInteger = (fallback: number) =>
  z
    .string()
    .regex(/^\s*\d+\s*$/, 'expected a whole number')
    .transform(Number)
    .refine((value) => value > 0, 'expected a number above 0')
    .optional()
    .transform((value) => value ?? fallback);

/** The origin a build without ARSHIF_SITE_URL writes into its links: right for a preview on this machine only. */
export const LOCAL_SITE_URL = 'http://localhost:4321';
const DEFAULT_TITLE = 'أرشيف';
const DEFAULT_DESCRIPTION = 'أرشيف الأخبار العربية: تصفح المقالات حسب القسم والتاريخ، وابحث فيها.';

/** What is wrong with a site URL, or undefined: an http(s) origin, its path left to ARSHIF_BASE. */
export function siteUrlProblem(value: string): string | undefined {
  const origin = 'expected an origin with its scheme, like https://news.example.org';
  if (!/^https?:\/\/[^\s]+$/.test(value) || !URL.canParse(value)) return origin;
  const url = new URL(value);
  if (url.username !== '' || url.password !== '') return `${origin}, without a user name or password`;
  if (url.search !== '' || value.includes('?')) return `${origin}, without a query (?…)`;
  if (url.hash !== '' || value.includes('#')) return `${origin}, without a fragment (#…)`;
  if (url.pathname !== '/') return `${origin}, without a path (set the path in ARSHIF_BASE)`;
  return undefined;
}

/** A one-line text of at most `maxLength` characters, trimmed, in Unicode's composed form as the articles' text is. */
const oneLine = (maxLength: number, what: string) =>
  z
    .string()
    .transform((value) => value.trim().normalize('NFC'))
    .refine((value) => value !== '' && value.length <= maxLength && !/[\p{Cc}]/u.test(value), `expected ${what}: one line of at most ${maxLength} characters`);

const ENVIRONMENT = z.object({
  ARSHIF_SITE_URL: z
    .string()
    .superRefine((value, context) => {
      const problem = siteUrlProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .transform((url) => url.replace(/\/$/, ''))
    .optional(),
  ARSHIF_TITLE: oneLine(80, 'the archive\'s name, like «أرشيف الجريدة»').default(DEFAULT_TITLE),
  ARSHIF_DESCRIPTION: oneLine(300, 'a sentence that says what the archive holds').default(DEFAULT_DESCRIPTION),
  ARSHIF_BASE: z
    .string()
    .regex(/^[\w\-./~%]*$/, 'expected a URL path like /archive/')
    .refine((base) => !base.split('/').some((segment) => segment === '.' || segment === '..'), 'expected a URL path like /archive/, without . or .. segments')
    .optional()
    .transform(normaliseBase),
  ARSHIF_CONTENT_DIR: z.string().min(1).default('content/articles'),
  ARSHIF_OUT_DIR: z.string().min(1).default('dist'),
  ARSHIF_REPORT: z.string().min(1).optional(),
  ARSHIF_STRICT: z
    .enum(['', '0', '1', 'false', 'true'], 'expected 1 or true (on), 0 or false (off)')
    .optional()
    .transform((value) => value === '1' || value === 'true'),
  ARSHIF_PARTS: positiveInteger(1),
  ARSHIF_PART: z.string().regex(/^\s*\d+\s*$/, 'expected a whole number').transform(Number).optional(),
  ARSHIF_PART_JOBS: positiveInteger(Math.max(1, availableParallelism() - 1)),
  ARSHIF_DIGITS: z.enum(['arab', 'latn'], 'expected arab (٠١٢…) or latn (012…)').default('arab'),
  ARSHIF_SEARCH_SHARD_SIZE: positiveInteger(500),
  ARSHIF_BUILD_CONCURRENCY: positiveInteger(1),
  ARSHIF_PAGE_SIZE: positiveInteger(20),
  ARSHIF_BUILD_DAY: z
    .string()
    .regex(/^\s*\d{4}-\d{2}-\d{2}\s*$/, 'expected a date written YYYY-MM-DD, like 2026-11-26')
    .transform((value) => value.trim())
    .refine((value) => {
      const { year, month, day } = calendarParts(value);
      return isRealDate(year, month, day);
    }, 'expected a day that exists on the calendar')
    .optional(),
});

/** The names of every setting, as docs/settings.md lists them. */
export const SETTING_NAMES = Object.keys(ENVIRONMENT.shape);

/** Settings of earlier versions, with what took their place. */
const YEAR_SHARDS_RETIRED = 'year shards are retired: build in parts instead (ARSHIF_PARTS, see docs/builds.md), which keeps one URL space';
const RETIRED: Record<string, string> = { ARSHIF_YEARS: YEAR_SHARDS_RETIRED, ARSHIF_PEERS: YEAR_SHARDS_RETIRED };

/** Every setting, from the environment and the project folder the build runs in. */
export function parseSettings(env: Record<string, string | undefined>, projectDir = process.cwd()) {
  // An empty variable means "not set", as shells and CI files often write it.
  const given = Object.fromEntries(Object.entries(env).filter(([name, value]) => name.startsWith('ARSHIF_') && value !== ''));
  const parsed = ENVIRONMENT.superRefine((value, context) => {
    if (value.ARSHIF_PART !== undefined && (value.ARSHIF_PART < 1 || value.ARSHIF_PART > value.ARSHIF_PARTS)) {
      context.addIssue({ code: 'custom', path: ['ARSHIF_PART'], message: `expected a part from 1 to ARSHIF_PARTS (${value.ARSHIF_PARTS})` });
    }
  }).safeParse(given);
  const retired = Object.keys(given).filter((name) => name in RETIRED);
  if (!parsed.success || retired.length > 0) {
    const lines = [
      ...retired.map((name) => `${name}: ${RETIRED[name]}; got "${env[name] ?? ''}"`),
      ...(parsed.success ? [] : parsed.error.issues).map((issue) => {
        const name = String(issue.path[0]);
        return `${name}: ${issue.message}; got "${env[name] ?? ''}"`;
      }),
    ];
    throw new Error(`invalid settings in the environment:\n  ${lines.join('\n  ')}`);
  }
  const settings = parsed.data;
  const outDir = resolve(projectDir, settings.ARSHIF_OUT_DIR);
  // Keyed by the output folder's full path, so that builds of different sites (tests, benchmarks,
  // `a/dist` beside `b/dist`) neither undo nor wait on each other's caches and reports.
  const outputKey = `${basename(outDir)}-${createHash('sha256').update(outDir).digest('hex').slice(0, 8)}`;
  // Outside node_modules/, so that `npm ci` keeps it and CI can cache it on its own.
  const cacheRoot = resolve(projectDir, '.arshif-cache');
  const siteCacheDir = resolve(cacheRoot, outputKey);
  const part = settings.ARSHIF_PART;
  /** A build in parts (docs/builds.md): the plan step's output, then each part's own output folder and cache. */
  const planDir = resolve(siteCacheDir, 'plan');
  const partDir = (number: number) => resolve(siteCacheDir, 'parts', String(number));
  const partOutDir = (number: number) => resolve(partDir(number), 'dist');
  const partCacheDir = (number: number) => resolve(partDir(number), 'cache');
  const cacheDir = part === undefined ? siteCacheDir : partCacheDir(part);
  const listingIn = (dir: string) => resolve(dir, 'output-listing.json');
  return {
    /** The archive's name: page titles, the header, feeds, OpenSearch, JSON-LD. */
    title: settings.ARSHIF_TITLE,
    /** What the archive holds: the home's description, the site feed's. */
    description: settings.ARSHIF_DESCRIPTION,
    /** Absolute origin the archive is served from; feeds and canonical links need it. */
    url: settings.ARSHIF_SITE_URL ?? LOCAL_SITE_URL,
    /** No ARSHIF_SITE_URL: every absolute link points at this machine (a warning; strict mode fails). */
    urlIsLocalDefault: settings.ARSHIF_SITE_URL === undefined,
    /** Path the archive lives under on that host, e.g. `/archive/`. */
    base: settings.ARSHIF_BASE,
    /** The project the build runs in. */
    projectDir,
    /** Folder of raw article files. */
    contentFolder: resolve(projectDir, settings.ARSHIF_CONTENT_DIR),
    /** Where the built site goes; a part's own folder when this build renders one part. */
    outDir: part === undefined ? outDir : partOutDir(part),
    /**
     * Build caches of this output folder: Astro's content store and its incremental build manifest with a copy of
     * every page, the article texts, the parse cache, the staged search records, the index bundles.
     */
    cacheDir,
    /** The folder of every output folder's caches. */
    cacheRoot,
    /** The articles' paragraphs by digest (src/lib/article-texts.ts); a part's own when this build renders one. */
    articleTextsDir: part === undefined ? resolve(cacheDir, 'article-texts') : slicePaths(planDir, part).texts,
    /** What the ingest learned from each file, so unchanged files are not read again (src/lib/ingest/parse-cache.ts). */
    parseCachePath: resolve(cacheDir, 'parse-cache.jsonl'),
    /** What the content loader leaves for the steps after it (src/lib/ingest/ingest-record.ts). */
    ingestRecordPath: resolve(siteCacheDir, 'ingest-record.json'),
    /** What each step of the last build did, in figures, for the benchmarks (src/lib/build-stats.ts). */
    buildStatsDir: resolve(cacheDir, 'build-stats'),
    /** The output folder's listing after the last build, so that pruning it reads only what changed (src/lib/stale-output.ts). */
    outputListingPath: listingIn(cacheDir),
    /** The search shards' articles, staged by the content loader for the indexer; a part's own shards' when this build renders one. */
    searchStagingDir: part === undefined ? resolve(cacheDir, 'search-shards') : slicePaths(planDir, part).searchShards,
    /** Index bundles per shard, kept between builds so that unchanged shards are not indexed again. */
    searchBundlesDir: resolve(cacheDir, 'search-bundles'),
    /** A build in parts: the bundles of the shards a part indexes, in its cache, for the publish step to merge. */
    partSearchBundlesDir: (number: number) => resolve(partCacheDir(number), 'search-bundles'),
    /** The shards' bundles merged into the one the site publishes, kept so that unchanged files are not written again. */
    searchIndexDir: resolve(cacheDir, 'search-index'),
    /** A build in parts: how many parts the plan step cuts the pages into. */
    parts: settings.ARSHIF_PARTS,
    /** A build in parts: the part this build renders (1 to `parts`); undefined for a build of the whole site. */
    part,
    /** A build in parts: how many parts render at once on this machine (`npm run build:parts`). */
    partJobs: settings.ARSHIF_PART_JOBS,
    /** A build in parts: what the plan step writes for the parts and the publish step (src/parts/). */
    planDir,
    /** A build in parts: a part's folder (its output folder `dist/` and its Astro cache `cache/`). */
    partDir,
    /** A build in parts: where a part's render job writes its pages, and the publish step finds them. */
    partOutDir,
    /**
     * A build in parts: the list of a part's pages, for the sitemap the publish step writes; written last, when the
     * part's output folder and its listing are complete.
     */
    partPagesPath: (number: number) => resolve(partDir(number), 'pages.json'),
    /** A build in parts: a part's output folder's listing (`outputListingPath` of its build), which the publish step joins. */
    partOutputListingPath: (number: number) => listingIn(partCacheDir(number)),
    /** Most articles per search-index shard: bounds the indexer's memory (about 0.2 MB per article). */
    searchShardSize: settings.ARSHIF_SEARCH_SHARD_SIZE,
    /** Where the ingest report is written: outside `dist/`, so it is never published. */
    reportPath: resolve(projectDir, settings.ARSHIF_REPORT ?? `reports/${outputKey}/ingest-report.json`),
    /** Fail the build when any file is rejected (for CI). */
    strict: settings.ARSHIF_STRICT,
    /** Digits in the interface: Arabic-Indic (`arab`, default) or Latin (`latn`). */
    digits: settings.ARSHIF_DIGITS,
    /** Pages Astro renders at once (`build.concurrency`); measured no faster than 1 on 2 cores (BENCHMARKS.md). */
    buildConcurrency: settings.ARSHIF_BUILD_CONCURRENCY,
    /** The day the site is built for (the home's "on this day", the report's "today"): today in UTC unless set. */
    buildDay: settings.ARSHIF_BUILD_DAY ?? dayInUtc(),
    /**
     * The latest date an article may carry: the build day when it is set, else the day that has begun somewhere
     * on Earth (see latestPlausibleDate).
     */
    latestArticleDay: settings.ARSHIF_BUILD_DAY ?? latestPlausibleDate(),
    /** Articles per list page. */
    pageSize: settings.ARSHIF_PAGE_SIZE,
    /** Articles shown per category on the home page. */
    categoryBlockSize: 3,
    feedSize: 50,
    /** Articles of each year on an "on this day" page; the rest are on that year's day page. */
    onThisDayPerYear: 10,
    /** Articles of earlier years the home shows for the build day. */
    onThisDayOnHome: 5,
  } as const;
}

export type Settings = ReturnType<typeof parseSettings>;
