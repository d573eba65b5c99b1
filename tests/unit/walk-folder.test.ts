import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFolder } from '../../src/lib/ingest/walk-folder.ts';

/** A folder with `files` (path → text) and `links` (path → target, as `ln -s` takes it). */
function folderWith(files: Record<string, string>, links: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'arshif-walk-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  for (const [name, target] of Object.entries(links)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    symlinkSync(target, join(folder, name));
  }
  return folder;
}

const codes = (listing: ReturnType<typeof walkFolder>) => listing.unread.map((entry) => [entry.path, entry.code]);

describe('walkFolder', () => {
  it('ends on a cycle of folder links and reads each real file once, under its own path', () => {
    const folder = folderWith(
      { 'a.txt': 'a', 'sub/deeper/b.txt': 'b' },
      { 'loop-link': './sub', 'sub/deeper/up': '..', 'sub/deeper/root': '../..', 'alias.txt': 'a.txt' },
    );
    const listing = walkFolder(folder);
    expect(listing.files).toEqual(['a.txt', 'sub/deeper/b.txt']);
    expect(codes(listing)).toEqual([
      ['alias.txt', 'read-already'],
      ['loop-link', 'read-already'],
      ['sub/deeper/root', 'read-already'],
      ['sub/deeper/up', 'read-already'],
    ]);
    expect(listing.unread[0]?.reason).toContain('a.txt');
  });

  it('follows links to files and folders outside the folder, but not to a folder that holds it', () => {
    const outside = folderWith({ 'old/c.txt': 'c', 'd.txt': 'd' });
    const folder = folderWith({ 'a.txt': 'a' }, { 'old-dump': join(outside, 'old'), 'd.txt': join(outside, 'd.txt') });
    symlinkSync(join(folder, '..'), join(folder, 'parent'));
    const listing = walkFolder(folder);
    expect(listing.files).toEqual(['a.txt', 'd.txt', 'old-dump/c.txt']);
    expect(codes(listing)).toEqual([['parent', 'link-to-parent']]);
  });

  it('notes dangling links, link loops, folders named like articles and special files, with reasons', () => {
    const folder = folderWith({ 'x.txt/inner.txt': 'i' }, { 'dangling.txt': 'nowhere.txt', 'self.txt': 'self.txt' });
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    const listing = walkFolder(folder);
    expect(listing.files).toEqual(['x.txt/inner.txt']);
    expect(codes(listing)).toEqual([
      ['dangling.txt', 'dangling-link'],
      ['pipe.txt', 'not-a-file'],
      ['self.txt', 'link-loop'],
      ['x.txt', 'folder-named-txt'],
    ]);
    expect(listing.unread[0]?.reason).toContain('nowhere.txt');
  });

  it('keeps names with newlines and other odd characters', () => {
    const folder = folderWith({ 'line\nbreak.txt': 'a', 'space name.txt': 'b', 'عربي.txt': 'c' });
    expect(walkFolder(folder).files).toEqual(['line\nbreak.txt', 'space name.txt', 'عربي.txt']);
  });
});

describe('walkFolder on a content folder that is not one', () => {
  it('says which folder and why, and what to set', () => {
    expect(() => walkFolder('/nonexistent/arshif-content')).toThrow(
      /the content folder \/nonexistent\/arshif-content cannot be read \(ENOENT\): set ARSHIF_CONTENT_DIR/,
    );
  });
});
