// Pagefind's bundle files, as Pagefind 1.6.0 writes them (read from its source, `pagefind/src/index/` and
// `pagefind/src/output/`, and from its output): `pagefind-entry.json`, and gzipped files that start with the bytes
// `pagefind_dcd` followed by CBOR: `pagefind.<hash>.pf_meta` (the pages, the index chunks, the filters, the sort
// orders), `index/<hash>.pf_index` (words in UTF-8 byte order, each with its pages and its spelling variants; page
// numbers delta-encoded), `filter/<hash>.pf_filter`. Structs are CBOR arrays of their fields in order. Only the
// version this was written for is read: any other fails with a message, never with a wrong index.

import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { decode, encode } from 'cborg';

export const PAGEFIND_FORMAT_VERSION = '1.6.0';
const MAGIC = Buffer.from('pagefind_dcd');
const gzipAsync = promisify(gzip);

export interface BundleEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters: string[];
}

/** One page: [fragment hash, word count, …fields kept as they are]. */
type MetaPage = [string, number, ...unknown[]];
/** The index chunk holding the words from `from` to `to` (cut to the prefixes that tell neighbours apart). */
export type MetaChunk = [from: string, to: string, hash: string];
type MetaFilter = [filter: string, hash: string];
/** Page numbers in the sort's ascending order. */
type MetaSort = [sort: string, pages: number[]];
export type Meta = [version: string, pages: MetaPage[], chunks: MetaChunk[], filters: MetaFilter[], sorts: MetaSort[], metaFields: string[]];

type FilterValue = [value: string, pages: number[]];
export type FilterIndex = [filter: string, values: FilterValue[]];

export class PagefindFormatError extends Error {}

/** The CBOR of a Pagefind file. */
export function decodeFileBytes(bytes: Buffer, path: string): Buffer {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch {
    throw new PagefindFormatError(`${path}: not a gzipped Pagefind file`);
  }
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new PagefindFormatError(`${path}: does not start with "pagefind_dcd"`);
  return raw.subarray(MAGIC.length);
}

export const decodeFile = (bytes: Buffer, path: string): unknown => decode(decodeFileBytes(bytes, path));

/** A value's CBOR, as Pagefind's encoder writes it (definite lengths, shortest heads). */
export const encodeCbor = (value: unknown): Uint8Array => encode(value);

/**
 * The file's bytes, gzipped. Pagefind compresses at level 9; compressing is most of a merge's work, and a day's update
 * changes nearly every chunk. The merged index's 223 MB of chunks at 100k articles (one core): level 9 ~40 s, 6
 * 12.0 s, 5 7.9 s, 4 4.8 s; 93.0 MB at 6, 94.0 at 5 (+1.1 %), 98.4 at 4 (+5.8 %).
 */
export const compressFile = (cbor: Uint8Array): Promise<Buffer> => gzipAsync(Buffer.concat([MAGIC, cbor]), { level: 5 });

/** Pagefind's `full_hash`: SHA-1 with each byte in hex without zero padding (`{:x?}`). */
export function pagefindHash(bytes: Uint8Array): string {
  return [...createHash('sha1').update(bytes).digest()].map((byte) => byte.toString(16)).join('');
}

/**
 * The full hash Pagefind named a fragment file by (its short name is a prefix): the hash of the fragment's JSON,
 * after the language.
 */
export function fragmentHash(gzipped: Uint8Array, language: string): string {
  return `${language}_${pagefindHash(gunzipSync(gzipped).subarray(MAGIC.length))}`;
}

/**
 * A bundle's file of its fragments' full hashes by name, for bundles whose fragments were rewritten after Pagefind
 * wrote them (build-index.ts puts the articles' spelling back into them).
 */
export const FRAGMENT_HASHES_FILE = 'fragment-hashes.json';

function fail(path: string, what: string): never {
  throw new PagefindFormatError(
    `${path}: ${what}. This merge reads Pagefind ${PAGEFIND_FORMAT_VERSION}'s index format only; ` +
      `install pagefind@${PAGEFIND_FORMAT_VERSION} or update src/search/pagefind-format.ts for the new format.`,
  );
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((item) => Number.isInteger(item));

export function checkEntry(value: unknown, path: string): BundleEntry {
  const entry = value as BundleEntry;
  if (entry?.version !== PAGEFIND_FORMAT_VERSION) fail(path, `written by Pagefind ${String(entry?.version)}`);
  if (Object.keys(entry.languages ?? {}).length !== 1) fail(path, 'not exactly one language');
  return entry;
}

export function checkMeta(value: unknown, path: string): Meta {
  if (!Array.isArray(value) || value.length !== 6) fail(path, 'the metadata is not an array of 6 fields');
  const [version, pages, chunks, filters, sorts, metaFields] = value as unknown[];
  if (version !== PAGEFIND_FORMAT_VERSION) fail(path, `written by Pagefind ${String(version)}`);
  const isPage = (page: unknown) => Array.isArray(page) && typeof page[0] === 'string' && Number.isInteger(page[1]);
  if (!Array.isArray(pages) || !pages.every(isPage)) fail(path, 'pages are not [hash, word count, …]');
  if (!Array.isArray(chunks) || !chunks.every((chunk) => isStrings(chunk) && chunk.length === 3)) fail(path, 'index chunks are not [from, to, hash]');
  if (!Array.isArray(filters) || !filters.every((filter) => isStrings(filter) && filter.length === 2)) fail(path, 'filters are not [name, hash]');
  const isSort = (sort: unknown) => Array.isArray(sort) && sort.length === 2 && typeof sort[0] === 'string' && isNumbers(sort[1]);
  if (!Array.isArray(sorts) || !sorts.every(isSort)) fail(path, 'sorts are not [name, pages]');
  if (!isStrings(metaFields)) fail(path, 'metadata fields are not names');
  return value as Meta;
}

export function checkFilter(value: unknown, path: string): FilterIndex {
  const isValue = (item: unknown) => Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' && isNumbers(item[1]);
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || !Array.isArray(value[1]) || !value[1].every(isValue)) {
    fail(path, 'a filter is not [name, [[value, pages], …]]');
  }
  return value as FilterIndex;
}
