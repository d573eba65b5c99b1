// Incremental builds give the same bytes as clean builds: the fixture site is changed step by step the way a
// newsroom changes an archive, rebuilt incrementally after each step, and compared file by file (pages, feeds,
// sitemap, search index) with a clean build of the same content.

import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite, writeFixtureSiteContent } from '../e2e/fixture-site/settings.ts';
import { keptPagesIn } from '../../src/integrations/build-log.ts';
import { readBuildStats } from '../../src/lib/build-stats.ts';
import { parseSettings } from '../../src/settings.ts';
import { differences, filesOf, removeBuild } from './files.ts';
import { run } from './run.ts';

const raw = (title: string, category: string, date: string, body: string) => `${title}\n\n${category}\n\n${date}\n\n${body}\n`;

describe('an incremental build', () => {
  it('gives the same bytes as a clean build after each change to the content', () => {
    const content = writeFixtureSiteContent(join(mkdtempSync(join(tmpdir(), 'arshif-incremental-')), 'articles'));
    const scratch = mkdtempSync(join(tmpdir(), 'arshif-incremental-out-'));
    let buildDay: string = fixtureSite.env.ARSHIF_BUILD_DAY;
    const build = (outDir: string, clean: boolean) => {
      const env = {
        ...fixtureSite.env,
        ARSHIF_CONTENT_DIR: content,
        ARSHIF_OUT_DIR: outDir,
        ARSHIF_REPORT: join(scratch, `${outDir}.json`),
        ARSHIF_BUILD_DAY: buildDay,
      };
      if (clean) removeBuild(env);
      const { status, output } = run(['npx', 'astro', 'build', ...(clean ? ['--force'] : [])], env);
      expect(status, output).toBe(0);
      // The build's figures, which the benchmarks read, agree with its log.
      const { build: figures, searchIndex } = readBuildStats(parseSettings(env).buildStatsDir);
      expect(figures?.pagesKept).toBe(keptPagesIn(output));
      expect(figures?.pagesRendered).toBe([...output.matchAll(/├─ \/\S+ \(\+/g)].length);
      expect(searchIndex?.shardsReused).toBe(Number(/\((\d+) unchanged since the last build\) in/.exec(output)?.[1]));
      return { restored: keptPagesIn(output), files: filesOf(outDir) };
    };
    const incremental = 'dist-incremental-test';
    const clean = 'dist-clean-test';
    build(incremental, true);

    const steps: [string, () => void][] = [
      [
        'new articles on the newest day and in the past',
        () => {
          writeFileSync(join(content, '900_newest01.txt'), raw('خبر أحدث', 'محليات', '٢١ مايو ٢٠١٨', 'نص الخبر الأحدث.'));
          writeFileSync(join(content, '901_past0001.txt'), raw('خبر قديم', 'قسم', '٣ مارس ٢٠١٨', 'نص الخبر القديم.'));
        },
      ],
      [
        'an edited title and an edited body',
        () => {
          writeFileSync(join(content, '900_newest01.txt'), raw('خبر أحدث معدّل', 'محليات', '٢١ مايو ٢٠١٨', 'نص الخبر الأحدث.'));
          writeFileSync(join(content, '901_past0001.txt'), raw('خبر قديم', 'قسم', '٣ مارس ٢٠١٨', 'نص معدّل للخبر القديم.'));
        },
      ],
      [
        'a changed category',
        () => writeFileSync(join(content, '901_past0001.txt'), raw('خبر قديم', 'محليات', '٣ مارس ٢٠١٨', 'نص معدّل للخبر القديم.')),
      ],
      ['a deleted file and a renamed one', () => {
        rmSync(join(content, '900_newest01.txt'));
        renameSync(join(content, 'levantine.txt'), join(content, 'levantine-renamed.txt'));
      }],
      [
        'a new category',
        () => writeFileSync(join(content, '902_newcat01.txt'), raw('خبر في قسم جديد', 'قسم جديد', '٢١ مايو ٢٠١٨', 'نص.')),
      ],
      // The home's "on this day" is the one page that depends on the build day.
      ['the next build day', () => (buildDay = '2019-05-21')],
    ];
    // Every kind of page and feed is among the files compared.
    const everyKind = [
      'index.html', 'articles/injection/index.html', 'category/index.html', 'dates/index.html', '2018/05/20/index.html',
      'hijri/index.html', 'hijri/1439/index.html', 'hijri/1439/09/index.html', 'on-this-day/05-20/index.html',
      'rss.xml', 'feed.json', 'opensearch.xml', 'sitemap-0.xml',
    ];
    for (const [change, apply] of steps) {
      apply();
      const rebuilt = build(incremental, false);
      const reference = build(clean, true);
      expect(differences(reference.files, rebuilt.files), change).toEqual([]);
      expect(everyKind.filter((path) => !reference.files.has(path)), change).toEqual([]);
      expect(rebuilt.restored, `${change}: pages kept, not rendered`).toBeGreaterThan(0);
      expect(reference.restored).toBe(0);
    }
    for (const outDir of [incremental, clean]) rmSync(outDir, { recursive: true, force: true });
  }, 600_000);
});
