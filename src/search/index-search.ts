// Child process of the build: indexes the staged search records while Astro renders pages.
// Usage: node src/search/index-search.ts <staging dir> <output dir>

import { buildSearchIndex } from './build-index.ts';

const [stagingDir, outDir] = process.argv.slice(2);
if (!stagingDir || !outDir) {
  console.error('usage: node src/search/index-search.ts <staging dir> <output dir>');
  process.exit(2);
}
await buildSearchIndex(stagingDir, outDir, (line) => console.log(`[search-index] ${line}`));
