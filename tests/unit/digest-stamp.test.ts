import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyWhenCodeChanged, isStampedWith, keepOrMake } from '../../src/lib/digest-stamp.ts';

describe('outputs stamped with the digest of their inputs', () => {
  it('are kept only while they exist and their stamp holds the same digest; otherwise made and stamped', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-stamp-'));
    const [output, stamp] = [join(folder, 'records.jsonl'), join(folder, 'records.inputs')];
    let made = 0;
    const make = () => {
      made += 1;
      writeFileSync(output, `made ${made}`);
    };
    expect(await keepOrMake(stamp, 'a', [output], make)).toBe(false);
    expect(await keepOrMake(stamp, 'a', [output], make)).toBe(true);
    expect(made).toBe(1);
    expect(await keepOrMake(stamp, 'b', [output], make)).toBe(false); // other inputs
    expect(await keepOrMake(stamp, 'b', [output, join(folder, 'missing')], make)).toBe(false); // an output is gone
    expect(made).toBe(3);
    expect(readFileSync(stamp, 'utf8')).toBe('b');
  });

  it('are not stamped when making them fails (an interrupted build)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-stamp-'));
    const [output, stamp] = [join(folder, 'records.jsonl'), join(folder, 'records.inputs')];
    await keepOrMake(stamp, 'a', [output], () => writeFileSync(output, 'made'));
    await expect(
      keepOrMake(stamp, 'b', [output], () => {
        writeFileSync(output, 'half');
        throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect(isStampedWith(stamp, 'a', [output])).toBe(false);
    expect(isStampedWith(stamp, 'b', [output])).toBe(false);
  });

  it('that keep their own files are emptied when the code that makes them changes, and only then', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'arshif-code-')), 'search-index');
    const written = join(output, 'index', 'ar_1234567.pf_index');
    const fill = () => {
      mkdirSync(join(output, 'index'), { recursive: true });
      writeFileSync(written, 'bytes of this version');
    };
    expect(emptyWhenCodeChanged(output, 'code 1')).toBe(true);
    fill();
    expect(emptyWhenCodeChanged(output, 'code 1')).toBe(false);
    expect(existsSync(written)).toBe(true);
    // The records kept beside the output describe files that are gone; a neighbour of a longer name stays.
    const [record, neighbour] = [`${output}.linked`, `${output}-other`];
    writeFileSync(record, 'shard 1');
    writeFileSync(neighbour, 'not the output');
    expect(emptyWhenCodeChanged(output, 'code 2')).toBe(true);
    expect(existsSync(output)).toBe(false);
    expect(existsSync(record)).toBe(false);
    expect(existsSync(neighbour)).toBe(true);
    expect(emptyWhenCodeChanged(output, 'code 2')).toBe(false);
  });
});
