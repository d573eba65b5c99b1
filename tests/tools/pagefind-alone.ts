// Pagefind's own index of a build's search records, all at once: what the merged index is compared with (the merge
// test, the search benchmark). `inOrder`: records are added one at a time in the shards' order, so that Pagefind
// numbers the pages as the merge does (slow: one round trip each); otherwise in batches.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { SearchShard } from '../../src/lib/search/shards.ts';
import { type RecordSource, shardRecords } from '../../src/search/stage.ts';

export async function indexAtOnce(source: RecordSource, shards: readonly SearchShard[], outputPath: string, { inOrder = true } = {}): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  let batch: Promise<pagefind.NewFileResponse>[] = [];
  const flush = async () => {
    for (const added of await Promise.all(batch)) if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    batch = [];
  };
  for (const shard of shards) {
    for await (const record of shardRecords(source, shard)) {
      batch.push(index.addHTMLFile({ url: record.url, content: record.html }));
      if (inOrder || batch.length >= 200) await flush();
    }
  }
  await flush();
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/**
 * A bundle's index files by path, uncompressed (gzip streams differ from one compressor to another): the words'
 * chunks, filters, metadata and entry, and the excerpt fragments unless left out.
 */
export function indexFiles(dir: string, { fragments = true } = {}): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const folder of fragments ? ['index', 'filter', 'fragment'] : ['index', 'filter']) {
    if (!existsSync(join(dir, folder))) continue; // Pagefind writes no `filter/` for pages without filters
    for (const name of readdirSync(join(dir, folder))) files[`${folder}/${name}`] = gunzipSync(readFileSync(join(dir, folder, name)));
  }
  for (const name of readdirSync(dir)) if (name.endsWith('.pf_meta')) files[name] = gunzipSync(readFileSync(join(dir, name)));
  files['pagefind-entry.json'] = readFileSync(join(dir, 'pagefind-entry.json'));
  return files;
}
