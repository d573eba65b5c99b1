// @ts-check
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [pagefindIndex()],
});
