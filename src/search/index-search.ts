// Child process of the build: indexes the staged search records and merges them while Astro renders pages.
// Usage: node src/search/index-search.ts <build plan> <staging dir> <bundles dir> <index dir>

import { readBuildPlan } from '../lib/plan/build-plan.ts';
import { buildSearchIndex } from './build-index.ts';

const [planPath, stagingDir, bundlesDir, indexDir] = process.argv.slice(2);
if (!planPath || !stagingDir || !bundlesDir || !indexDir) {
  console.error('usage: node src/search/index-search.ts <build plan> <staging dir> <bundles dir> <index dir>');
  process.exit(2);
}
await buildSearchIndex(readBuildPlan(planPath).shards, { stagingDir, bundlesDir, indexDir }, (line) => console.log(`[search-index] ${line}`));
