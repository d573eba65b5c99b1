// Child process of the build: indexes the staged search records while Astro renders pages.
// Usage: node src/search/index-search.ts <staging dir> <build plan> <output dir>

import { readBuildPlan } from '../lib/plan/build-plan.ts';
import { buildSearchIndex } from './build-index.ts';

const [stagingDir, planPath, outDir] = process.argv.slice(2);
if (!stagingDir || !planPath || !outDir) {
  console.error('usage: node src/search/index-search.ts <staging dir> <build plan> <output dir>');
  process.exit(2);
}
await buildSearchIndex(stagingDir, readBuildPlan(planPath).shards, outDir, (line) => console.log(`[search-index] ${line}`));
