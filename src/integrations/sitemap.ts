// The sitemap (@astrojs/sitemap; an index of files of at most 45,000 URLs), with each article's date as lastmod.

import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readBuildPlan } from '../lib/plan/build-plan.ts';

const ARTICLE_URL = /\/articles\/([^/]+)\/$/;

export function archiveSitemap(planPath: string): AstroIntegration {
  let dates: Record<string, string> | undefined;
  return sitemap({
    namespaces: { news: false, xhtml: false, image: false, video: false },
    serialize(item) {
      // The build plan (written before any page is built) says which article has which date.
      dates ??= readBuildPlan(planPath).dates;
      const id = ARTICLE_URL.exec(item.url)?.[1];
      const date = id === undefined ? undefined : dates[decodeURIComponent(id)];
      return date === undefined ? item : { ...item, lastmod: date };
    },
  });
}
