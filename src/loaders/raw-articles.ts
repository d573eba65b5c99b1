// The Astro content loader: runs the folder ingest, stores the articles (skipping unchanged ones by digest),
// stages them as search records for the indexer, and prints and writes the report.

import type { DataStore, Loader, MetaStore } from 'astro/loaders';
import type { ParsedArticle } from '../lib/article.ts';
import { buildArchive } from '../lib/archive/build-archive.ts';
import { latestPlausibleDate } from '../lib/calendar-date.ts';
import { secondsSince } from '../lib/format/elapsed.ts';
import { type FileParse, ingestFolder, type ParseCache } from '../lib/ingest/ingest-folder.ts';
import type { LocalProblem } from '../lib/ingest/problem.ts';
import { buildReport, reportLines, writeReport } from '../lib/ingest/report.ts';
import { stageSearchRecords } from '../search/stage.ts';

/** Problems printed to the console; the report lists all of them. */
const PRINTED_PROBLEMS = 20;

export interface RawArticlesOptions {
  folder: string;
  reportPath: string;
  strict: boolean;
  /** Where the published articles are staged as search records for the indexer (see integrations/search-index). */
  searchStagingDir: string;
  /** Sharded builds: the years this build publishes. */
  years?: { first: number; last: number } | undefined;
}

export function rawArticlesLoader({ folder, reportPath, strict, searchStagingDir, years }: RawArticlesOptions): Loader {
  return {
    name: 'arshif-raw-articles',
    async load({ store, meta, logger, parseData, generateDigest }) {
      const today = latestPlausibleDate();
      const started = Date.now();
      const cache = parseCacheIn(meta, store, today);
      const result = ingestFolder(folder, {
        today,
        years,
        cache,
        onProgress: ({ read, total, elapsedMs }) =>
          logger.info(`read ${read}/${total} files (${Math.round((read / Math.max(elapsedMs, 1)) * 1000)} files/s)`),
      });

      const ids = new Set(result.articles.map((article) => article.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const article of result.articles) {
        const { id, ...fields } = article;
        const digest = generateDigest(fields);
        if (store.get(id)?.digest === digest) continue;
        const data = await parseData({ id, data: fields });
        store.set({ id, data, digest });
      }

      cache.save();
      const ingested = Date.now();
      const archive = buildArchive(result.articles);
      stageSearchRecords(archive, searchStagingDir);
      logger.info(
        `ingest: ${result.outcomes.length} files in ${secondsSince(started, ingested)} ` +
          `(${cache.hits} unchanged since the last build today, not parsed again); ` +
          `search records staged in ${secondsSince(ingested)}`,
      );

      const report = buildReport(result, folder, today);
      writeReport(report, reportPath);
      for (const line of reportLines(report, reportPath, PRINTED_PROBLEMS)) logger.info(line);
      if (strict && report.summary.rejected > 0) {
        throw new Error(`${report.summary.rejected} article files were rejected (strict mode); see ${reportPath}`);
      }
    },
  };
}

interface CachedParse {
  problems: LocalProblem[];
  /** The published article's id: its fields are in the data store under it. */
  id?: string;
}

const PARSE_CACHE_KEY = 'parse-cache';

/**
 * The parse cache kept in Astro's meta store between builds: per content hash, the problems and the id under which
 * the data store already holds the parsed article. Small (no article text); valid for one build day.
 */
function parseCacheIn(meta: MetaStore, store: DataStore, today: string): ParseCache & { save(): void; hits: number } {
  const previous = JSON.parse(meta.get(PARSE_CACHE_KEY) ?? '{}') as { today?: string; entries?: Record<string, CachedParse> };
  const entries = previous.today === today ? (previous.entries ?? {}) : {};
  const next: Record<string, CachedParse> = {};
  const cache = {
    hits: 0,
    lookup(contentHash: string): FileParse | undefined {
      const found = fromEntry(entries[contentHash]);
      if (found) cache.hits += 1;
      return found;
    },
    remember(contentHash: string, parse: FileParse, id: string | undefined) {
      next[contentHash] = { problems: parse.problems, ...(parse.parsed && id !== undefined ? { id } : {}) };
    },
    save() {
      meta.set(PARSE_CACHE_KEY, JSON.stringify({ today, entries: next }));
    },
  };
  function fromEntry(cached: CachedParse | undefined): FileParse | undefined {
    if (!cached) return undefined;
    if (cached.id === undefined) return { parsed: undefined, problems: cached.problems };
    const data = store.get(cached.id)?.data as ParsedArticle | undefined;
    if (!data) return undefined;
    const { title, category, date, paragraphs } = data;
    return { parsed: { title, category, date, paragraphs }, problems: cached.problems };
  }
  return cache;
}
