// A build in parts shares the search shards out among its render jobs: each shard in one part, by its key, and each
// part's slice of the plan holds the staged articles of its shards only, and names the texts they need.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partOfShard, slicePaths, writeSearchSlices } from '../../src/lib/plan/parts.ts';
import type { SearchShard } from '../../src/lib/search/shards.ts';

const shard = (key: string, start = 0): SearchShard => ({ key, start, articleCount: 10 });
const months = Array.from({ length: 48 }, (_, index) => shard(`${2015 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, index * 10));

describe('search shards shared out among the parts', () => {
  it('puts every shard in one part by its key alone, and every part gets some', () => {
    for (const parts of [2, 3, 8]) {
      const counts = Array.from({ length: parts }, () => 0);
      for (const month of months) counts[partOfShard(month, parts) - 1]! += 1;
      expect(counts.every((count) => count > 0), `${parts} parts: ${counts.join(', ')}`).toBe(true);
    }
    // Where it starts and how many articles it holds do not move a shard: the archive growing around it does not.
    for (const month of months) expect(partOfShard({ ...month, start: 99_999, articleCount: 1 }, 3)).toBe(partOfShard(month, 3));
    expect(months.every((month) => partOfShard(month, 1) === 1)).toBe(true);
  });

  it('links each part\'s shards into its slice, names their texts, and removes the shards it no longer holds', () => {
    const root = mkdtempSync(join(tmpdir(), 'arshif-search-slices-'));
    const [staging, planDir] = [join(root, 'search-shards'), join(root, 'plan')];
    mkdirSync(staging);
    for (const month of months) writeFileSync(join(staging, `${month.key}.jsonl`), `articles of ${month.key}\n`);
    const slice = (part: number) => slicePaths(planDir, part).searchShards;
    const textsOf = (month: SearchShard) => [`text a of ${month.key}`, `text b of ${month.key}`];
    const texts = writeSearchSlices(planDir, months, 3, staging, textsOf);
    for (let part = 1; part <= 3; part += 1) {
      const own = months.filter((month) => partOfShard(month, 3) === part);
      const expected = own.map((month) => `${month.key}.jsonl`);
      expect(readdirSync(slice(part)).sort()).toEqual(expected.sort());
      for (const name of expected) expect(readFileSync(join(slice(part), name), 'utf8')).toBe(readFileSync(join(staging, name), 'utf8'));
      expect([...texts[part - 1]!].sort()).toEqual(own.flatMap(textsOf).sort());
    }
    // A shard gone from the plan (merged into a larger period, say) leaves its part's slice.
    const [gone, ...kept] = months;
    writeSearchSlices(planDir, kept, 3, staging, textsOf);
    expect(existsSync(join(slice(partOfShard(gone!, 3)), `${gone!.key}.jsonl`))).toBe(false);
    expect(readdirSync(slice(1)).length + readdirSync(slice(2)).length + readdirSync(slice(3)).length).toBe(kept.length);
  });
});
