// The sharded-build demonstration: the sample archive split by years into two builds under one host, each with
// its own base path and search index, searching each other's indexes.

export const shardDemo = {
  port: 4324,
  /** The folder a static host would serve: each shard's build lands under its base path. */
  hostDir: 'dist-shards',
  shards: [
    { years: '2017-2018', base: '/shards/2017-2018/' },
    { years: '2019', base: '/shards/2019/' },
  ],
} as const;
