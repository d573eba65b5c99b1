// The articles collection: raw files read where they lie by the Arshif loader, checked against this schema.

import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { rawArticlesLoader } from './loaders/raw-articles.ts';
import { site } from './site.ts';

const articles = defineCollection({
  loader: rawArticlesLoader({
    folder: site.contentFolder,
    textsDir: site.articleTextsDir,
    parseCachePath: site.parseCachePath,
    reportPath: site.reportPath,
    planPath: site.buildPlanPath,
    strict: site.strict,
    latestArticleDay: site.latestArticleDay,
    buildDay: site.buildDay,
    staging: { dir: site.searchStagingDir, shardSize: site.searchShardSize, base: site.base, digits: site.digits },
    years: site.years,
  }),
  schema: z.object({
    title: z.string().min(1),
    category: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    textDigest: z.string().regex(/^[0-9a-f]{32}$/),
  }),
});

export const collections = { articles };
