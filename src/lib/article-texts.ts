// Articles' paragraphs by the digest of their content: written once by the ingest when a file is parsed, read by
// the article pages, the feeds and the search staging. Content-addressed, so a digest always names the same text
// and a page whose props carry the digest cannot show a text its cache key does not cover.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleWithText } from './article.ts';
import { writeFileWhole } from './write-file-whole.ts';

export interface ArticleTexts {
  /** Keeps the paragraphs and returns their digest. */
  put(paragraphs: readonly string[]): string;
  has(digest: string): boolean;
  /** The paragraphs kept under a digest; throws when there are none. */
  get(digest: string): string[];
}

export const textDigest = (paragraphs: readonly string[]): string =>
  createHash('sha256').update(JSON.stringify(paragraphs)).digest('hex').slice(0, 32);

export const withText = (texts: ArticleTexts, article: Article): ArticleWithText => ({
  ...article,
  paragraphs: texts.get(article.textDigest),
});

/** Texts held in memory: for `npm run check`, tools and tests. */
export function memoryTexts(): ArticleTexts {
  const texts = new Map<string, string[]>();
  return {
    put(paragraphs) {
      const digest = textDigest(paragraphs);
      texts.set(digest, [...paragraphs]);
      return digest;
    },
    has: (digest) => texts.has(digest),
    get(digest) {
      const paragraphs = texts.get(digest);
      if (!paragraphs) throw new Error(`no article text has the digest ${digest}`);
      return paragraphs;
    },
  };
}

/** Where a folder of texts (below) keeps the text of `digest`. */
export const textFile = (dir: string, digest: string): string => join(dir, digest.slice(0, 2), `${digest}.json`);

/**
 * Texts in a folder, one JSON file per digest under a folder named by its first two characters (so no folder
 * holds more than a few thousand files at a million articles). The folder is listed once, when first asked what
 * it holds: one listing instead of a file check per article.
 */
export function folderTexts(dir: string): ArticleTexts & { prune(keep: ReadonlySet<string>): number } {
  const folderOf = (name: string) => join(dir, name.slice(0, 2));
  const fileOf = (digest: string) => textFile(dir, digest);
  let listed: Set<string> | undefined;
  const listing = (): Set<string> =>
    (listed ??= new Set(existsSync(dir) ? readdirSync(dir).flatMap((folder) => readdirSync(join(dir, folder))) : []));
  return {
    put(paragraphs) {
      const digest = textDigest(paragraphs);
      // Written again even when present: only parsed files are put, so a clean build rewrites every text.
      writeFileWhole(fileOf(digest), JSON.stringify(paragraphs));
      listed?.add(`${digest}.json`);
      return digest;
    },
    has: (digest) => listing().has(`${digest}.json`),
    get(digest) {
      try {
        return JSON.parse(readFileSync(fileOf(digest), 'utf8')) as string[];
      } catch (error) {
        throw new Error(`the article text ${digest} cannot be read from ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)}); a clean build (npm run build -- --force) writes it again`);
      }
    },
    /** Removes every text not in `keep` (and leftovers of interrupted writes); returns how many went. */
    prune(keep) {
      const names = listing();
      let removed = 0;
      for (const name of [...names]) {
        if (name.endsWith('.json') && keep.has(name.slice(0, -'.json'.length))) continue;
        rmSync(join(folderOf(name), name), { force: true, recursive: true });
        names.delete(name);
        removed += 1;
      }
      return removed;
    },
  };
}
