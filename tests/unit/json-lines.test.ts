import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, readJsonLines } from '../../src/lib/json-lines.ts';
import { writeFileWhole } from '../../src/lib/write-file-whole.ts';

describe('files of JSON lines', () => {
  it('read back every value, across blocks that cut lines and Arabic letters, and digest every byte', () => {
    // ~10 MB of two-byte letters: reading blocks of 4 MB cuts lines and characters in the middle.
    const values = Array.from({ length: 40_000 }, (_, index) => [`مقالة ${index}`, 'نص'.repeat(index % 300), { line: 'a\nb', index }]);
    values.push(['x'.repeat(5 << 20)]); // a line longer than a block
    const file = join(mkdtempSync(join(tmpdir(), 'arshif-lines-')), 'values.jsonl');
    writeFileWhole(file, jsonLines(values));
    const digest = createHash('sha256');
    expect([...readJsonLines(file, digest)]).toEqual(values);
    expect(digest.digest('hex')).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  });
});
