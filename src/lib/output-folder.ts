// Whether a build may write into (and later prune) an output folder. The folder belongs to Arshif alone: a build
// refuses, before it writes anything, a folder that is or holds the content, the project or the build cache, or
// one that holds files while no Arshif build made it (its mark and its listing are both absent).

import { existsSync, mkdirSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The file an Arshif build leaves in its output folder, so that the next build knows the folder as its own. */
export const OUTPUT_MARK = '.arshif-output';

export interface OutputFolderPaths {
  outDir: string;
  contentFolder: string;
  projectDir: string;
  /** The root of the build caches (every output folder's cache is under it). */
  cacheRoot: string;
  /** The listing an earlier build of this output folder kept in its cache (see stale-output). */
  listingPath: string;
}

/** The path with links resolved, where it exists: a link to the content folder is the content folder. */
const realPath = (path: string): string => (existsSync(path) ? realpathSync(path) : path);

/** `inner` is `outer` or somewhere under it. */
const isWithin = (inner: string, outer: string): boolean => {
  const path = relative(realPath(outer), realPath(inner));
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !path.startsWith(sep));
};

/** Why the build must not use the output folder, or undefined when it may. */
export function outputFolderRefusal({ outDir, contentFolder, projectDir, cacheRoot, listingPath }: OutputFolderPaths): string | undefined {
  const named = `the output folder ${outDir} (ARSHIF_OUT_DIR)`;
  if (isWithin(projectDir, outDir)) return `${named} is or holds the project folder ${projectDir}: its files would be taken as stale output`;
  if (isWithin(contentFolder, outDir)) return `${named} is or holds the content folder ${contentFolder}: the articles would be taken as stale output`;
  if (isWithin(outDir, contentFolder)) return `${named} is inside the content folder ${contentFolder}: the site would be read back as articles`;
  if (isWithin(cacheRoot, outDir)) return `${named} holds the build cache ${cacheRoot}`;
  if (!existsSync(outDir)) return undefined;
  if (!statSync(outDir).isDirectory()) return `${named} is a file, not a folder`;
  const madeByArshif = existsSync(join(outDir, OUTPUT_MARK)) || existsSync(listingPath);
  if (!madeByArshif && readdirSync(outDir).length > 0) {
    return `${named} holds files that no Arshif build made; choose a new or empty folder (Arshif removes the files it no longer makes from its output folder, so it takes none that is not its own)`;
  }
  return undefined;
}

/** Claims the output folder for Arshif (see OUTPUT_MARK), making it if needed. */
export function markOutputFolder(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, OUTPUT_MARK), 'This folder is written by Arshif (npm run build). Do not put files here: put them in public/.\n');
}
