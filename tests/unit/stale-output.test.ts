import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneStaleOutput } from '../../src/lib/stale-output.ts';

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

describe('pruning the kept output folder', () => {
  it('removes what the build neither made nor wrote, and the folders left empty, but not the kept folders', () => {
    const { root, startedMs } = earlierOutput(['index.html', 'articles/a/index.html', 'articles/b/index.html', 'old/deep/x.txt', 'search-index/s/entry.json']);
    writeFileSync(join(root, 'sitemap.xml'), 'written by this build, not a page');
    const { removed } = pruneStaleOutput(root, {
      made: made(root, ['index.html', 'articles/a/index.html']),
      keep: ['search-index'],
      startedMs,
      previous: {},
    });
    expect(removed).toBe(2);
    for (const gone of ['articles/b', 'old']) expect(existsSync(join(root, gone))).toBe(false);
    for (const kept of ['index.html', 'articles/a/index.html', 'sitemap.xml', 'search-index/s/entry.json']) expect(existsSync(join(root, kept))).toBe(true);
  });

  it('counts a file stamped a clock tick before the build started as written by the build', () => {
    const { root, startedMs } = earlierOutput(['old.html']);
    // The kernel stamps files from a coarse clock: a file written right after the start can read a few ms earlier.
    writeOld(root, 'feed.xml', new Date(startedMs - 3));
    const { removed } = pruneStaleOutput(root, { made: new Set(), keep: [], startedMs, previous: {} });
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
    expect(next).toMatchObject({ removed: 2, foldersRead: 1 });
    expect(existsSync(join(root, 'articles/b'))).toBe(false);
    expect(existsSync(join(root, 'category/x/stray.txt'))).toBe(false);
    expect(existsSync(join(root, 'category/x/index.html'))).toBe(true);

    // Both changed folders are listed again as they are now.
    expect(pruneStaleOutput(root, { made: made(root, pages), keep: [], startedMs, previous: next.listing, listedAtMs: later() }).foldersRead).toBe(0);
  });

  it('does not trust a listing taken right after its folders changed', () => {
    const { root, startedMs } = earlierOutput(['index.html']);
    const { listing } = pruneStaleOutput(root, { made: made(root, ['index.html']), keep: [], startedMs, previous: {} });
    expect(listing).toEqual({});
  });
});
