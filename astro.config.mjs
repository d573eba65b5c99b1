// @ts-check
import { defineConfig } from 'astro/config';
import { buildSummary } from './src/integrations/build-summary.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { archiveSitemap } from './src/integrations/sitemap.ts';
import { site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  outDir: site.outDir,
  cacheDir: site.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: site.buildConcurrency },
  // Pages whose cache key (src/lib/plan) and code are unchanged are restored from the last build, not rendered.
  experimental: { incrementalBuild: true },
  // Order matters: the summary comes last.
  integrations: [
    archiveSitemap(site.reportPath),
    searchIndex({ stagingDir: site.searchStagingDir, bundlesDir: site.searchBundlesDir }),
    buildSummary(site.reportPath),
  ],
});
