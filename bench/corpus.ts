// Benchmark corpora: the real articles of tests/data/saudi-news/, and N-article corpora resampled from them
// (real titles, paragraphs and vocabulary; a 20-year date spread; a dozen categories), in the raw format.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withText } from '../src/lib/article-texts.ts';
import { calendarDate } from '../src/lib/calendar-date.ts';
import { formatGregorian } from '../src/lib/format/dates.ts';
import { ingestFolder } from '../src/lib/ingest/ingest-folder.ts';

export const corpusRoot = resolve(process.env.ARSHIF_CORPUS_DIR ?? '.corpus');
/** The real articles, kept in the repository as test data (tests/data/saudi-news/, with its licence). */
const realTarball = resolve(process.env.ARSHIF_REAL_CORPUS ?? 'tests/data/saudi-news/saudi-news-5k.tar.gz');

/** The real articles, extracted once into `.corpus/saudi-news-5k/` (never committed). */
export function realCorpusFolder(): string {
  const folder = join(corpusRoot, 'saudi-news-5k');
  if (!existsSync(folder)) {
    if (!existsSync(realTarball)) throw new Error(`real corpus not found at ${realTarball} (set ARSHIF_REAL_CORPUS)`);
    mkdirSync(corpusRoot, { recursive: true });
    execFileSync('tar', ['-xzf', realTarball, '-C', corpusRoot]);
  }
  return folder;
}

const CATEGORIES = [
  'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'تكنولوجيا', 'صحة',
  'علوم', 'محليات', 'أخبار عربية ودولية', 'مقالات رأي', 'منوعات', 'تعليم',
];
const FIRST_DAY = Date.UTC(2005, 0, 1);
const DAYS = 20 * 365;
const NBSP_LINE = '\n\u00a0\n';

/** A small seeded PRNG (mulberry32), so the same N always gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes (once) and returns a folder of `count` raw articles resampled from the real corpus. */
export async function generatedCorpusFolder(count: number): Promise<string> {
  const folder = join(corpusRoot, `generated-${count}`);
  if (existsSync(folder)) return folder;
  const ingested = await ingestFolder(realCorpusFolder(), { today: '2100-01-01' });
  const real = ingested.articles.map((article) => withText(ingested.texts, article));
  const paragraphs = real.flatMap((article) => article.paragraphs);
  const next = random(count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const partial = `${folder}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    const shape = pick(real);
    const day = new Date(FIRST_DAY + Math.floor(next() * DAYS) * 86_400_000);
    const date = calendarDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
    const body = shape.paragraphs.map(() => pick(paragraphs)).join(NBSP_LINE);
    const text = `${shape.title}\n\n${shape.title}\n\n${pick(CATEGORIES)}\n\n${formatGregorian(date)}\n\n${body}\n`;
    const hash = createHash('sha256').update(`${index}\n${text}`).digest('hex').slice(0, 16);
    writeFileSync(join(partial, `${String(index).padStart(7, '0')}_${hash}.txt`), text);
  }
  renameSync(partial, folder);
  return folder;
}
