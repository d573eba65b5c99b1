import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../src/lib/ingest/decode.ts';
import { fixtureBytes } from './helpers.ts';

describe('decodeArticleBytes', () => {
  it('reads UTF-8 and drops the BOM', () => {
    const result = decodeArticleBytes(fixtureBytes('crlf-bom.txt'));
    expect(result.ok && result.encoding).toBe('utf-8');
    expect(result.ok && result.text.startsWith('عنوان الخبر')).toBe(true);
  });

  it('reads Windows-1256 when the bytes are not UTF-8', () => {
    const result = decodeArticleBytes(fixtureBytes('windows-1256.txt'));
    expect(result.ok && result.encoding).toBe('windows-1256');
    expect(result.ok && result.text.split('\r\n')[0]).toBe('عنوان قديم');
  });

  it('reports binary files and UTF-16', () => {
    const binary = decodeArticleBytes(fixtureBytes('binary.txt'));
    expect(!binary.ok && binary.problem.code).toBe('binary');
    const utf16 = decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0x27, 0x06]));
    expect(!utf16.ok && utf16.problem.code).toBe('unsupported-encoding');
  });
});
