import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../src/lib/ingest/decode.ts';
import { fixtureBytes, seedPath } from './helpers.ts';
import { readFileSync } from 'node:fs';

describe('decodeArticleBytes', () => {
  it('reads UTF-8 and drops the BOM', () => {
    const result = decodeArticleBytes(fixtureBytes('crlf-bom.txt'));
    expect(result.ok && result.encoding).toBe('utf-8');
    expect(result.ok && result.text.startsWith('عنوان الخبر')).toBe(true);
  });

  it('reads Windows-1256 when the bytes are not UTF-8', () => {
    const result = decodeArticleBytes(fixtureBytes('windows-1256.txt'));
    expect(result.ok && result.encoding).toBe('windows-1256');
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual(['legacy-encoding']);
    expect(result.ok && result.text.split('\r\n')[0]).toBe('عنوان قديم');
  });

  it('reads UTF-8 with a few broken bytes as UTF-8, naming the lines, not as Windows-1256', () => {
    const bytes = new Uint8Array(readFileSync(seedPath));
    const text = new TextDecoder().decode(bytes);
    const lines = text.split('\n');
    // Two stray bytes in the body (lines 9 and 13), as scrapers leave them.
    const offsetOfLine = (line: number) => new TextEncoder().encode(lines.slice(0, line - 1).join('\n')).length + 1;
    bytes[offsetOfLine(9) + 4] = 0xff;
    bytes[offsetOfLine(13) + 7] = 0xfe;
    const result = decodeArticleBytes(bytes);
    expect(result.ok && result.encoding).toBe('utf-8');
    expect(result.ok && result.text.split('\n')[0]).toBe(lines[0]);
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'invalid-utf8', message: expect.stringContaining('lines 9, 13') }),
    ]);
  });

  it('reports binary files (naming the first NUL byte) and UTF-16', () => {
    const binary = decodeArticleBytes(fixtureBytes('binary.txt'));
    expect(!binary.ok && binary.problem).toMatchObject({ code: 'binary', message: expect.stringContaining('at byte 0') });
    const utf16 = decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0x27, 0x06]));
    expect(!utf16.ok && utf16.problem.code).toBe('unsupported-encoding');
  });
});
