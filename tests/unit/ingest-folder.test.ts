import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { folderTexts } from '../../src/lib/article-texts.ts';
import { type FileParse, type IngestResult, ingestFolder, MAX_ARTICLE_BYTES, type ParseCache } from '../../src/lib/ingest/ingest-folder.ts';
import { createParseCache } from '../../src/lib/ingest/parse-cache.ts';
import { THREADED_READ_MIN } from '../../src/lib/ingest/read-files.ts';
import { fixturesFolder, seedPath, today } from './helpers.ts';

function folderWith(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(tmpdir(), 'arshif-ingest-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  return folder;
}

const article = (title: string) => `${title}\n\nقسم\n\n٢٠ مايو ٢٠١٨\n\nنص ${title}.\n`;

describe('ingestFolder', () => {
  it('accounts for every file: published, with warnings, rejected, or ignored', async () => {
    const folder = folderWith({
      '001_aaaa.txt': article('أ'),
      'sub/002_bbbb.txt': article('ب'),
      '003_cccc.txt': '',
      'README.md': '# notes',
      '.DS_Store': 'x',
      'old.txt~': article('ج'),
    });
    copyFileSync(join(fixturesFolder, 'no-category.txt'), join(folder, '004_dddd.txt'));
    const result = await ingestFolder(folder, { today });
    expect(result.articles.map((a) => [a.id, a.title, result.texts.get(a.textDigest)])).toEqual([
      ['aaaa', 'أ', ['نص أ.']],
      ['dddd', expect.any(String), expect.any(Array)],
      ['bbbb', 'ب', ['نص ب.']],
    ]);
    expect(result.outcomes.map((o) => [o.file, o.status])).toEqual([
      ['001_aaaa.txt', 'published'],
      ['003_cccc.txt', 'rejected'],
      ['004_dddd.txt', 'warnings'],
      ['sub/002_bbbb.txt', 'published'],
    ]);
    expect(result.outcomes[1]?.problems).toEqual([
      { file: '003_cccc.txt', severity: 'error', code: 'empty', message: expect.any(String) },
    ]);
    expect(result.ignored).toBe(3);
  });

  it('reports byte-identical duplicates and keeps the first by path', async () => {
    const folder = folderWith({ '001_aaaa.txt': article('أ'), '002_bbbb.txt': article('أ') });
    const result = await ingestFolder(folder, { today });
    expect(result.articles.map((a) => a.id)).toEqual(['aaaa']);
    expect(result.outcomes[1]?.problems[0]).toMatchObject({ code: 'duplicate', message: expect.stringContaining('001_aaaa.txt') });
  });

  it('never lets two files share an id, whatever the file order', async () => {
    const folder = folderWith({ 'a/001_abcd.txt': article('أ'), 'b/002_abcd.txt': article('ب') });
    const result = await ingestFolder(folder, { today });
    const ids = result.articles.map((a) => a.id);
    expect(ids[0]).toBe('abcd');
    expect(ids[1]).toMatch(/^abcd-[0-9a-f]{8}$/);
    expect(result.outcomes[1]?.problems[0]).toMatchObject({ code: 'id-clash', message: expect.stringContaining('a/001_abcd.txt') });
    expect((await ingestFolder(folder, { today })).articles.map((a) => a.id)).toEqual(ids);
  });

  it('gives ids to files not named like a dump', async () => {
    const folder = folderWith({ 'My Article.TXT': article('أ') });
    copyFileSync(seedPath, join(folder, '000_bdcf7e066c1938b0.txt'));
    expect((await ingestFolder(folder, { today })).articles.map((a) => a.id)).toEqual(['bdcf7e066c1938b0', 'my-article']);
  });

  it('does not parse again what the cache already knows, and tells the cache what it parsed', async () => {
    const folder = folderWith({ '001_aaaa.txt': article('أ'), '002_bbbb.txt': '' });
    const remembered = new Map<string, FileParse>();
    const recording: ParseCache = {
      hashOf: () => undefined,
      lookup: () => undefined,
      knows: () => false,
      knownContent: () => [],
      remember: (_file, _stamp, hash, parse) => remembered.set(hash, parse),
    };
    await ingestFolder(folder, { today, cache: recording });
    expect([...remembered.values()].map((parse) => [parse.parsed?.title, parse.problems.length])).toEqual([
      ['أ', 0],
      [undefined, 1],
    ]);

    // A cache that answers for every hash: its answer is used instead of the file's text.
    const answering: ParseCache = {
      hashOf: () => undefined,
      knows: (hash) => remembered.has(hash),
      knownContent: () => remembered.keys(),
      lookup: (hash) => {
        const parse = remembered.get(hash)!;
        return parse.parsed ? { ...parse, parsed: { ...parse.parsed, title: 'من الذاكرة' } } : parse;
      },
      remember: () => {},
    };
    const cached = await ingestFolder(folder, { today, cache: answering });
    expect(cached.articles.map((a) => [a.id, a.title])).toEqual([['aaaa', 'من الذاكرة']]);
    expect(cached.outcomes.map((o) => o.status)).toEqual(['published', 'rejected']);
  });
});

describe('ingestFolder on hostile input', () => {
  it('accounts for pathological files, each published or rejected with a reason, in bounded time', async () => {
    const seed = readFileSync(seedPath);
    const invisible = '\u200b\u200f\ufeff\u2060';
    const folder = folderWith({
      'huge.txt': Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a'),
      'long-line.txt': `${'كلمة '.repeat(350_000)}\n`,
      'nul.txt': Buffer.concat([seed.subarray(0, 100), Buffer.from([0]), seed.subarray(100)]),
      'invisible-title.txt': `${invisible}\n\n${invisible}\n\nقسم\n\n٢٠ مايو ٢٠١٨\n\nنص.\n`,
      'broken-bytes.txt': Buffer.concat([seed.subarray(0, seed.length - 20), Buffer.from([0xff]), seed.subarray(seed.length - 20)]),
    });
    symlinkSync('missing.txt', join(folder, 'dangling.txt'));
    const started = Date.now();
    const result = await ingestFolder(folder, { today });
    expect(Date.now() - started).toBeLessThan(5_000);
    const outcome = (file: string) => result.outcomes.find((entry) => entry.file === file);
    expect(outcome('huge.txt')?.problems.map((problem) => problem.code)).toEqual(['too-large']);
    expect(outcome('long-line.txt')?.status).toBe('rejected');
    expect(outcome('nul.txt')?.problems[0]).toMatchObject({ code: 'binary', message: expect.stringContaining('at byte 100') });
    expect(outcome('invisible-title.txt')?.problems).toEqual([expect.objectContaining({ code: 'no-title', line: 1 })]);
    expect(outcome('broken-bytes.txt')).toMatchObject({ status: 'warnings', problems: [{ code: 'invalid-utf8' }] });
    expect(result.unread).toEqual([expect.objectContaining({ path: 'dangling.txt', code: 'dangling-link' })]);
  });
});

describe('ingestFolder in worker threads', () => {
  it('gives what one thread gives, and parses again only contents the cache does not know', async () => {
    // Enough files for the threads to be used (THREADED_READ_MIN), with duplicates, clashing ids and bad files among them.
    const files: Record<string, string | Buffer> = {};
    for (let index = 0; index < THREADED_READ_MIN + 200; index += 1) {
      const name = `${String(index).padStart(4, '0')}_${index % 97 === 0 ? 'same' : `f${index}`}.txt`;
      files[name] = index % 50 === 7 ? '' : index % 61 === 3 ? Buffer.from([0xff, 0xfe, 0x00, 0x01]) : article(`عنوان ${index % 300}`);
    }
    const folder = folderWith(files);
    const oneThread = await ingestFolder(folder, { today });
    const textsDir = mkdtempSync(join(tmpdir(), 'arshif-texts-'));
    const texts = folderTexts(textsDir);
    const cache = createParseCache({ previous: undefined, today, hasText: texts.has });
    // Paragraphs put by this thread: none when the workers parse (they write to the texts' folder themselves).
    const putHere: string[] = [];
    const watchedTexts = { ...texts, put: (paragraphs: readonly string[]) => (putHere.push(paragraphs[0]!), texts.put(paragraphs)) };
    const threaded = await ingestFolder(folder, { today, cache, texts: watchedTexts, readers: { threads: 2, textsDir } });
    expect(putHere).toEqual([]);
    const withTexts = (result: IngestResult) => result.articles.map((entry) => ({ ...entry, paragraphs: result.texts.get(entry.textDigest) }));
    expect(withTexts(threaded)).toEqual(withTexts(oneThread));
    expect(threaded.outcomes).toEqual(oneThread.outcomes);
    expect(new Set(threaded.outcomes.map((outcome) => outcome.status))).toEqual(new Set(['published', 'warnings', 'rejected', 'duplicate']));

    // Every file's time changed (a checkout): read and hashed again, none parsed again (every parse is the cache's).
    const later = new Date('2030-01-01T00:00:00Z');
    for (const name of Object.keys(files)) utimesSync(join(folder, name), later, later);
    const again = createParseCache({ previous: cache.saved(), today, hasText: folderTexts(textsDir).has });
    const reread = await ingestFolder(folder, { today, cache: again, texts: folderTexts(textsDir), readers: { threads: 2, textsDir } });
    expect(reread.outcomes).toEqual(oneThread.outcomes);
    expect(again.hits).toBe(Object.keys(files).length);
  }, 60_000);

  it('lets go of its caches once done: its threads end and hold nothing of the ingest', async () => {
    const files = Object.fromEntries(Array.from({ length: THREADED_READ_MIN + 10 }, (_, index) => [`${String(index).padStart(4, '0')}_f.txt`, article(`عنوان ${index}`)]));
    const folder = folderWith(files);
    const textsDir = mkdtempSync(join(tmpdir(), 'arshif-texts-'));
    // Nothing of the ingest but its result may outlive it: not its caches (at 1M files ~0.3 GB) through the reading
    // threads' handlers, even when what follows never waits on the event loop (a build's staging and planning),
    // where the threads' exit would be seen. Garbage is collected before anything else may run.
    let collected = false;
    const watch = new FinalizationRegistry<string>(() => (collected = true));
    const ingestAndForget = async (): Promise<void> => {
      const cache = createParseCache({ previous: undefined, today, hasText: () => true });
      watch.register(cache, 'parse cache');
      const result = await ingestFolder(folder, { today, cache, texts: folderTexts(textsDir), readers: { threads: 2, textsDir } });
      expect(result.articles).toHaveLength(THREADED_READ_MIN + 10);
    };
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    await ingestAndForget();
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(collected).toBe(true);
  }, 60_000);
});
