import { describe, expect, it } from 'vitest';
import { heapBound } from '../../src/lib/heap-bound.ts';

describe('heapBound', () => {
  it("bounds a child process's old space, unless the maintainer's NODE_OPTIONS already does", () => {
    expect(heapBound(2048, {})).toEqual(['--max-old-space-size=2048']);
    expect(heapBound(2048, { NODE_OPTIONS: '--enable-source-maps' })).toEqual(['--max-old-space-size=2048']);
    expect(heapBound(2048, { NODE_OPTIONS: '--max-old-space-size=6144' })).toEqual([]);
  });
});
