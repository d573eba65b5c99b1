// The plan step of a build in parts (docs/builds.md): reads the content folder as a whole-site build's loader does
// (report, staged search shards, ingest record), plans every page, and cuts the plan and the search shards into
// ARSHIF_PARTS slices, one per render job (lib/plan/parts.ts).
// Usage: node src/parts/plan.ts, with the site's settings in the environment.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planOptionsOf } from '../data/plan-options.ts';
import { folderTexts } from '../lib/article-texts.ts';
import { buildArchive } from '../lib/archive/build-archive.ts';
import { secondsSince } from '../lib/format/elapsed.ts';
import { siteOverview } from '../lib/plan/overview.ts';
import { writeSearchSlices, writeSlices } from '../lib/plan/parts.ts';
import { readIngestRecord } from '../lib/ingest/ingest-record.ts';
import { sitePlanners } from '../lib/plan/plan-site.ts';
import { shardMembers } from '../lib/search/shards.ts';
import { writeFileWhole } from '../lib/write-file-whole.ts';
import { prepareArticles, prepareOptionsOf } from '../loaders/prepare-articles.ts';
import { parseSettings } from '../settings.ts';
import { stepLog } from './step-log.ts';

const site = parseSettings(process.env);
const log = stepLog('plan');
const started = Date.now();
const tokenPath = join(site.cacheDir, 'parse-cache.token');
const articles = await prepareArticles(
  prepareOptionsOf(site),
  {
    token: { get: () => (existsSync(tokenPath) ? readFileSync(tokenPath, 'utf8') : undefined), set: (token) => writeFileWhole(tokenPath, token) },
    log,
  },
);
const prepared = Date.now();
const oldestFirst = [...articles].reverse();
const searchTexts = writeSearchSlices(site.planDir, readIngestRecord(site.ingestRecordPath).shards, site.parts, site.searchStagingDir, (shard) =>
  shardMembers(oldestFirst, shard).map((article) => article.textDigest),
);
const archive = buildArchive(articles);
const planners = sitePlanners(archive, planOptionsOf(site, folderTexts(site.articleTextsDir)));
const counts = writeSlices(site.planDir, planners, siteOverview(archive, site.feedSize), site.articleTextsDir, searchTexts);
log(`${site.parts} parts planned in ${secondsSince(prepared)}: ${counts.join(', ')} pages`);
log(`done in ${secondsSince(started)}`);
