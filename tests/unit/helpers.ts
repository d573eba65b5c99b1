// Shared by the unit tests: fixture paths and the fixed "today" that makes date checks reproducible.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/lib/article.ts';
import { memoryTexts } from '../../src/lib/article-texts.ts';

export const fixturesFolder = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const seedPath = fileURLToPath(new URL('../../content/articles/000_bdcf7e066c1938b0.txt', import.meta.url));
export const today = '2026-01-01';

export const fixtureBytes = (name: string): Uint8Array => readFileSync(`${fixturesFolder}${name}`);

/** The texts of the fixture articles. */
export const fixtureTexts = memoryTexts();

/** A minimal published article for archive queries. */
export const articleFixture = (id: string, date: string, category = 'رياضة', paragraphs = ['نص']): Article => ({
  id,
  date,
  category,
  title: `عنوان ${id}`,
  textDigest: fixtureTexts.put(paragraphs),
});
