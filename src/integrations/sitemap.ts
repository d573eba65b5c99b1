// The sitemap (@astrojs/sitemap; an index of files of at most 45,000 URLs), with each article's date as lastmod.

import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readReport } from '../lib/ingest/report.ts';

const ARTICLE_URL = /\/articles\/([^/]+)\/$/;

export function archiveSitemap(reportPath: string): AstroIntegration {
  let dateById: Map<string, string> | undefined;
  return sitemap({
    namespaces: { news: false, xhtml: false, image: false, video: false },
    serialize(item) {
      // The ingest report (written before any page is built) says which article has which date.
      dateById ??= new Map(readReport(reportPath).published.map(({ id, date }) => [id, date]));
      const id = ARTICLE_URL.exec(item.url)?.[1];
      const date = id === undefined ? undefined : dateById.get(decodeURIComponent(id));
      return date === undefined ? item : { ...item, lastmod: date };
    },
  });
}
