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
  /** The first entry's bytes after its page number (its locations). */
  firstTail: Uint8Array;
  /** The other entries, as they are: their numbers are differences within the run. */
  rest: Uint8Array;
  /** Locations, as Pagefind counts them to close a chunk: locations and metadata locations, plus one a page. */
  weight: number;
}

export interface WordPostings {
  word: string;
  /** The word's CBOR text item. */
  wordItem: Uint8Array;
  pages: PageRun[];
  /** Spelling variants (a form with diacritics), each with its pages. */
  variants: { form: string; formItem: Uint8Array; pages: PageRun[] }[];
}

const [UNSIGNED, NEGATIVE, TEXT, ARRAY] = [0, 1, 3, 4];

class Reader {
  position = 0;
  private readonly bytes: Uint8Array;
  private readonly path: string;

  constructor(bytes: Uint8Array, path: string) {
    this.bytes = bytes;
    this.path = path;
  }

  fail(what: string): never {
    throw new PagefindFormatError(`${this.path}: byte ${this.position}: ${what}; not a Pagefind 1.6.0 index chunk`);
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

  /** A list of pages as a run, page numbers moved by `offset`; none when the list is empty. */
  pages(offset: number): PageRun[] {
    const count = this.head(ARRAY);
    if (count === 0) return [];
    let page = offset;
    let weight = 0;
    let firstTail = this.bytes.subarray(0, 0);
    let restStart = 0;
    let first = offset;
    for (let index = 0; index < count; index += 1) {
      if (this.head(ARRAY) !== 3) this.fail('a page is not [page, locations, metadata locations]');
      page += this.head(UNSIGNED);
      const tailStart = this.position;
      weight += this.integers() + this.integers() + 1;
      if (index === 0) {
        first = page;
        firstTail = this.bytes.subarray(tailStart, this.position);
        restStart = this.position;
      }
    }
    return [{ count, first, last: page, firstTail, rest: this.bytes.subarray(restStart, this.position), weight }];
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
    const pages = reader.pages(offset);
    const variants: WordPostings['variants'] = [];
    const variantCount = reader.head(ARRAY);
    for (let variant = 0; variant < variantCount; variant += 1) {
      if (reader.head(ARRAY) !== 2) reader.fail('a variant is not [form, pages]');
      const { text: form, item: formItem } = reader.text();
      variants.push({ form, formItem, pages: reader.pages(offset) });
    }
    yield { word, wordItem, pages, variants };
  }
  if (reader.position !== cbor.length) reader.fail('bytes after the last word');
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

/** A CBOR head, in its shortest form (as Pagefind's encoder writes it). */
function head(major: number, value: number): Uint8Array {
  const type = major << 5;
  if (value < 24) return Uint8Array.of(type | value);
  if (value < 0x100) return Uint8Array.of(type | 24, value);
  if (value < 0x10000) return Uint8Array.of(type | 25, value >> 8, value & 0xff);
  return Uint8Array.of(type | 26, (value >>> 24) & 0xff, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
}

const PAGE_ENTRY = Uint8Array.of((ARRAY << 5) | 3);

function pushRuns(parts: Uint8Array[], runs: readonly PageRun[]): void {
  parts.push(head(ARRAY, runs.reduce((sum, run) => sum + run.count, 0)));
  let last = 0;
  for (const run of runs) {
    parts.push(PAGE_ENTRY, head(UNSIGNED, run.first - last), run.firstTail, run.rest);
    last = run.last;
  }
}

/** The CBOR of a chunk of these words. */
export function writeChunk(words: readonly WordPostings[]): Buffer {
  const parts: Uint8Array[] = [head(ARRAY, 1), head(ARRAY, words.length)];
  for (const word of words) {
    parts.push(head(ARRAY, 3), word.wordItem);
    pushRuns(parts, word.pages);
    parts.push(head(ARRAY, word.variants.length));
    for (const variant of word.variants) {
      parts.push(head(ARRAY, 2), variant.formItem);
      pushRuns(parts, variant.pages);
    }
  }
  return Buffer.concat(parts);
}
