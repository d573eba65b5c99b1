// @ts-check
import { defineConfig } from 'astro/config';
import { buildSummary } from './src/integrations/build-summary.ts';
import { outputFolder } from './src/integrations/output-folder.ts';
import { searchIndex } from './src/search/integration.ts';
import { archiveSitemap } from './src/integrations/sitemap.ts';
import { site } from './src/site.ts';

/** A build that renders one part of a site (src/parts/): the publish step indexes and maps the whole. */
const { part } = site;

export default defineConfig({
  site: site.url,
  base: site.base,
  outDir: site.outDir,
  cacheDir: site.cacheDir,
  trailingSlash: 'always',
  // The stylesheet (~4 KB gzipped) goes in every page: no request blocks the first paint.
  build: { format: 'directory', concurrency: site.buildConcurrency, inlineStylesheets: 'always' },
  // The pages kept from the last build are counted, not listed one per line.
  logger: { entrypoint: new URL('./src/integrations/build-log.ts', import.meta.url) },
  // Pages whose cache key (src/lib/plan) and code are unchanged are restored from the last build, not rendered.
  experimental: { incrementalBuild: true },
  // The output folder is kept (unchanged pages stay where they are) and pruned of stale files after the build.
  vite: { build: { emptyOutDir: false } },
  // Order matters: the output folder is checked before anything is written (no other step writes at setup) and
  // pruned after every other writer; the summary comes last.
  integrations: [
    archiveSitemap({ planPath: site.buildPlanPath, partPagesPath: part === undefined ? undefined : site.partPagesPath(part) }),
    ...(part !== undefined
      ? []
      : [searchIndex({ planPath: site.buildPlanPath, stagingDir: site.searchStagingDir, bundlesDir: site.searchBundlesDir, indexDir: site.searchIndexDir })]),
    // The search index is the indexer's own.
    outputFolder({
      outDir: site.outDir,
      contentFolder: site.contentFolder,
      projectDir: site.projectDir,
      cacheRoot: site.cacheRoot,
      listingPath: site.outputListingPath,
      keep: ['search-index'],
    }),
    buildSummary({ planPath: site.buildPlanPath, siteUrl: site.url, siteUrlIsLocalDefault: site.urlIsLocalDefault, strict: site.strict }),
  ],
});
