import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../src/lib/article.ts';
import { ingestFolder } from '../../src/lib/ingest/ingest-folder.ts';
import { createParseCache } from '../../src/lib/ingest/parse-cache.ts';
import { importClosure } from '../../src/lib/source-digest.ts';

const article = (title: string, date = '٢٠ مايو ٢٠١٨') => `${title}\n\nقسم\n\n${date}\n\nنص ${title}.\n`;

/** Builds in a row over one folder, the way the loader keeps the cache: the serialised cache and a store of articles. */
function builds(folder: string) {
  let serialised: string | undefined;
  const store = new Map<string, ParsedArticle>();
  return (today: string, code = 'code-1') => {
    const cache = createParseCache({ previous: serialised, today, articleById: (id) => store.get(id), code });
    const result = ingestFolder(folder, { today, cache });
    serialised = cache.serialise();
    store.clear();
    for (const { id, sourcePath: _, ...parsed } of result.articles) store.set(id, parsed);
    return { result, hits: cache.hits };
  };
}

describe('the parse cache', () => {
  it('reads no unchanged file again, on the same day or a later one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
    writeFileSync(join(folder, '001_aaaa.txt'), article('أ'));
    writeFileSync(join(folder, '002_bbbb.txt'), '');
    const build = builds(folder);
    expect(build('2026-01-01').hits).toBe(0);
    const again = build('2026-01-01');
    expect(again.hits).toBe(2);
    expect(again.result.articles.map((a) => a.title)).toEqual(['أ']);
    expect(build('2026-03-15').hits).toBe(2);
  });

  it('reads a file again when its size or modification time changed, and after the parsing code changed', () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
    const file = join(folder, '001_aaaa.txt');
    writeFileSync(file, article('أ'));
    const build = builds(folder);
    build('2026-01-01');
    writeFileSync(file, article('ب'));
    utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));
    const edited = build('2026-01-01');
    expect(edited.hits).toBe(0);
    expect(edited.result.articles.map((a) => a.title)).toEqual(['ب']);
    expect(build('2026-01-01', 'code-2').hits).toBe(0);
  });

  it('judges a date that was in the future again on a later day', () => {
    const folder = mkdtempSync(join(tmpdir(), 'arshif-cache-'));
    writeFileSync(join(folder, '001_aaaa.txt'), article('أ', '٢ يناير ٢٠٢٦'));
    const build = builds(folder);
    expect(build('2026-01-01').result.outcomes[0]?.status).toBe('rejected');
    const nextDay = build('2026-01-02');
    expect(nextDay.hits).toBe(0);
    expect(nextDay.result.outcomes[0]?.status).toBe('published');
  });
});

describe('the parsing code digest', () => {
  it('covers every module the ingest imports, directly or not, and nothing of the pages or the search', () => {
    const lib = new URL('../../src/lib/', import.meta.url);
    const covered = importClosure([new URL('ingest/ingest-and-report.ts', lib), new URL('ingest/parse-cache.ts', lib)]).map((module) => module.href.slice(lib.href.length));
    expect(covered).toEqual(expect.arrayContaining(['ingest/ingest-folder.ts', 'ingest/parse-article.ts', 'ingest/parse-date.ts', 'ingest/decode.ts', 'arabic.ts', 'calendar-date.ts']));
    expect(covered.filter((module) => !module.startsWith('ingest/') && module.includes('/'))).toEqual([]);
  });
});
