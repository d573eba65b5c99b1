// Raw bytes → text: UTF-8 (with or without BOM), else the legacy Arabic Windows-1256, else a problem naming why.

import type { LocalProblem } from './problem.ts';

export type Encoding = 'utf-8' | 'windows-1256';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; problem: LocalProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
// The WHATWG decoder (ICU in Node) is the well-kept implementation of this legacy code page.
const windows1256 = new TextDecoder('windows-1256');

const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

function looksBinary(bytes: Uint8Array): boolean {
  // NUL bytes never occur in text of either encoding we read; UTF-16 without a BOM is not a format we accept.
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (UTF16_BOMS.some(([a, b]) => bytes[0] === a && bytes[1] === b)) {
    return {
      ok: false,
      problem: {
        severity: 'error',
        code: 'unsupported-encoding',
        message: 'the file is UTF-16 encoded; save it as UTF-8',
      },
    };
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      problem: { severity: 'error', code: 'binary', message: 'the file is binary, not text' },
    };
  }
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: windows1256.decode(bytes), encoding: 'windows-1256' };
  }
}
