// Child process of the build: indexes the given shards' staged records while Astro renders pages.
// Usage: node src/search/index-search.ts <staging dir> <build plan> <bundles dir> <shard key>…

import { readBuildPlan } from '../lib/plan/build-plan.ts';
import { indexShards } from './build-index.ts';

const [stagingDir, planPath, bundlesDir, ...keys] = process.argv.slice(2);
if (!stagingDir || !planPath || !bundlesDir) {
  console.error('usage: node src/search/index-search.ts <staging dir> <build plan> <bundles dir> <shard key>…');
  process.exit(2);
}
const shards = readBuildPlan(planPath).shards.filter((shard) => keys.includes(shard.key));
await indexShards(stagingDir, shards, bundlesDir, (line) => console.log(`[search-index] ${line}`));
