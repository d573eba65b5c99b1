// Pagefind bundles of small shards → one bundle that Pagefind's own runtime searches as if it had indexed every page
// at once, with the whole archive's word statistics. Pagefind (1.6) cannot update or merge an index; its format is
// simple enough to merge (pagefind-format.ts): pages are numbered one shard after the other, each word's postings
// are joined, chunks are cut again by Pagefind's own rule, filters and sort orders are joined, and the fragments
// (one file per page) are linked as they are.
//
// The words are merged as streams (each shard's words are read a block at a time, in word order), so memory holds
// the pages' metadata, one block per stream and the chunk being written, not the index. Each shard's words are read
// from its chunks once and saved beside them in the merge's own form, which later merges read without walking every
// location again. The shards are merged in two steps: each group of consecutive shards (`mergeGroups`) into joined
// words saved beside the index, kept while the group's bundles are unchanged, then the groups into the index. A
// day's update merges again the few groups it touched, and the last step reads a few streams of joined words
// instead of every shard's (reading and ordering the streams was most of a merge's own time). Every file is named by
// a hash of its content, and one already in the output is not written again. The shards must be given oldest first
// and hold disjoint spans of days: the sort orders (by date) are then the shards' own orders one after the other.

import { createHash } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { keepOrMake, stampFileOf, stampOf } from '../lib/digest-stamp.ts';
import { linkInto } from '../lib/link-file.ts';
import type { SearchShard } from '../lib/search/shards.ts';
import { sourceDigest } from '../lib/source-digest.ts';
import { compareWords, joinPostings, readChunk, readSavedWords, saveWords, type WordPostings, wordWeight, writeChunk } from './index-chunk.ts';
import {
  type BundleEntry,
  checkEntry,
  checkFilter,
  checkMeta,
  compressFile,
  decodeFile,
  decodeFileBytes,
  encodeCbor,
  FRAGMENT_HASHES_FILE,
  type FilterIndex,
  fragmentHash,
  type Meta,
  type MetaChunk,
  pagefindHash,
  PagefindFormatError,
} from './pagefind-format.ts';

/** Pagefind 1.6's default: a chunk closes once it holds this many locations (see `wordWeight`). */
const PAGEFIND_CHUNK_SIZE = 20_000;

/** A bundle's words in the merge's own form (index-chunk.ts, saveWords), saved in the bundle's folder. */
const SAVED_WORDS_FILE = 'merge-words.cbor';
const savedWordsCode = sourceDigest([new URL('./index-chunk.ts', import.meta.url)]);
/** A group's words, joined: made by the code here too. */
const groupWordsCode = sourceDigest([new URL('./index-chunk.ts', import.meta.url), new URL(import.meta.url)]);
/** Words a block of a group's saved words: bounds what reading a group holds. */
const GROUP_BLOCK_WORDS = 4096;

/** The files every bundle has besides its index: Pagefind's scripts, styles and WebAssembly. */
const RUNTIME_FILE = /^(pagefind[\w-]*\.(js|css)|wasm\.[\w]+\.pagefind)$/;

/** Shards of one merge group at most: see `mergeGroups`. */
export const MERGE_GROUP_SHARDS = 16;

/**
 * The groups the merge joins first: consecutive shards whose keys begin with the same year, at most `size` of them,
 * so that a shard cut anew (its period outgrew the shard size) regroups its own year only, and a day's changes
 * merge again a few groups, not every shard.
 */
export function mergeGroups<T extends SearchShard>(shards: readonly T[], size = MERGE_GROUP_SHARDS): T[][] {
  const groups: T[][] = [];
  let year: string | undefined;
  for (const shard of shards) {
    const last = groups.at(-1);
    if (last && shard.key.slice(0, 4) === year && last.length < size) last.push(shard);
    else groups.push([shard]);
    year = shard.key.slice(0, 4);
  }
  return groups;
}

/**
 * The files a merge is about to write, replace or remove in the merged index, a path a line, each noted before the
 * merge touches it (so an interrupted merge's files are named too). The site's copy of the index links again only
 * these (publish-index.ts), which empties the list: checking the 100k files of an unchanged copy took 1.6 s.
 */
export const changesFileOf = (indexDir: string): string => `${indexDir}.changes`;

function noteChanges(indexDir: string, paths: readonly string[]): void {
  if (paths.length > 0) appendFileSync(changesFileOf(indexDir), paths.map((path) => `${path}\n`).join(''));
}

export interface MergeResult {
  pages: number;
  chunks: number;
  /** Index, filter and metadata files written by this merge (the others were already there). */
  written: number;
}

interface Bundle {
  dir: string;
  /** The digest of what the bundle was made from, if it was stamped (build-index.ts). */
  stamp: string | undefined;
  entry: BundleEntry;
  meta: Meta;
  /** Of its metadata file, which names its chunks by their content. */
  metaDigest: string;
  /** Number of the bundle's first page in the merged index. */
  offset: number;
}

/**
 * Merges the bundles, given as groups of consecutive shards' bundles (`mergeGroups`), oldest first, into `outDir`.
 * The groups' words are kept in `<outDir>.groups`.
 */
export async function mergeBundles(bundleGroups: readonly (readonly string[])[], outDir: string, chunkSize = PAGEFIND_CHUNK_SIZE): Promise<MergeResult> {
  const dirs = bundleGroups.flat();
  if (dirs.length === 0) throw new Error('no bundles to merge');
  const bundles = readBundles(dirs);
  const [first] = bundles as [Bundle, ...Bundle[]];
  const [language] = Object.keys(first.entry.languages) as [string];
  for (const bundle of bundles) {
    if (!(language in bundle.entry.languages)) throw new PagefindFormatError(`${bundle.dir}: not in the language ${language} of ${first.dir}`);
    if (bundle.meta[5].join() !== first.meta[5].join()) {
      throw new PagefindFormatError(`${bundle.dir}: metadata fields ${bundle.meta[5].join()} differ from ${first.meta[5].join()} in ${first.dir}`);
    }
  }
  for (const folder of ['index', 'filter', 'fragment']) mkdirSync(join(outDir, folder), { recursive: true });
  const output = new Output(outDir, language);
  const linkedFile = `${outDir}.linked`;
  const linked = new Set(existsSync(linkedFile) ? readFileSync(linkedFile, 'utf8').split('\n') : []);
  rmSync(linkedFile, { force: true });
  const { pages, renamedIn } = linkFragments(bundles, language, outDir, (bundle) => bundle.stamp !== undefined && linked.has(`${bundle.dir} ${bundle.stamp}`));
  let next = 0;
  const groups = bundleGroups.filter((group) => group.length > 0).map((group) => bundles.slice(next, (next += group.length)));
  const chunks = await mergeWords(groups, `${outDir}.groups`, chunkSize, output);
  const filters = mergeFilters(bundles, output);
  const sorts = [...new Set(bundles.flatMap((bundle) => bundle.meta[4].map(([name]) => name)))].sort().map((name): [string, number[]] => [
    name,
    bundles.flatMap((bundle) => bundle.meta[4].find(([sort]) => sort === name)?.[1].map((page) => page + bundle.offset) ?? []),
  ]);
  const meta: Meta = [first.meta[0], pages, chunks, filters, sorts, first.meta[5]];
  const metaCbor = encodeCbor(meta);
  const metaHash = `${language}_${pagefindHash(metaCbor).slice(0, language.length + 8)}`;
  output.write(`pagefind.${metaHash}.pf_meta`, metaCbor);
  await output.finished();
  const runtime = readdirSync(first.dir).filter((name) => RUNTIME_FILE.test(name));
  noteChanges(outDir, [...runtime, 'pagefind-entry.json']);
  for (const name of runtime) linkInto(join(first.dir, name), join(outDir, name));
  const entry: BundleEntry = {
    ...first.entry,
    languages: { [language]: { ...first.entry.languages[language]!, hash: metaHash, page_count: pages.length } },
  };
  replaceFile(join(outDir, 'pagefind-entry.json'), JSON.stringify(entry));
  output.removeOthers(new Set(pages.map(([hash]) => `${hash}.pf_fragment`)));
  const linkedAsNamed = bundles.filter((bundle) => bundle.stamp !== undefined && !renamedIn.has(bundle));
  writeFileSync(linkedFile, linkedAsNamed.map((bundle) => `${bundle.dir} ${bundle.stamp}`).join('\n'));
  return { pages: pages.length, chunks: chunks.length, written: output.written };
}

function readBundles(dirs: readonly string[]): Bundle[] {
  let offset = 0;
  return dirs.map((dir) => {
    const entryPath = join(dir, 'pagefind-entry.json');
    const entry = checkEntry(JSON.parse(readFileSync(entryPath, 'utf8')), entryPath);
    const { hash } = Object.values(entry.languages)[0]!;
    const metaPath = join(dir, `pagefind.${hash}.pf_meta`);
    const metaBytes = readFileSync(metaPath);
    const meta = checkMeta(decodeFile(metaBytes, metaPath), metaPath);
    const bundle = { dir, stamp: stampOf(dir), entry, meta, metaDigest: createHash('sha256').update(metaBytes).digest('hex'), offset };
    offset += meta[1].length;
    return bundle;
  });
}

/**
 * Files written into the merged bundle, by content hash. Compressing is most of a merge's time: files are
 * compressed on Node's worker threads while the merge reads on, a few at a time.
 */
class Output {
  written = 0;
  private readonly kept = new Set<string>();
  private readonly compressing = new Set<Promise<void>>();

  private readonly dir: string;
  private readonly language: string;

  constructor(dir: string, language: string) {
    this.dir = dir;
    this.language = language;
  }

  /** Writes a chunk or filter under its content's name (extended as Pagefind does if the short name is taken). */
  add(folder: 'index' | 'filter', cbor: Uint8Array, extension: string): string {
    const hash = pagefindHash(cbor);
    let digits = 7;
    const nameOf = () => `${this.language}_${hash.slice(0, digits)}`;
    while (this.kept.has(`${folder}/${nameOf()}${extension}`) && digits < hash.length) digits += 1;
    const name = nameOf();
    this.write(`${folder}/${name}${extension}`, cbor);
    return name;
  }

  /** Writes the file unless an earlier merge did: its name is its content's hash, so it is not compressed again. */
  write(path: string, cbor: Uint8Array): void {
    this.kept.add(path);
    const target = join(this.dir, path);
    if (existsSync(target)) return;
    noteChanges(this.dir, [path]);
    const done: Promise<void> = compressFile(cbor).then((bytes) => {
      writeFileSync(`${target}.partial`, bytes);
      renameSync(`${target}.partial`, target);
      this.written += 1;
      this.compressing.delete(done);
    });
    this.compressing.add(done);
  }

  /** Waits while as many files are being compressed as Node has worker threads (4 unless set). */
  async room(): Promise<void> {
    while (this.compressing.size >= 4) await Promise.race(this.compressing);
  }

  async finished(): Promise<void> {
    await Promise.all(this.compressing);
  }

  /** Removes the files of earlier merges that this one did not make. */
  removeOthers(fragments: ReadonlySet<string>): void {
    const others = [
      ...readdirSync(this.dir).filter((name) => name.endsWith('.pf_meta') && !this.kept.has(name)),
      ...(['index', 'filter'] as const).flatMap((folder) =>
        readdirSync(join(this.dir, folder))
          .map((name) => `${folder}/${name}`)
          .filter((path) => !this.kept.has(path)),
      ),
      ...readdirSync(join(this.dir, 'fragment'))
        .filter((name) => !fragments.has(name))
        .map((name) => `fragment/${name}`),
    ];
    noteChanges(this.dir, others);
    for (const path of others) rmSync(join(this.dir, path));
  }
}

/**
 * The merged index's pages, and their fragments linked into it. Pagefind names a fragment by the shortest prefix of
 * its content's hash not taken by an earlier page, so a name can be unique within a shard and not across shards:
 * the later page's name is then extended, as Pagefind would have. The fragments of a bundle that the last merge
 * linked under their own names (same bundle, same stamp, no name extended) are there already (checking 100k links
 * took ~3 s). Returns the pages and the bundles with a name extended.
 */
function linkFragments(
  bundles: readonly Bundle[],
  language: string,
  outDir: string,
  linkedBefore: (bundle: Bundle) => boolean,
): { pages: Meta[1]; renamedIn: Set<Bundle> } {
  const taken = new Set<string>();
  const renamedIn = new Set<Bundle>();
  const pages = bundles.flatMap((bundle) => {
    const alreadyLinked = linkedBefore(bundle);
    const hashesPath = join(bundle.dir, FRAGMENT_HASHES_FILE);
    const fullHashes = existsSync(hashesPath) ? (JSON.parse(readFileSync(hashesPath, 'utf8')) as Record<string, string>) : {};
    const links: [source: string, name: string][] = [];
    const pages = bundle.meta[1].map((page): Meta[1][number] => {
      const source = join(bundle.dir, 'fragment', `${page[0]}.pf_fragment`);
      let hash = page[0];
      if (taken.has(hash)) {
        const full = fullHashes[hash] ?? fragmentHash(readFileSync(source), language);
        while (taken.has(hash)) hash = full.slice(0, hash.length + 1);
        renamedIn.add(bundle);
      }
      taken.add(hash);
      if (!alreadyLinked || hash !== page[0]) links.push([source, `fragment/${hash}.pf_fragment`]);
      return [hash, ...page.slice(1)] as Meta[1][number];
    });
    noteChanges(outDir, links.map(([, name]) => name));
    for (const [source, name] of links) linkInto(source, join(outDir, name));
    return pages;
  });
  return { pages, renamedIn };
}

/**
 * Saves a bundle's words in the merge's form, unless saved from these very chunks before: a block (see
 * `writeBlocks`) per chunk. Returns the file.
 */
async function saveBundleWords(bundle: Bundle): Promise<string> {
  const path = join(bundle.dir, SAVED_WORDS_FILE);
  const digest = createHash('sha256').update(`${savedWordsCode} ${bundle.metaDigest}`).digest('hex');
  await keepOrMake(stampFileOf(path), digest, [path], () =>
    writeBlocks(
      path,
      bundle.meta[2].values().map(([, , hash]) => {
        const chunkPath = join(bundle.dir, 'index', `${hash}.pf_index`);
        return [...readChunk(decodeFileBytes(readFileSync(chunkPath), chunkPath), 0, chunkPath)];
      }),
    ),
  );
  return path;
}

/**
 * A group's words, joined, as one stream with the merged index's page numbers: a lone bundle's own saved words, or
 * the group's, saved in `groupsDir` (page numbers from the group's first page) unless saved from these very bundles
 * before.
 */
async function groupWords(group: readonly Bundle[], groupsDir: string): Promise<{ path: string; words: Iterator<WordPostings> }> {
  const first = group[0]!;
  if (group.length === 1) {
    const path = await saveBundleWords(first);
    return { path, words: savedWords(path, first.offset) };
  }
  const path = join(groupsDir, basename(first.dir));
  const digest = createHash('sha256').update(`${groupWordsCode} ${group.map((bundle) => bundle.metaDigest).join(' ')}`).digest('hex');
  await keepOrMake(stampFileOf(path), digest, [path], async () => {
    const members: Iterator<WordPostings>[] = [];
    for (const bundle of group) members.push(savedWords(await saveBundleWords(bundle), bundle.offset - first.offset));
    mkdirSync(groupsDir, { recursive: true });
    writeBlocks(path, inBlocks(joinedWords(members), GROUP_BLOCK_WORDS));
  });
  return { path, words: savedWords(path, first.offset) };
}

/** Words in the merge's form, a block at a time: each block a 4-byte length, then the words (`saveWords`). */
function writeBlocks(path: string, blocks: Iterable<readonly WordPostings[]>): void {
  const file = openSync(path, 'w');
  try {
    for (const words of blocks) {
      const block = saveWords(words);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(block.length);
      writeSync(file, length);
      writeSync(file, block);
    }
  } finally {
    closeSync(file);
  }
}

function* inBlocks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let block: T[] = [];
  for (const item of items) {
    block.push(item);
    if (block.length === size) {
      yield block;
      block = [];
    }
  }
  if (block.length > 0) yield block;
}

/** Saved words in order, one block in memory at a time, page numbers moved by `offset`. */
function* savedWords(saved: string, offset: number): Generator<WordPostings> {
  const file = openSync(saved, 'r');
  try {
    const length = Buffer.alloc(4);
    for (let position = 0; readSync(file, length, 0, 4, position) === 4; ) {
      const block = Buffer.allocUnsafe(length.readUInt32BE());
      if (readSync(file, block, 0, block.length, position + 4) !== block.length) throw new PagefindFormatError(`${saved}: ends early`);
      position += 4 + block.length;
      yield* readSavedWords(block, offset, saved);
    }
  } finally {
    closeSync(file);
  }
}

/** Streams of words in order, merged: the postings of one word joined in stream order. */
function* joinedWords(streams: readonly Iterator<WordPostings>[]): Generator<WordPostings> {
  const heads = new WordHeap(streams);
  while (heads.size > 0) yield joinPostings(heads.takeSmallest());
}

/** The groups' words merged and cut into chunks; the words of groups no longer merged are removed. */
async function mergeWords(groups: readonly (readonly Bundle[])[], groupsDir: string, chunkSize: number, output: Output): Promise<MetaChunk[]> {
  const streams: Iterator<WordPostings>[] = [];
  const groupFiles = new Set<string>();
  for (const group of groups) {
    const { path, words } = await groupWords(group, groupsDir);
    streams.push(words);
    groupFiles.add(path);
  }
  if (existsSync(groupsDir)) {
    for (const name of readdirSync(groupsDir)) if (!groupFiles.has(join(groupsDir, name.replace(/\.digest$/, '')))) rmSync(join(groupsDir, name));
  }
  const metaChunks: MetaChunk[] = [];
  let chunk: WordPostings[] = [];
  let weight = 0;
  const close = () => {
    metaChunks.push([chunk[0]!.word, chunk.at(-1)!.word, output.add('index', writeChunk(chunk), '.pf_index')]);
    chunk = [];
    weight = 0;
  };
  for (const word of joinedWords(streams)) {
    chunk.push(word);
    weight += wordWeight(word);
    if (weight >= chunkSize) {
      close();
      await output.room();
    }
  }
  if (chunk.length > 0) close();
  return trimBoundaries(metaChunks);
}

/** Pagefind's `chunk_meta`: neighbouring chunks' bounds cut to the shortest prefixes that tell them apart. */
export function trimBoundaries(chunks: readonly MetaChunk[]): MetaChunk[] {
  const trimmed = chunks.map((chunk): MetaChunk => [...chunk]);
  for (let index = 0; index + 1 < trimmed.length; index += 1) {
    const [current, next] = [trimmed[index]!, trimmed[index + 1]!];
    const [a, b] = [[...current[1]], [...next[0]]];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
    const [aPrefix, bPrefix] = [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
    // Pagefind compares Rust strings here (byte order).
    if (compareWords(aPrefix, current[0]) >= 0) current[1] = aPrefix;
    next[0] = bPrefix;
  }
  return trimmed;
}

/** Each filter's values from every bundle, pages renumbered; values in byte order, as Pagefind writes them. */
function mergeFilters(bundles: readonly Bundle[], output: Output): Meta[3] {
  const byFilter = new Map<string, Map<string, number[]>>();
  for (const bundle of bundles) {
    for (const [name, hash] of bundle.meta[3]) {
      const path = join(bundle.dir, 'filter', `${hash}.pf_filter`);
      const [, values] = checkFilter(decodeFile(readFileSync(path), path), path);
      const merged = byFilter.get(name) ?? new Map<string, number[]>();
      byFilter.set(name, merged);
      for (const [value, pages] of values) {
        // Appended in place: a category's pages come from thousands of shards at 1M (copying them took ~20 s).
        const joined = merged.get(value) ?? [];
        merged.set(value, joined);
        for (const page of pages) joined.push(page + bundle.offset);
      }
    }
  }
  return [...byFilter.keys()].sort(compareWords).map((name) => {
    const values = [...byFilter.get(name)!].sort(([a], [b]) => compareWords(a, b));
    const filter: FilterIndex = [name, values];
    return [name, output.add('filter', encodeCbor(filter), '.pf_filter')];
  });
}

/** The next word of each stream, smallest first; equal words in stream order. */
class WordHeap {
  private readonly items: { word: WordPostings; index: number; stream: Iterator<WordPostings> }[] = [];

  constructor(streams: readonly Iterator<WordPostings>[]) {
    streams.forEach((stream, index) => {
      const next = stream.next();
      if (!next.done) this.items.push({ word: next.value, index, stream });
    });
    for (let at = (this.items.length >> 1) - 1; at >= 0; at -= 1) this.siftDown(at);
  }

  get size(): number {
    return this.items.length;
  }

  /**
   * Takes every head that holds the smallest word, in stream order; each is replaced by its stream's next word (one
   * sift down a word, where a pop and a push took two).
   */
  takeSmallest(): WordPostings[] {
    const key = this.items[0]!.word.key;
    const taken: WordPostings[] = [];
    while (this.items.length > 0 && this.items[0]!.word.key === key) {
      const top = this.items[0]!;
      taken.push(top.word);
      const next = top.stream.next();
      if (next.done) {
        const last = this.items.pop()!;
        if (this.items.length === 0) break;
        this.items[0] = last;
      } else top.word = next.value;
      this.siftDown(0);
    }
    return taken;
  }

  private siftDown(from: number): void {
    const items = this.items;
    let at = from;
    for (;;) {
      const [left, right] = [2 * at + 1, 2 * at + 2];
      let smallest = at;
      if (left < items.length && this.less(left, smallest)) smallest = left;
      if (right < items.length && this.less(right, smallest)) smallest = right;
      if (smallest === at) return;
      [items[at], items[smallest]] = [items[smallest]!, items[at]!];
      at = smallest;
    }
  }

  private less(a: number, b: number): boolean {
    const [x, y] = [this.items[a]!, this.items[b]!];
    return x.word.key < y.word.key || (x.word.key === y.word.key && x.index < y.index);
  }
}

function replaceFile(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeFileSync(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
}
