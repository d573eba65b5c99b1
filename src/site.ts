// The site's settings, read once from the environment (documented in the README) with defaults for the sample.

import { basename, resolve } from 'node:path';

const env = process.env;
const outDir = resolve(env.ARSHIF_OUT_DIR ?? 'dist');
/**
 * Build caches, one folder per output folder, so that builds of different sites (year shards, the benchmark's)
 * neither undo nor wait on each other's caches and can run at the same time: Astro's content store with the
 * loader's parse cache, the staged search records, the index bundles.
 */
const cacheDir = resolve('node_modules/.astro/arshif', basename(outDir));

/** `2005-2012` or `2019` → the inclusive year range a sharded build publishes; unset: every year. */
export function parseYearRange(value: string | undefined): { first: number; last: number } | undefined {
  if (!value) return undefined;
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(value.trim());
  if (!match) throw new Error(`ARSHIF_YEARS must look like 2005-2012 or 2019, not "${value}"`);
  return { first: Number(match[1]), last: Number(match[2] ?? match[1]) };
}

/** Normalises a base path to `/` or `/segment/…/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export const site = {
  title: 'أرشيف',
  description: 'أرشيف الأخبار العربية: تصفح المقالات حسب القسم والتاريخ، وابحث فيها.',
  /** Absolute origin the archive is served from; feeds and canonical links need it. */
  url: env.ARSHIF_SITE_URL ?? 'http://localhost:4321',
  /** Path the archive lives under on that host, e.g. `/archive/`. */
  base: normaliseBase(env.ARSHIF_BASE),
  /** Folder of raw article files. */
  contentFolder: resolve(env.ARSHIF_CONTENT_DIR ?? 'content/articles'),
  /** Where the built site goes. */
  outDir,
  cacheDir,
  /** Search records staged by the content loader for the indexer. */
  searchStagingDir: resolve(cacheDir, 'search-records'),
  /** Index bundles per shard, kept between builds so that unchanged shards are not indexed again. */
  searchBundlesDir: resolve(cacheDir, 'search-bundles'),
  /** Most articles per search-index shard: bounds the indexer's memory (about 0.2 MB per article). */
  searchShardSize: Number(env.ARSHIF_SEARCH_SHARD_SIZE ?? 15_000),
  /** Where the ingest report is written: outside `dist/`, so it is never published. */
  reportPath: resolve(env.ARSHIF_REPORT ?? 'reports/ingest-report.json'),
  /** Fail the build when any file is rejected (for CI). */
  strict: env.ARSHIF_STRICT === '1' || env.ARSHIF_STRICT === 'true',
  /** Sharded builds: the years this build publishes (articles of other years are left to the other shards). */
  years: parseYearRange(env.ARSHIF_YEARS),
  /** Sharded builds: base paths of the other shards on the same host, searched together with this one. */
  peers: (env.ARSHIF_PEERS ?? '').split(',').filter((peer) => peer.trim() !== '').map(normaliseBase),
  /** Digits in the interface: Arabic-Indic (`arab`, default) or Latin (`latn`). */
  digits: env.ARSHIF_DIGITS === 'latn' ? ('latn' as const) : ('arab' as const),
  /** Pages Astro renders at once (`build.concurrency`); measured no faster than 1 on 2 cores (BENCHMARKS.md). */
  buildConcurrency: Number(env.ARSHIF_BUILD_CONCURRENCY ?? 1),
  pageSize: 20,
  /** Articles shown per category on the home page. */
  categoryBlockSize: 3,
  feedSize: 50,
} as const;
