// Removing from a kept output folder the files a build neither wrote nor kept. Listing a site's ~125k folders took
// 6 s of every 100k rebuild, so the folder's listing is kept between builds: a folder is read again only when its
// ctime changed, which the file system does whenever an entry is added to it, removed or renamed (and which, unlike
// the mtime, no program can set back).

import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

interface FolderEntries {
  /** The folder's ctime in nanoseconds when it was listed. */
  ctime: string;
  files: string[];
  folders: string[];
}

/** Folders by their path under the output folder (`''` for the output folder itself). */
export type OutputListing = Record<string, FolderEntries>;

export interface PruneOptions {
  /** Every file this build wrote or kept on purpose (absolute paths). */
  made: ReadonlySet<string>;
  /** Folders under the output folder left as they are (another step owns them). */
  keep: readonly string[];
  /** When the build started: a file written since is this build's even when `made` does not name it. */
  startedMs: number;
  /** The listing the last prune returned. */
  previous: OutputListing;
  /** When the listing is taken: now, unless a test says later. */
  listedAtMs?: number;
}

export interface PruneResult {
  removed: number;
  /** Folders read from the disk; the others were taken from `previous`. */
  foldersRead: number;
  /** The output folder's listing after the prune, for the next build. */
  listing: OutputListing;
}

/**
 * A ctime this close to the moment of listing is not trusted the next time: a file system may stamp a later change
 * with the same time (1–2 s steps on some, a clock tick on others).
 */
const RECENT_NS = 2_000_000_000n;

/**
 * How far a file's time may lag behind `Date.now()`: the kernel stamps files from a coarse clock, one tick behind
 * (up to 2.97 ms measured here), so a file written just after the build started may look older than its start.
 */
const FILE_CLOCK_LAG_MS = 10;

const ctimeOf = (folder: string): string => String(statSync(folder, { bigint: true }).ctimeNs);

export function pruneStaleOutput(root: string, { made, keep, startedMs, previous, listedAtMs = Date.now() }: PruneOptions): PruneResult {
  const kept = new Set(keep);
  const listing: OutputListing = {};
  let removed = 0;
  let foldersRead = 0;

  const entriesOf = (path: string, relative: string): FolderEntries => {
    const ctime = ctimeOf(path);
    const listed = previous[relative];
    if (listed?.ctime === ctime) return listed;
    foldersRead += 1;
    const entries = readdirSync(path, { withFileTypes: true });
    return {
      ctime,
      files: entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name),
      folders: entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
    };
  };

  /** Prunes a folder; returns whether it is left empty. */
  const prune = (path: string, relative: string): boolean => {
    const entries = entriesOf(path, relative);
    const files = entries.files.filter((name) => {
      const file = join(path, name);
      if (made.has(file) || statSync(file).mtimeMs >= startedMs - FILE_CLOCK_LAG_MS) return true;
      unlinkSync(file);
      removed += 1;
      return false;
    });
    const folders = entries.folders.filter((name) => {
      const folder = relative === '' ? name : `${relative}/${name}`;
      if (kept.has(folder)) return true;
      if (!prune(join(path, name), folder)) return true;
      rmdirSync(join(path, name));
      return false;
    });
    const changed = files.length !== entries.files.length || folders.length !== entries.folders.length;
    listing[relative] = changed ? { ctime: ctimeOf(path), files, folders } : entries;
    return files.length === 0 && folders.length === 0;
  };

  prune(root, '');
  const trustedBefore = BigInt(listedAtMs) * 1_000_000n - RECENT_NS;
  for (const [folder, entries] of Object.entries(listing)) {
    if (BigInt(entries.ctime) >= trustedBefore) delete listing[folder];
  }
  return { removed, foldersRead, listing };
}
