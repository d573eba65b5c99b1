// Raw bytes → text: UTF-8 (with or without BOM, a few broken bytes replaced), else the legacy Arabic Windows-1256,
// else a problem naming why.

import type { LocalProblem } from './problem.ts';

export type Encoding = 'utf-8' | 'windows-1256';

export type DecodeResult =
  /** `warnings`: how the text was read when it was not clean UTF-8. */
  | { ok: true; text: string; encoding: Encoding; warnings: LocalProblem[] }
  | { ok: false; problem: LocalProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: false });
// The WHATWG decoder (ICU in Node) is the well-kept implementation of this legacy code page.
const windows1256 = new TextDecoder('windows-1256');

const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/**
 * At most this share of a file's non-ASCII characters may come from invalid UTF-8 for it to be read as UTF-8 with
 * the bad bytes replaced. Windows-1256 Arabic is nearly all invalid UTF-8 (its letters are bytes 0xC1–0xFE, which
 * UTF-8 would need followed by 0x80–0xBF), so its share is near 1; a scraped UTF-8 file with a few broken bytes is
 * near 0.
 */
const MAX_INVALID_SHARE = 0.1;
const REPLACEMENT = /\uFFFD/g;
const NON_ASCII = /[^\u0000-\u007f]/g;
const LINES_NAMED = 10;

/** 1-based numbers of the lines (split on LF, which UTF-8 never uses inside a character) that are not UTF-8. */
function invalidUtf8Lines(bytes: Uint8Array): number[] {
  const lines: number[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      utf8.decode(bytes.subarray(start, stop));
    } catch {
      lines.push(line);
    }
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return lines;
}

function decodeNotUtf8(bytes: Uint8Array): DecodeResult {
  const lenient = lenientUtf8.decode(bytes);
  const invalid = lenient.match(REPLACEMENT)?.length ?? 0;
  const nonAscii = lenient.match(NON_ASCII)?.length ?? 0;
  if (invalid <= MAX_INVALID_SHARE * nonAscii) {
    const lines = invalidUtf8Lines(bytes);
    const named = lines.slice(0, LINES_NAMED).join(', ') + (lines.length > LINES_NAMED ? ', …' : '');
    const warning: LocalProblem = {
      severity: 'warning',
      code: 'invalid-utf8',
      message: `the file is UTF-8 with ${invalid} invalid byte sequence${invalid === 1 ? '' : 's'} (line${lines.length === 1 ? '' : 's'} ${named}), shown as \uFFFD`,
      ...(lines.length === 1 ? { line: lines[0]! } : {}),
    };
    return { ok: true, text: lenient, encoding: 'utf-8', warnings: [warning] };
  }
  const warning: LocalProblem = {
    severity: 'warning',
    code: 'legacy-encoding',
    message: 'the file is not UTF-8; it was read as windows-1256',
  };
  return { ok: true, text: windows1256.decode(bytes), encoding: 'windows-1256', warnings: [warning] };
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
  // NUL bytes never occur in text of either encoding we read; UTF-16 without a BOM is not a format we accept.
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      problem: { severity: 'error', code: 'binary', message: `the file holds a NUL byte (at byte ${nul}): it is binary, not text` },
    };
  }
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    return decodeNotUtf8(bytes);
  }
}
