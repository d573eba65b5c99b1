// The output folder is kept between builds, so that an incremental build leaves the pages it need not render where
// they are (Astro would otherwise empty the folder and copy every one of them back from its cache). What the build
// no longer makes is removed at its end: files it neither wrote nor kept (a deleted article's page, a category
// gone, old script bundles), so nothing stale is published.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type OutputListing, pruneStaleOutput } from '../lib/stale-output.ts';
import { writeFileWhole } from '../lib/write-file-whole.ts';

export interface PruneOutputOptions {
  /** Folders under the output folder that another step owns. */
  keep: readonly string[];
  /** Where the output folder's listing is kept between builds (see lib/stale-output.ts). */
  listingPath: string;
}

export function pruneOutput({ keep, listingPath }: PruneOutputOptions): AstroIntegration {
  let startedMs = 0;
  return {
    name: 'arshif-prune-output',
    hooks: {
      'astro:build:start': () => {
        startedMs = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        // Every page and endpoint of this build, rendered or kept from the last one.
        const made = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const previous = existsSync(listingPath) ? (JSON.parse(readFileSync(listingPath, 'utf8')) as OutputListing) : {};
        const { removed, listing } = pruneStaleOutput(fileURLToPath(dir), { made, keep, startedMs, previous });
        writeFileWhole(listingPath, JSON.stringify(listing));
        if (removed > 0) logger.info(`removed ${removed} files of earlier builds that this build no longer makes`);
      },
    },
  };
}
