// The output folder is kept between builds, so that an incremental build leaves the pages it need not render where
// they are (Astro would otherwise empty the folder and copy every one of them back from its cache). What the build
// no longer makes is removed at its end: files it neither wrote nor kept (a deleted article's page, a category
// gone, old script bundles), so nothing stale is published.

import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function pruneStaleOutput({ keep }: { keep: readonly string[] }): AstroIntegration {
  let started = 0;
  return {
    name: 'arshif-prune-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        // Every page and endpoint of this build, rendered or kept from the last one.
        const made = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const kept = new Set(keep.map((folder) => join(root, folder)));
        let removed = 0;
        const prune = (folder: string): boolean => {
          let empty = true;
          for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (kept.has(path)) empty = false;
            else if (entry.isDirectory()) {
              if (prune(path)) rmdirSync(path);
              else empty = false;
            } else if (!made.has(path) && statSync(path).mtimeMs < started) {
              unlinkSync(path);
              removed += 1;
            } else empty = false;
          }
          return empty;
        };
        prune(root);
        if (removed > 0) logger.info(`removed ${removed} files of earlier builds that this build no longer makes`);
      },
    },
  };
}
