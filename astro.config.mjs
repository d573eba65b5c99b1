// @ts-check
import { defineConfig } from 'astro/config';
import { arshif } from './src/integrations/arshif.ts';
import { site } from './src/site.ts';

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
  integrations: [arshif(site)],
});
