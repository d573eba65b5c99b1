// The output folder is Arshif's alone. Before anything is written, the build refuses a folder it must not use
// (lib/output-folder.ts) and marks the one it uses. The folder is kept between builds, so that an incremental build
// leaves the pages it need not render where they are (Astro would otherwise empty it and copy every one of them
// back from its cache); at the end, the files earlier builds wrote and this one no longer makes are removed (a
// deleted article's page, a category gone, old script bundles), and nothing else (lib/stale-output.ts).

import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markOutputFolder, type OutputFolderPaths, outputFolderRefusal } from '../lib/output-folder.ts';
import { pruneOutputFolder } from '../lib/stale-output.ts';

export interface OutputFolderOptions extends OutputFolderPaths {
  /** Folders under the output folder that another step owns. */
  keep: readonly string[];
}

export function outputFolder(options: OutputFolderOptions): AstroIntegration {
  const { outDir, keep, listingPath } = options;
  let startedMs = 0;
  let building = false;
  let publicDir = '';
  return {
    name: 'arshif-output-folder',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
        if (!building) return;
        const refusal = outputFolderRefusal(options);
        if (refusal !== undefined) throw new Error(`${refusal}. Nothing was written.`);
      },
      // After every integration's setup, any of which may still stop the build; before the content is loaded.
      'astro:config:done': ({ config }) => {
        if (!building) return;
        publicDir = fileURLToPath(config.publicDir);
        startedMs = Date.now();
        markOutputFolder(outDir);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        // Every page and endpoint of this build, rendered or kept from the last one, and the files of public/ (copied
        // with their own times since Astro 7.4, so they look older than the build).
        const root = fileURLToPath(dir);
        const made = new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...publicFilesIn(publicDir, root)]);
        const { info, warnings } = pruneOutputFolder(root, listingPath, { made, keep, startedMs });
        for (const line of info) logger.info(line);
        for (const line of warnings) logger.warn(line);
      },
    },
  };
}

/** Where the files of the public folder are in the output folder. */
function publicFilesIn(publicDir: string, outDir: string): string[] {
  if (!existsSync(publicDir)) return [];
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(outDir, relative(publicDir, join(entry.parentPath, entry.name))));
}
