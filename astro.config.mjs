// @ts-check
import { defineConfig } from 'astro/config';
import { buildSummary } from './src/integrations/build-summary.ts';
import { pruneOutput } from './src/integrations/prune-output.ts';
import { searchIndex } from './src/search/integration.ts';
import { archiveSitemap } from './src/integrations/sitemap.ts';
import { site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  outDir: site.outDir,
  cacheDir: site.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: site.buildConcurrency },
  // The pages kept from the last build are counted, not listed one per line.
  logger: { entrypoint: new URL('./src/integrations/build-log.ts', import.meta.url) },
  // Pages whose cache key (src/lib/plan) and code are unchanged are restored from the last build, not rendered.
  experimental: { incrementalBuild: true },
  // The output folder is kept (unchanged pages stay where they are) and pruned of stale files after the build.
  vite: { build: { emptyOutDir: false } },
  // Order matters: the summary comes last.
  integrations: [
    archiveSitemap(site.buildPlanPath),
    searchIndex({ stagingDir: site.searchStagingDir, planPath: site.buildPlanPath, bundlesDir: site.searchBundlesDir }),
    // After every other writer; the search index is the indexer's own.
    pruneOutput({ keep: ['search-index'], listingPath: site.outputListingPath }),
    buildSummary(site.buildPlanPath),
  ],
});
