// Builds the sample archive as two shards (see tests/shards/settings.ts), one after the other here; on CI each
// could run as its own job on its own runner, then the outputs are put side by side on one host.

import { rmSync } from 'node:fs';
import { shardDemo } from '../shards/settings.ts';
import { astroBuild } from './astro-build.ts';

rmSync(shardDemo.hostDir, { recursive: true, force: true });
for (const shard of shardDemo.shards) {
  const peers = shardDemo.shards.filter((other) => other !== shard).map((other) => other.base);
  astroBuild({
    ARSHIF_YEARS: shard.years,
    ARSHIF_BASE: shard.base,
    ARSHIF_PEERS: peers.join(','),
    ARSHIF_OUT_DIR: `${shardDemo.hostDir}${shard.base}`,
    ARSHIF_REPORT: `reports/shard-${shard.years}-report.json`,
    ARSHIF_SITE_URL: `http://127.0.0.1:${shardDemo.port}`,
  });
}
