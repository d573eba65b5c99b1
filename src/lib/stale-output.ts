// Removing from a kept output folder the files that an earlier build wrote and this build no longer makes, and
// nothing else: the listing kept between builds records, per folder, which files Arshif wrote there; any other file
// (a maintainer's CNAME, a host's verification file) is left where it is and reported.
// Listing a site's ~125k folders took 6 s of every 100k rebuild, so a folder is read again only when its ctime
// changed, which the file system does whenever an entry is added to it, removed or renamed (and which, unlike the
// mtime, no program can set back).

import { existsSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { jsonLines, readJsonLines } from './json-lines.ts';
import { writeFileWhole } from './write-file-whole.ts';

interface FolderEntries {
  /** The folder's ctime in nanoseconds when it was listed; empty when that listing is not to be trusted. */
  ctime: string;
  /** Files that Arshif's builds wrote here. */
  files: string[];
  /** Files here that no Arshif build wrote: never removed. Absent in listings of earlier versions (none kept). */
  foreign?: string[];
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
  /** The listing the last prune returned: what earlier builds wrote. */
  previous: OutputListing;
  /** When the listing is taken: now, unless a test says later. */
  listedAtMs?: number;
}

export interface PruneResult {
  removed: number;
  /** Files in the output folder that no Arshif build wrote (paths under it), left as they are. */
  foreign: string[];
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

/** An entry's path under the output folder, from its folder's (`''` for the output folder itself). */
const pathIn = (folder: string, name: string): string => (folder === '' ? name : `${folder}/${name}`);

export function pruneStaleOutput(root: string, { made, keep, startedMs, previous, listedAtMs = Date.now() }: PruneOptions): PruneResult {
  const kept = new Set(keep);
  const listing: OutputListing = {};
  const foreign: string[] = [];
  let removed = 0;
  let foldersRead = 0;

  const entriesOf = (path: string, relative: string): { ctime: string; files: string[]; folders: string[] } => {
    const ctime = ctimeOf(path);
    const listed = previous[relative];
    if (listed !== undefined && listed.ctime === ctime) return { ctime, files: [...listed.files, ...(listed.foreign ?? [])], folders: listed.folders };
    foldersRead += 1;
    const entries = readdirSync(path, { withFileTypes: true });
    return {
      ctime,
      files: entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name),
      folders: entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
    };
  };

  /** Prunes a folder; returns whether it was left empty by removing stale files (and so may go too). */
  const prune = (path: string, relative: string): boolean => {
    const entries = entriesOf(path, relative);
    const wroteBefore = new Set(previous[relative]?.files ?? []);
    const ours: string[] = [];
    const others: string[] = [];
    let removedHere = false;
    for (const name of entries.files) {
      const file = join(path, name);
      if (made.has(file) || statSync(file).mtimeMs >= startedMs - FILE_CLOCK_LAG_MS) ours.push(name);
      else if (wroteBefore.has(name)) {
        unlinkSync(file);
        removed += 1;
        removedHere = true;
      } else {
        others.push(name);
        foreign.push(pathIn(relative, name));
      }
    }
    const folders = entries.folders.filter((name) => {
      const folder = pathIn(relative, name);
      if (kept.has(folder) || !prune(join(path, name), folder)) return true;
      rmdirSync(join(path, name));
      removedHere = true;
      return false;
    });
    listing[relative] = { ctime: removedHere ? ctimeOf(path) : entries.ctime, files: ours, foreign: others, folders };
    return removedHere && ours.length === 0 && others.length === 0 && folders.length === 0;
  };

  prune(root, '');
  // A folder listed too soon after it changed is read again next time; what Arshif wrote there is still recorded.
  const trustedBefore = BigInt(listedAtMs) * 1_000_000n - RECENT_NS;
  for (const entries of Object.values(listing)) if (BigInt(entries.ctime) >= trustedBefore) entries.ctime = '';
  return { removed, foreign, foldersRead, listing };
}

/** The listing is kept as a line of JSON per folder (lib/json-lines.ts): a site of 1M articles has ~1.2M folders. */
export const saveOutputListing = (file: string, listing: OutputListing): void => writeFileWhole(file, jsonLines(Object.entries(listing)));

/** The listing `saveOutputListing` kept; empty when there is none. A listing of earlier versions is one object. */
export function loadOutputListing(file: string): OutputListing {
  const listing: OutputListing = {};
  if (!existsSync(file)) return listing;
  for (const value of readJsonLines(file)) {
    if (!Array.isArray(value)) return value as OutputListing;
    const [folder, entries] = value as [string, FolderEntries];
    listing[folder] = entries;
  }
  return listing;
}

/** Every file a listing records (Arshif's and others'), by its path under the output folder. */
export function* listedFiles(listing: OutputListing): Generator<string> {
  for (const [folder, { files, foreign = [] }] of Object.entries(listing)) {
    for (const name of [...files, ...foreign]) yield pathIn(folder, name);
  }
}

/** Files not Arshif's named in the build log; the rest are counted. */
const FOREIGN_NAMED = 5;

/**
 * Prunes the output folder against the listing kept at `listingPath` and keeps the new listing there; returns the
 * lines the build prints about it.
 */
export function pruneOutputFolder(outDir: string, listingPath: string, options: Omit<PruneOptions, 'previous'>): { info: string[]; warnings: string[] } {
  const { removed, foreign, listing } = pruneStaleOutput(outDir, { ...options, previous: loadOutputListing(listingPath) });
  saveOutputListing(listingPath, listing);
  const named = foreign.slice(0, FOREIGN_NAMED).join(', ') + (foreign.length > FOREIGN_NAMED ? ', …' : '');
  return {
    info: removed > 0 ? [`removed ${removed} files of earlier builds that this build no longer makes`] : [],
    warnings:
      foreign.length > 0
        ? [
            `${foreign.length} files in the output folder were not written by this build nor recorded as an earlier build's ` +
              `(${named}); left as they are, and published with the site. Files to publish belong in public/.`,
          ]
        : [],
  };
}
