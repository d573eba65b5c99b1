import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryTexts } from '../../src/lib/article-texts.ts';
import { ingestFolder } from '../../src/lib/ingest/ingest-folder.ts';
import { createParseCache, loadParseCache, type SavedParseCache, saveParseCache } from '../../src/lib/ingest/parse-cache.ts';
import { importClosure } from '../../src/lib/source-digest.ts';

const article = (title: string, date = '٢٠ مايو ٢٠١٨') => `${title}\n\nقسم\n\n${date}\n\nنص ${title}.\n`;

/** Builds in a row over one folder, the way the loader keeps the cache: the saved cache and the texts. */
function builds(folder: string, texts = memoryTexts()) {
  let saved: SavedParseCache | undefined;
  return async (today: string, code = 'code-1') => {
    const cache = createParseCache({ previous: saved, today, hasText: texts.has, code });
    const result = await ingestFolder(folder, { today, cache, texts });
    saved = cache.saved();
    return { result, hits: cache.hits, changed: cache.changed, textDigests: cache.textDigests(), saved };
  };
}

describe('the parse cache', () => {
  it('reads no unchanged file again, on the same day or a later one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
    writeFileSync(join(folder, '001_aaaa.txt'), article('أ'));
    writeFileSync(join(folder, '002_bbbb.txt'), '');
    const build = builds(folder);
    expect((await build('2026-01-01')).hits).toBe(0);
    const again = await build('2026-01-01');
    expect(again.hits).toBe(2);
    expect(again.result.articles.map((a) => [a.title, again.result.texts.get(a.textDigest)])).toEqual([['أ', ['نص أ.']]]);
    expect(again.textDigests).toEqual(new Set(again.result.articles.map((a) => a.textDigest)));
    expect((await build('2026-03-15')).hits).toBe(2);
  });

  it('parses a file again when its text is no longer kept', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
    writeFileSync(join(folder, '001_aaaa.txt'), article('أ'));
    let kept = true;
    const texts = memoryTexts();
    const build = builds(folder, { ...texts, has: (digest) => kept && texts.has(digest) });
    await build('2026-01-01');
    expect((await build('2026-01-01')).hits).toBe(1);
    kept = false;
    expect((await build('2026-01-01')).hits).toBe(0);
  });

  it('reads a file again when its size or modification time changed, and after the parsing code changed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
    const file = join(folder, '001_aaaa.txt');
    writeFileSync(file, article('أ'));
    const build = builds(folder);
    await build('2026-01-01');
    writeFileSync(file, article('ب'));
    utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));
    const edited = await build('2026-01-01');
    expect(edited.hits).toBe(0);
    expect(edited.result.articles.map((a) => a.title)).toEqual(['ب']);
    expect((await build('2026-01-01', 'code-2')).hits).toBe(0);
  });

  it('parses no file again after a checkout or cache restore that gave every file a new time, its bytes the same', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
    const files = ['001_aaaa.txt', '002_bbbb.txt'].map((name) => join(folder, name));
    files.forEach((file, index) => writeFileSync(file, article(['أ', 'ب'][index]!)));
    const build = builds(folder);
    const first = await build('2026-01-01');
    for (const file of files) utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));
    const restored = await build('2026-01-01');
    expect(restored.hits).toBe(2);
    expect(restored.result.articles).toEqual(first.result.articles);
  });

  it('judges a date that was in the future again on a later day', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
    writeFileSync(join(folder, '001_aaaa.txt'), article('أ', '٢ يناير ٢٠٢٦'));
    const build = builds(folder);
    expect((await build('2026-01-01')).result.outcomes[0]?.status).toBe('rejected');
    const nextDay = await build('2026-01-02');
    expect(nextDay.hits).toBe(0);
    expect(nextDay.result.outcomes[0]?.status).toBe('published');
  });
});

describe('whether the parse cache changed', () => {
  it('is false only when every file and the day are as at the last build', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
    writeFileSync(join(folder, '001_aaaa.txt'), article('أ'));
    const build = builds(folder);
    expect((await build('2026-01-01')).changed).toBe(true);
    expect((await build('2026-01-01')).changed).toBe(false);
    expect((await build('2026-01-02')).changed).toBe(true);
    expect((await build('2026-01-02')).changed).toBe(false);
    writeFileSync(join(folder, '002_bbbb.txt'), article('ب'));
    expect((await build('2026-01-02')).changed).toBe(true);
    utimesSync(join(folder, '002_bbbb.txt'), new Date('2030-01-01'), new Date('2030-01-01'));
    expect((await build('2026-01-02')).changed).toBe(true);
    expect((await build('2026-01-02')).changed).toBe(false);
    rmSync(join(folder, '002_bbbb.txt'));
    expect((await build('2026-01-02')).changed).toBe(true);
  });
});

describe('the parse cache file', () => {
  it('is read back only with the token its save gave, so a store emptied by --force parses everything again', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
    writeFileSync(join(folder, '001_aaaa.txt'), article('أ'));
    writeFileSync(join(folder, '002_bbbb.txt'), article('ب', 'يوم ما'));
    const { saved } = await builds(folder)('2026-01-01');
    const file = join(mkdtempSync(join(tmpdir(), 'arshif-cache-')), 'nested', 'parse-cache.jsonl');
    const token = saveParseCache(file, saved);
    expect(loadParseCache(file, token)).toEqual(saved);
    expect(loadParseCache(file, undefined)).toBeUndefined();
    const later = saveParseCache(file, { ...saved, today: '2026-01-02' });
    expect(later).not.toBe(token);
    expect(loadParseCache(file, token)).toBeUndefined();
    expect(loadParseCache(join(file, '..', 'missing.jsonl'), later)).toBeUndefined();
  });

  it('is a line a file, never one string of the whole archive', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
    for (const name of ['001_aaaa.txt', '002_bbbb.txt', '003_cccc.txt']) writeFileSync(join(folder, name), article(name));
    const file = join(folder, 'parse-cache.jsonl');
    saveParseCache(file, (await builds(folder)('2026-01-01')).saved);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((line) => (JSON.parse(line) as string[])[0]).sort()).toEqual(['001_aaaa.txt', '002_bbbb.txt', '003_cccc.txt']);
  });
});

describe('the parsing code digest', () => {
  it('covers every module the ingest imports, directly or not, and nothing of the pages or the search', async () => {
    const lib = new URL('../../src/lib/', import.meta.url);
    const covered = importClosure([new URL('ingest/ingest-and-report.ts', lib), new URL('ingest/parse-cache.ts', lib)]).map((module) => module.href.slice(lib.href.length));
    expect(covered).toEqual(expect.arrayContaining(['ingest/ingest-folder.ts', 'ingest/parse-article.ts', 'ingest/parse-date.ts', 'ingest/decode.ts', 'arabic.ts', 'calendar-date.ts']));
    expect(covered.filter((module) => !module.startsWith('ingest/') && module.includes('/'))).toEqual([]);
  });
});
