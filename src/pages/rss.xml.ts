// The site feed: the latest articles as RSS 2.0, with calendar dates as UTC midnight (no time-zone drift).

import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';
import { articlePath } from '../lib/archive/paths.ts';
import { utcMidnight } from '../lib/calendar-date.ts';
import { href } from '../link.ts';
import { site } from '../site.ts';

export const GET: APIRoute = async (context) => {
  const archive = await loadArchive();
  return rss({
    title: site.title,
    description: site.description,
    site: context.site ?? site.url,
    trailingSlash: true,
    customData: '<language>ar</language>',
    items: archive.articles.slice(0, site.feedSize).map((article) => ({
      title: article.title,
      link: href(articlePath(article.id)),
      pubDate: utcMidnight(article.date),
      description: article.paragraphs[0],
      categories: [article.category],
    })),
  });
};
