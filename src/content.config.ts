// The articles collection: raw files read where they lie by the Arshif loader, checked against this schema. A build
// that renders one part of a site (src/parts/) takes its pages from the plan step's slice instead, and loads none.

import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { prepareOptionsOf } from './loaders/prepare-articles.ts';
import { rawArticlesLoader } from './loaders/raw-articles.ts';
import { site } from './site.ts';

const articles = defineCollection({
  loader: site.part !== undefined ? () => [] : rawArticlesLoader(prepareOptionsOf(site)),
  schema: z.object({
    title: z.string().min(1),
    category: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    textDigest: z.string().regex(/^[0-9a-f]{32}$/),
  }),
});

export const collections = { articles };
