// The archive, built once per build from the articles collection and shared by every route.

import { getCollection } from 'astro:content';
import { type Archive, buildArchive } from '../lib/archive/build-archive.ts';

let archive: Promise<Archive> | undefined;

export function loadArchive(): Promise<Archive> {
  archive ??= getCollection('articles').then((entries) =>
    buildArchive(entries.map((entry) => ({ id: entry.id, ...entry.data }))),
  );
  return archive;
}
