import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FileParse, ingestFolder, MAX_ARTICLE_BYTES, type ParseCache } from '../../src/lib/ingest/ingest-folder.ts';
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
  it('accounts for every file: published, with warnings, rejected, or ignored', () => {
    const folder = folderWith({
      '001_aaaa.txt': article('أ'),
      'sub/002_bbbb.txt': article('ب'),
      '003_cccc.txt': '',
      'README.md': '# notes',
      '.DS_Store': 'x',
      'old.txt~': article('ج'),
    });
    copyFileSync(join(fixturesFolder, 'no-category.txt'), join(folder, '004_dddd.txt'));
    const result = ingestFolder(folder, { today });
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

  it('reports byte-identical duplicates and keeps the first by path', () => {
    const folder = folderWith({ '001_aaaa.txt': article('أ'), '002_bbbb.txt': article('أ') });
    const result = ingestFolder(folder, { today });
    expect(result.articles.map((a) => a.id)).toEqual(['aaaa']);
    expect(result.outcomes[1]?.problems[0]).toMatchObject({ code: 'duplicate', message: expect.stringContaining('001_aaaa.txt') });
  });

  it('never lets two files share an id, whatever the file order', () => {
    const folder = folderWith({ 'a/001_abcd.txt': article('أ'), 'b/002_abcd.txt': article('ب') });
    const result = ingestFolder(folder, { today });
    const ids = result.articles.map((a) => a.id);
    expect(ids[0]).toBe('abcd');
    expect(ids[1]).toMatch(/^abcd-[0-9a-f]{8}$/);
    expect(result.outcomes[1]?.problems[0]).toMatchObject({ code: 'id-clash', message: expect.stringContaining('a/001_abcd.txt') });
    expect(ingestFolder(folder, { today }).articles.map((a) => a.id)).toEqual(ids);
  });

  it('gives ids to files not named like a dump', () => {
    const folder = folderWith({ 'My Article.TXT': article('أ') });
    copyFileSync(seedPath, join(folder, '000_bdcf7e066c1938b0.txt'));
    expect(ingestFolder(folder, { today }).articles.map((a) => a.id)).toEqual(['bdcf7e066c1938b0', 'my-article']);
  });

  it('does not parse again what the cache already knows, and tells the cache what it parsed', () => {
    const folder = folderWith({ '001_aaaa.txt': article('أ'), '002_bbbb.txt': '' });
    const remembered = new Map<string, FileParse>();
    const recording: ParseCache = {
      hashOf: () => undefined,
      lookup: () => undefined,
      remember: (_file, _stamp, hash, parse) => remembered.set(hash, parse),
    };
    ingestFolder(folder, { today, cache: recording });
    expect([...remembered.values()].map((parse) => [parse.parsed?.title, parse.problems.length])).toEqual([
      ['أ', 0],
      [undefined, 1],
    ]);

    // A cache that answers for every hash: its answer is used instead of the file's text.
    const answering: ParseCache = {
      hashOf: () => undefined,
      lookup: (hash) => {
        const parse = remembered.get(hash)!;
        return parse.parsed ? { ...parse, parsed: { ...parse.parsed, title: 'من الذاكرة' } } : parse;
      },
      remember: () => {},
    };
    const cached = ingestFolder(folder, { today, cache: answering });
    expect(cached.articles.map((a) => [a.id, a.title])).toEqual([['aaaa', 'من الذاكرة']]);
    expect(cached.outcomes.map((o) => o.status)).toEqual(['published', 'rejected']);
  });
});

describe('ingestFolder on hostile input', () => {
  it('accounts for pathological files, each published or rejected with a reason, in bounded time', () => {
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
    const result = ingestFolder(folder, { today });
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
