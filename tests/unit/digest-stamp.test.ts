import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStampedWith, removeStamp, writeStamp } from '../../src/lib/digest-stamp.ts';

describe('outputs stamped with the digest of their inputs', () => {
  it('are current only while they exist and their stamp holds the same digest', () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-stamp-'));
    const [output, stamp] = [join(folder, 'records.jsonl'), join(folder, 'records.inputs')];
    expect(isStampedWith(stamp, 'a', [output])).toBe(false);
    writeFileSync(output, 'made');
    expect(isStampedWith(stamp, 'a', [output])).toBe(false); // made, but never stamped: an interrupted build
    writeStamp(stamp, 'a');
    expect(isStampedWith(stamp, 'a', [output])).toBe(true);
    expect(isStampedWith(stamp, 'b', [output])).toBe(false);
    expect(isStampedWith(stamp, 'a', [output, join(folder, 'missing')])).toBe(false);
    removeStamp(stamp);
    expect(isStampedWith(stamp, 'a', [output])).toBe(false);
    removeStamp(stamp); // removing twice is fine
  });
});
