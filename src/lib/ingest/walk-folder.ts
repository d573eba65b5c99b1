// A content folder → every real file in it, once, whatever its symbolic links do; and every entry that could not
// be read as a file, with the reason. Never follows a link round a cycle, never stops at an odd entry.

import { type Dirent, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** An entry of the folder that is not read as a file, and why: a maintainer sees it in the report. */
export interface UnreadEntry {
  /** Relative to the content folder, with `/` separators. */
  path: string;
  code: string;
  reason: string;
}

export interface FolderListing {
  /** Every real file once, as sorted relative paths (through a link where the file lies outside the folder). */
  files: string[];
  /** Sorted by path. */
  unread: UnreadEntry[];
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

/** `to` is `from` or inside it. */
const isWithin = (to: string, from: string): boolean => {
  const path = relative(from, to);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..');
};

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Lists `folder`. Symbolic links are followed to files and folders wherever they point, but every real path is
 * read once: the folder's own entries first, then links in order, so a link to something already read is only
 * noted. A link to a folder that holds the content folder (`up -> ..`) would read the archive again: noted, not
 * followed. Dangling links, link loops, unreadable folders and special files (FIFOs, sockets) are noted too.
 */
export function walkFolder(folder: string): FolderListing {
  let root: string;
  try {
    root = realpathSync(folder);
    if (!statSync(root).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
  } catch (error) {
    throw new Error(`the content folder ${folder} cannot be read (${errorCode(error)}): set ARSHIF_CONTENT_DIR to a folder of article files`);
  }
  const files: string[] = [];
  const unread: UnreadEntry[] = [];
  const readAs = new Map<string, string>(); // real path → the relative path it was read as
  const links: { path: string; location: string }[] = [];
  const note = (path: string, code: string, reason: string) => unread.push({ path, code, reason });

  /** False (and noted) when the real path was read already under another path: only links lead there twice. */
  const firstVisit = (path: string, real: string): boolean => {
    const earlier = readAs.get(real);
    if (earlier === undefined) {
      readAs.set(real, path === '' ? '.' : path);
      return true;
    }
    note(path, 'read-already', `the same ${earlier === '.' ? 'folder as the content folder' : `file or folder as ${earlier}`}, read already`);
    return false;
  };
  const walk = (path: string, realDir: string) => {
    if (!firstVisit(path, realDir)) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(realDir, { withFileTypes: true });
    } catch (error) {
      note(path === '' ? '.' : path, 'unreadable-folder', `the folder cannot be read (${errorCode(error)})`);
      return;
    }
    for (const entry of entries.sort(byName)) {
      const entryPath = path === '' ? entry.name : `${path}/${entry.name}`;
      const location = join(realDir, entry.name);
      if (entry.isSymbolicLink()) links.push({ path: entryPath, location });
      else if (entry.isDirectory()) visitFolder(entryPath, location);
      else if (entry.isFile()) visitFile(entryPath, location);
      else note(entryPath, 'not-a-file', 'a special file (FIFO, socket or device), not a text file');
    }
  };
  const visitFolder = (path: string, realDir: string) => {
    if (/\.txt$/i.test(path)) note(path, 'folder-named-txt', 'a folder named like an article file: its files are read as a folder\'s');
    walk(path, realDir);
  };
  const visitFile = (path: string, real: string) => {
    if (firstVisit(path, real)) files.push(path);
  };

  walk('', root);
  // Links last, so that a file reached both directly and through a link is read under its own path. A followed
  // link to a folder can bring more links: the queue grows, but each real folder is walked once, so it ends.
  for (let index = 0; index < links.length; index += 1) {
    const { path, location } = links[index]!;
    let target: string;
    try {
      target = realpathSync(location);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT') note(path, 'dangling-link', `a symbolic link to "${readTarget(location)}", which does not exist`);
      else if (code === 'ELOOP') note(path, 'link-loop', 'a symbolic link that leads round a loop of links');
      else note(path, 'unreadable-link', `the symbolic link cannot be followed (${code})`);
      continue;
    }
    if (isWithin(root, target) && !readAs.has(target)) {
      note(path, 'link-to-parent', 'a symbolic link to a folder that holds the content folder: not followed');
      continue;
    }
    let kind: 'folder' | 'file' | 'other';
    try {
      const stats = statSync(target);
      kind = stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other';
    } catch (error) {
      note(path, 'unreadable-link', `the symbolic link cannot be followed (${errorCode(error)})`);
      continue;
    }
    if (kind === 'folder') visitFolder(path, target);
    else if (kind === 'file') visitFile(path, target);
    else note(path, 'not-a-file', 'a symbolic link to a special file (FIFO, socket or device), not a text file');
  }

  const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return { files: files.sort(byPath), unread: unread.sort((a, b) => byPath(a.path, b.path)) };
}

function readTarget(location: string): string {
  try {
    return readlinkSync(location);
  } catch {
    return '?';
  }
}
