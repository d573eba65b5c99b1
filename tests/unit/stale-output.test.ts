import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOutputListing, pruneStaleOutput, saveOutputListing } from '../../src/lib/stale-output.ts';

/** An output folder whose files were all written before `startedMs` (by an earlier build). */
function earlierOutput(files: readonly string[]) {
  const root = mkdtempSync(join(tmpdir(), 'arshif-prune-'));
  const startedMs = Date.now();
  const earlier = new Date(startedMs - 60_000);
  for (const file of files) writeOld(root, file, earlier);
  return { root, startedMs, earlier };
}

function writeOld(root: string, file: string, when: Date): void {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file);
  utimesSync(path, when, when);
}

const made = (root: string, files: readonly string[]) => new Set(files.map((file) => join(root, file)));
/** The listing taken well after the folders last changed, so that every folder of it is trusted. */
const later = () => Date.now() + 60_000;

/** The record a build that made every one of `files` leaves (listed well after, so every folder is trusted). */
const recordOf = (root: string, files: readonly string[], startedMs: number) =>
  pruneStaleOutput(root, { made: made(root, files), keep: [], startedMs, previous: {}, listedAtMs: later() }).listing;

describe('pruning the kept output folder', () => {
  it('removes what an earlier build wrote and this one no longer makes, and the folders left empty, but not the kept folders', () => {
    const files = ['index.html', 'articles/a/index.html', 'articles/b/index.html', 'old/deep/x.txt', 'search-index/s/entry.json'];
    const { root, startedMs } = earlierOutput(files);
    const previous = recordOf(root, files, startedMs);
    writeFileSync(join(root, 'sitemap.xml'), 'written by this build, not a page');
    const { removed, foreign } = pruneStaleOutput(root, {
      made: made(root, ['index.html', 'articles/a/index.html']),
      keep: ['search-index'],
      startedMs,
      previous,
    });
    expect({ removed, foreign }).toEqual({ removed: 2, foreign: [] });
    for (const gone of ['articles/b', 'old']) expect(existsSync(join(root, gone))).toBe(false);
    for (const kept of ['index.html', 'articles/a/index.html', 'sitemap.xml', 'search-index/s/entry.json']) expect(existsSync(join(root, kept))).toBe(true);
  });

  it('never removes a file that no Arshif build wrote, nor its folder, and reports it', () => {
    const { root, startedMs, earlier } = earlierOutput(['index.html', 'articles/a/index.html']);
    const previous = recordOf(root, ['index.html', 'articles/a/index.html'], startedMs);
    writeOld(root, 'CNAME', earlier);
    writeOld(root, 'articles/a/notes.txt', earlier);
    writeOld(root, '.well-known/security.txt', earlier);
    const { removed, foreign, listing } = pruneStaleOutput(root, { made: made(root, ['index.html']), keep: [], startedMs, previous });
    expect(removed).toBe(1);
    expect(foreign.sort()).toEqual(['.well-known/security.txt', 'CNAME', 'articles/a/notes.txt']);
    for (const kept of ['CNAME', 'articles/a/notes.txt', '.well-known/security.txt']) expect(existsSync(join(root, kept))).toBe(true);
    // Still not Arshif's in the next build: the record keeps them apart.
    expect(pruneStaleOutput(root, { made: made(root, ['index.html']), keep: [], startedMs, previous: listing }).removed).toBe(0);
  });

  it('removes nothing without a record of earlier builds', () => {
    const { root, startedMs } = earlierOutput(['index.html', 'articles/b/index.html']);
    const { removed, foreign } = pruneStaleOutput(root, { made: made(root, ['index.html']), keep: [], startedMs, previous: {} });
    expect({ removed, foreign }).toEqual({ removed: 0, foreign: ['articles/b/index.html'] });
  });

  it('counts a file stamped a clock tick before the build started as written by the build', () => {
    const { root, startedMs } = earlierOutput(['old.html', 'feed.xml']);
    const previous = recordOf(root, ['old.html', 'feed.xml'], startedMs);
    // The kernel stamps files from a coarse clock: a file written right after the start can read a few ms earlier.
    writeOld(root, 'feed.xml', new Date(startedMs - 3));
    const { removed } = pruneStaleOutput(root, { made: new Set(), keep: [], startedMs, previous });
    expect(removed).toBe(1);
    expect(existsSync(join(root, 'feed.xml'))).toBe(true);
    expect(existsSync(join(root, 'old.html'))).toBe(false);
  });

  it('reads again only the folders whose entries changed, and still removes a page no longer made from a folder it did not read', () => {
    const pages = ['index.html', 'articles/a/index.html', 'articles/b/index.html', 'category/x/index.html'];
    const { root, startedMs, earlier } = earlierOutput(pages);
    const first = pruneStaleOutput(root, { made: made(root, pages), keep: [], startedMs, previous: {}, listedAtMs: later() });
    expect(first.foldersRead).toBe(6);

    const unchanged = pruneStaleOutput(root, { made: made(root, pages), keep: [], startedMs, previous: first.listing, listedAtMs: later() });
    expect(unchanged).toMatchObject({ removed: 0, foldersRead: 0 });

    // Article b deleted, a stray file put beside category x's page.
    writeOld(root, 'category/x/stray.txt', earlier);
    const next = pruneStaleOutput(root, {
      made: made(root, pages.filter((page) => page !== 'articles/b/index.html')),
      keep: [],
      startedMs,
      previous: unchanged.listing,
      listedAtMs: later(),
    });
    expect(next).toMatchObject({ removed: 1, foldersRead: 1, foreign: ['category/x/stray.txt'] });
    expect(existsSync(join(root, 'articles/b'))).toBe(false);
    expect(existsSync(join(root, 'category/x/stray.txt'))).toBe(true);
    expect(existsSync(join(root, 'category/x/index.html'))).toBe(true);

    // Both changed folders are listed again as they are now; the stray file is still told apart without a read.
    const after = pruneStaleOutput(root, { made: made(root, pages), keep: [], startedMs, previous: next.listing, listedAtMs: later() });
    expect(after).toMatchObject({ foldersRead: 0, foreign: ['category/x/stray.txt'] });
  });

  it('does not trust a listing taken right after its folders changed, but keeps what it records', () => {
    const { root, startedMs } = earlierOutput(['index.html']);
    const { listing } = pruneStaleOutput(root, { made: made(root, ['index.html']), keep: [], startedMs, previous: {} });
    expect(listing).toEqual({ '': { ctime: '', files: ['index.html'], foreign: [], folders: [] } });
  });
});

describe('the kept listing of the output folder', () => {
  it('is saved a line a folder and read back as it was; a listing of an earlier version (one object) is read too', () => {
    const files = ['index.html', 'articles/a/index.html', 'articles/b/index.html', 'CNAME'];
    const { root, startedMs } = earlierOutput(files);
    const listing = recordOf(root, files.slice(0, 3), startedMs);
    const file = join(mkdtempSync(join(tmpdir(), 'arshif-listing-')), 'output-listing.json');
    saveOutputListing(file, listing);
    expect(readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(Object.keys(listing).length);
    expect(loadOutputListing(file)).toEqual(listing);
    writeFileSync(file, JSON.stringify(listing));
    expect(loadOutputListing(file)).toEqual(listing);
    expect(loadOutputListing(join(file, '..', 'none.json'))).toEqual({});
  });
});
