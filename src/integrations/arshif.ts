// Arshif's steps around `astro build`, in the order they must run: the command noted for the content loader (which
// reads the content only for a build or the dev server), the sitemap, the search index (a part indexes its own
// shards, which the publish step merges), the output folder (checked before anything is written, pruned after every
// other writer) and the closing summary. A build of one part of a site writes the list of its pages instead of a
// sitemap, and last: the publish step takes it as the sign that the part's output folder and its listing are whole.

import type { AstroIntegration } from 'astro';
import type { Settings } from '../settings.ts';
import { searchIndex, searchIndexOptionsOf } from '../search/integration.ts';
import { astroCommand } from '../loaders/raw-articles.ts';
import { buildSummary } from './build-summary.ts';
import { outputFolder } from './output-folder.ts';
import { archiveSitemap } from './sitemap.ts';

export function arshif(site: Settings): AstroIntegration[] {
  const { part } = site;
  const sitemap = archiveSitemap({ recordPath: site.ingestRecordPath, partPagesPath: part === undefined ? undefined : site.partPagesPath(part) });
  return [
    {
      name: 'arshif-command',
      hooks: {
        'astro:config:setup': ({ command }) => {
          astroCommand().name = command;
        },
      },
    },
    ...(part === undefined ? [sitemap] : []),
    searchIndex(searchIndexOptionsOf(site)),
    outputFolder({
      outDir: site.outDir,
      contentFolder: site.contentFolder,
      projectDir: site.projectDir,
      cacheRoot: site.cacheRoot,
      listingPath: site.outputListingPath,
      // The search index is the indexer's own.
      keep: ['search-index'],
    }),
    ...(part === undefined ? [] : [sitemap]),
    buildSummary({ recordPath: site.ingestRecordPath, siteUrl: site.url, siteUrlIsLocalDefault: site.urlIsLocalDefault, strict: site.strict, statsDir: site.buildStatsDir }),
  ];
}
