// A Pagefind 1.6 index chunk read and written as bytes. A chunk is the CBOR of [[word, pages, variants], …], a
// word's pages being [page, locations, metadata locations] with each page number the difference from the one
// before. Joining the pages of one word from several bundles changes only the first page number of each bundle's
// run; everything else is copied as it is, so the merge neither decodes nor re-encodes the locations, which are
// nearly all of an index's bytes.

import { PagefindFormatError } from './pagefind-format.ts';

/** A run of one word's pages from one bundle. */
export interface PageRun {
  /** Entries in the run. */
  count: number;
  /** The first and last page's numbers in the merged index. */
  first: number;
  last: number;
  /**
   * The run's bytes after its first page number, as they are: the first entry's locations, then the other entries,
   * whose numbers are differences within the run.
   */
  tail: Uint8Array;
  /** Locations, as Pagefind counts them to close a chunk: locations and metadata locations, plus one a page. */
  weight: number;
}

export interface WordPostings {
  word: string;
  /** The word as a string that JavaScript's `<` orders as Rust orders the word (its UTF-8 bytes): see byteOrderKey. */
  key: string;
  /** The word's CBOR text item. */
  wordItem: Uint8Array;
  pages: PageRun[];
  /** Spelling variants (a form with diacritics), each with its pages. */
  variants: { form: string; formItem: Uint8Array; pages: PageRun[] }[];
}

const [UNSIGNED, NEGATIVE, BYTES, TEXT, ARRAY] = [0, 1, 2, 3, 4];

class Reader {
  position = 0;
  private readonly bytes: Uint8Array;
  private readonly path: string;
  private readonly kind: string;

  constructor(bytes: Uint8Array, path: string, kind = 'a Pagefind 1.6.0 index chunk') {
    this.bytes = bytes;
    this.path = path;
    this.kind = kind;
  }

  fail(what: string): never {
    throw new PagefindFormatError(`${this.path}: byte ${this.position}: ${what}; not ${this.kind}`);
  }

  get done(): boolean {
    return this.position === this.bytes.length;
  }

  /** Reads an item's head of the major type expected; returns its argument (a count, a length or a value). */
  head(major: number): number {
    const initial = this.bytes[this.position];
    if (initial === undefined) this.fail('the chunk ends early');
    if (initial >> 5 !== major) this.fail(`expected CBOR major type ${major}, found ${initial >> 5}`);
    const info = initial & 31;
    const at = this.position + 1;
    const bytes = this.bytes;
    if (info < 24) {
      this.position = at;
      return info;
    }
    if (info === 24) {
      this.position = at + 1;
      return bytes[at]!;
    }
    if (info === 25) {
      this.position = at + 2;
      return (bytes[at]! << 8) | bytes[at + 1]!;
    }
    if (info === 26) {
      this.position = at + 4;
      return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
    }
    return this.fail(`unexpected argument size ${info}`);
  }

  /** An array of integers (locations); returns its length. */
  integers(): number {
    const count = this.head(ARRAY);
    for (let index = 0; index < count; index += 1) {
      const initial = this.bytes[this.position] ?? 0;
      this.head(initial >> 5 === NEGATIVE ? NEGATIVE : UNSIGNED);
    }
    return count;
  }

  text(): { text: string; item: Uint8Array } {
    const start = this.position;
    const length = this.head(TEXT);
    const end = this.position + length;
    if (end > this.bytes.length) this.fail('a text runs past the end');
    this.position = end;
    return { text: Buffer.from(this.bytes.buffer, this.bytes.byteOffset + end - length, length).toString('utf8'), item: this.bytes.subarray(start, end) };
  }

  bytesItem(): Uint8Array {
    const length = this.head(BYTES);
    const end = this.position + length;
    if (end > this.bytes.length) this.fail('bytes run past the end');
    this.position = end;
    return this.bytes.subarray(end - length, end);
  }

  /** Runs as `Writer.savedRuns` wrote them, page numbers moved by `offset`. */
  savedRuns(offset: number): PageRun[] {
    const runs: PageRun[] = [];
    for (let index = this.head(ARRAY); index > 0; index -= 1) {
      // One read after another, in the order written (no array a run: this is the merge's innermost loop).
      const count = this.head(UNSIGNED);
      const first = offset + this.head(UNSIGNED);
      const last = offset + this.head(UNSIGNED);
      const weight = this.head(UNSIGNED);
      runs.push({ count, first, last, weight, tail: this.bytesItem() });
    }
    return runs;
  }

  /** A list of pages as a run, page numbers moved by `offset`; none when the list is empty. */
  pages(offset: number): PageRun[] {
    const count = this.head(ARRAY);
    if (count === 0) return [];
    let page = offset;
    let weight = 0;
    let tailStart = 0;
    let first = offset;
    for (let index = 0; index < count; index += 1) {
      if (this.head(ARRAY) !== 3) this.fail('a page is not [page, locations, metadata locations]');
      page += this.head(UNSIGNED);
      if (index === 0) [first, tailStart] = [page, this.position];
      weight += this.integers() + this.integers() + 1;
    }
    return [{ count, first, last: page, tail: this.bytes.subarray(tailStart, this.position), weight }];
  }
}

/** The words of a chunk file's CBOR, in order, page numbers moved by `offset` (the bundle's first page). */
export function* readChunk(cbor: Uint8Array, offset: number, path: string): Generator<WordPostings> {
  const reader = new Reader(cbor, path);
  if (reader.head(ARRAY) !== 1) reader.fail('a chunk is not [words]');
  const words = reader.head(ARRAY);
  for (let index = 0; index < words; index += 1) {
    if (reader.head(ARRAY) !== 3) reader.fail('a word is not [word, pages, variants]');
    const { text: word, item: wordItem } = reader.text();
    const key = byteOrderKey(word);
    const pages = reader.pages(offset);
    const variants: WordPostings['variants'] = [];
    const variantCount = reader.head(ARRAY);
    for (let variant = 0; variant < variantCount; variant += 1) {
      if (reader.head(ARRAY) !== 2) reader.fail('a variant is not [form, pages]');
      const { text: form, item: formItem } = reader.text();
      variants.push({ form, formItem, pages: reader.pages(offset) });
    }
    yield { word, key, wordItem, pages, variants };
  }
  if (!reader.done) reader.fail('bytes after the last word');
}

/**
 * Words in the merge's own form (merge-bundles.ts keeps each shard's words so): a CBOR sequence of word, runs,
 * variants, each run's count, page numbers and weight written out, so that reading them again walks no location (the
 * walk is most of reading a chunk). Page numbers are saved as they are, to be moved when read.
 */
export function saveWords(words: readonly WordPostings[]): Buffer {
  const writer = new Writer();
  for (const word of words) {
    writer.bytes(word.wordItem);
    writer.savedRuns(word.pages);
    writer.head(ARRAY, word.variants.length);
    for (const variant of word.variants) {
      writer.bytes(variant.formItem);
      writer.savedRuns(variant.pages);
    }
  }
  return writer.done();
}

/** The words `saveWords` wrote, page numbers moved by `offset`. */
export function* readSavedWords(saved: Uint8Array, offset: number, path: string): Generator<WordPostings> {
  const reader = new Reader(saved, path, "the merge's saved words (delete the file and build again)");
  while (!reader.done) {
    const { text: word, item: wordItem } = reader.text();
    const pages = reader.savedRuns(offset);
    const variants: WordPostings['variants'] = [];
    for (let variant = reader.head(ARRAY); variant > 0; variant -= 1) {
      const { text: form, item: formItem } = reader.text();
      variants.push({ form, formItem, pages: reader.savedRuns(offset) });
    }
    yield { word, key: byteOrderKey(word), wordItem, pages, variants };
  }
}

/**
 * Rust orders strings by their UTF-8 bytes, which is code point order; JavaScript compares UTF-16 code units, which
 * differs where a character past U+FFFF (two surrogates, D800–DFFF) meets one from U+E000 to U+FFFF. The key moves
 * surrogates above that range, so that `<` on keys is Rust's order. Words without such characters are their own key.
 */
export function byteOrderKey(word: string): string {
  if (!/[\uD800-\uFFFF]/.test(word)) return word;
  return word.replace(/[\uD800-\uFFFF]/g, (unit) => {
    const code = unit.charCodeAt(0);
    return String.fromCharCode(code <= 0xdfff ? code + 0x2000 : code - 0x800);
  });
}

/** Rust's order of two strings (see byteOrderKey). */
export function compareWords(a: string, b: string): number {
  const [x, y] = [byteOrderKey(a), byteOrderKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Σ of a word's locations as Pagefind counts them to close a chunk (1.6 adds one per spelling variant). */
export const wordWeight = ({ pages, variants }: WordPostings): number =>
  runsWeight(pages) + variants.reduce((sum, variant) => sum + 1 + runsWeight(variant.pages), 0);
const runsWeight = (runs: readonly PageRun[]) => runs.reduce((sum, run) => sum + run.weight, 0);

/** One word's postings from several bundles, given in bundle order (so page numbers ascend). */
export function joinPostings(words: readonly WordPostings[]): WordPostings {
  if (words.length === 1) return words[0]!;
  const variants = new Map<string, WordPostings['variants'][number]>();
  for (const word of words) {
    for (const variant of word.variants) {
      const known = variants.get(variant.form);
      if (known) known.pages.push(...variant.pages);
      else variants.set(variant.form, { ...variant, pages: [...variant.pages] });
    }
  }
  return { ...words[0]!, pages: words.flatMap((word) => word.pages), variants: [...variants.values()] };
}

/** CBOR written into one growing buffer. */
class Writer {
  private buffer = Buffer.allocUnsafe(1 << 16);
  private length = 0;

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  /** An item's head, in its shortest form (as Pagefind's encoder writes it). */
  head(major: number, value: number): void {
    this.reserve(5);
    const type = major << 5;
    const buffer = this.buffer;
    if (value < 24) buffer[this.length++] = type | value;
    else if (value < 0x100) {
      buffer[this.length++] = type | 24;
      buffer[this.length++] = value;
    } else if (value < 0x10000) {
      buffer[this.length++] = type | 25;
      buffer.writeUInt16BE(value, this.length);
      this.length += 2;
    } else {
      buffer[this.length++] = type | 26;
      buffer.writeUInt32BE(value, this.length);
      this.length += 4;
    }
  }

  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  runs(runs: readonly PageRun[]): void {
    this.head(ARRAY, runs.reduce((sum, run) => sum + run.count, 0));
    let last = 0;
    for (const run of runs) {
      this.head(ARRAY, 3);
      this.head(UNSIGNED, run.first - last);
      this.bytes(run.tail);
      last = run.last;
    }
  }

  savedRuns(runs: readonly PageRun[]): void {
    this.head(ARRAY, runs.length);
    for (const run of runs) {
      for (const value of [run.count, run.first, run.last, run.weight]) this.head(UNSIGNED, value);
      this.head(BYTES, run.tail.length);
      this.bytes(run.tail);
    }
  }

  done(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

/** The CBOR of a chunk of these words. */
export function writeChunk(words: readonly WordPostings[]): Buffer {
  const writer = new Writer();
  writer.head(ARRAY, 1);
  writer.head(ARRAY, words.length);
  for (const word of words) {
    writer.head(ARRAY, 3);
    writer.bytes(word.wordItem);
    writer.runs(word.pages);
    writer.head(ARRAY, word.variants.length);
    for (const variant of word.variants) {
      writer.head(ARRAY, 2);
      writer.bytes(variant.formItem);
      writer.runs(variant.pages);
    }
  }
  return writer.done();
}
