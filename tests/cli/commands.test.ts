import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptPagesIn } from '../../src/integrations/build-log.ts';
import type { IngestReport } from '../../src/lib/ingest/report.ts';
import { parseSettings } from '../../src/site.ts';
import { run } from './run.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'arshif-cli-'));

describe('npm run check', () => {
  it('reports every problem with file and line, writes the JSON report, and fails on rejections', () => {
    const report = join(scratch(), 'report.json');
    const { status, output } = run([process.execPath, 'scripts/check-content.ts'], {
      ARSHIF_CONTENT_DIR: 'tests/fixtures',
      ARSHIF_REPORT: report,
    });
    expect(status).toBe(1);
    expect(output).toContain('no-date.txt:5: error: no date could be read from "يوم ما" [no-date]');
    expect(output).toContain('13 article files read: 7 published (2 with warnings), 6 rejected; 0 other files ignored');
    const written = JSON.parse(readFileSync(report, 'utf8')) as IngestReport;
    expect(written.summary).toEqual({ read: 13, published: 7, withWarnings: 2, rejected: 6, otherShards: 0, ignored: 0, unread: 0 });
    expect(written.files.filter((file) => file.status === 'rejected').map((file) => file.file)).toEqual([
      'binary.txt',
      'empty.txt',
      'impossible-date.txt',
      'no-body.txt',
      'no-date.txt',
      'whitespace.txt',
    ]);
    // Every file that is not rejected is published, under its id and date.
    const rejected = new Set(written.files.filter((file) => file.status === 'rejected').map((file) => file.file));
    expect(written.published).toHaveLength(7);
    for (const entry of written.published) {
      expect(rejected.has(entry.file)).toBe(false);
      expect(entry).toEqual({ file: expect.stringMatching(/\.txt$/), id: expect.stringMatching(/^[a-z0-9-]+$/), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    }
  }, 60_000); // a process of its own, beside the build tests

  it('passes on a clean folder', () => {
    const { status, output } = run([process.execPath, 'scripts/check-content.ts'], {
      ARSHIF_CONTENT_DIR: 'content/articles',
      ARSHIF_REPORT: join(scratch(), 'report.json'),
    });
    expect(status).toBe(0);
    expect(output).toMatch(/\d+ article files read: \d+ published \(0 with warnings\), 0 rejected/);
  }, 60_000);
});

describe('ARSHIF_STRICT=1', () => {
  it('makes the build fail when a file is rejected', () => {
    const content = scratch();
    writeFileSync(join(content, '001_aaaa.txt'), 'عنوان\n\nقسم\n\n٢٠ مايو ٢٠١٨\n\nنص.\n');
    writeFileSync(join(content, '002_bbbb.txt'), '');
    const { status, output } = run(['npx', 'astro', 'build'], {
      ARSHIF_STRICT: '1',
      ARSHIF_CONTENT_DIR: content,
      ARSHIF_OUT_DIR: join(scratch(), 'dist'),
      ARSHIF_REPORT: join(scratch(), 'report.json'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('002_bbbb.txt: error: the file is empty or holds only whitespace');
    expect(output).toContain('1 article files were rejected (strict mode)');
  }, 60_000);
});

describe('a rebuild', () => {
  it('indexes again only the search shards whose articles changed, and reuses the others', () => {
    const outDir = 'dist-rebuild-test';
    rmSync(parseSettings({ ARSHIF_OUT_DIR: outDir }).cacheDir, { recursive: true, force: true });
    const content = scratch();
    cpSync('content/articles', content, { recursive: true });
    const build = () => {
      const result = run(['npx', 'astro', 'build'], {
        ARSHIF_CONTENT_DIR: content,
        ARSHIF_OUT_DIR: outDir,
        ARSHIF_SEARCH_SHARD_SIZE: '10',
        ARSHIF_REPORT: join(scratch(), 'report.json'),
      });
      expect(result.status, result.output).toBe(0);
      const files = new Map<string, string[]>();
      for (const shard of readdirSync(join(outDir, 'search-index'), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
        files.set(shard.name, readdirSync(join(outDir, 'search-index', shard.name)).sort());
      }
      return { output: result.output, files };
    };

    const first = build();
    const shards = [...first.files.keys()];
    expect(shards.length).toBeGreaterThan(1);
    for (const shard of shards) expect(first.output).toMatch(new RegExp(`search shard ${shard}: \\d+ articles in`));

    // A mark planted in every shard's folder of the site shows which folders are put there again.
    for (const shard of shards) writeFileSync(join(outDir, 'search-index', shard, 'planted'), '');
    // The seed article is of 20 May 2018: one shard holds it.
    appendFileSync(join(content, '000_bdcf7e066c1938b0.txt'), '\u00a0\nفقرة أضيفت بعد البناء الأول.\n');
    const second = build();
    // Pages kept from the first build are counted, not listed.
    expect(keptPagesIn(second.output)).toBeGreaterThan(100);
    expect(second.output).not.toMatch(/\((cached|restored)\)/);
    expect(first.output).toContain('├─ /articles/bdcf7e066c1938b0/index.html');
    const reindexed = shards.filter((shard) => new RegExp(`search shard ${shard}: \\d+ articles in`).test(second.output));
    expect(reindexed).toHaveLength(1);
    const [changed] = reindexed as [string];
    expect(changed).toMatch(/^2018/);
    expect(second.files.get(changed)).not.toEqual(first.files.get(changed)); // its metadata file is named by content
    expect(second.files.get(changed)).not.toContain('planted');
    for (const shard of shards.filter((key) => key !== changed)) {
      expect(second.output).toMatch(new RegExp(`search shard ${shard}: \\d+ articles, unchanged since the last build: bundle reused`));
      expect(second.files.get(shard)).toEqual([...first.files.get(shard)!, 'planted'].sort()); // not linked again
    }
    rmSync(outDir, { recursive: true, force: true });
  }, 120_000);
});

describe('a build of a hostile content folder', () => {
  it('finishes when nothing publishes, with every entry of a folder of link cycles accounted for', () => {
    const content = scratch();
    mkdirSync(join(content, 'sub/deeper'), { recursive: true });
    mkdirSync(join(content, 'x.txt'));
    writeFileSync(join(content, 'sub/deeper/empty.txt'), '');
    symlinkSync('./sub', join(content, 'loop-link'));
    symlinkSync('..', join(content, 'sub/deeper/up'));
    symlinkSync('nowhere.txt', join(content, 'dangling.txt'));
    const outDir = join(scratch(), 'dist');
    const { status, output } = run(
      ['npx', 'astro', 'build'],
      { ARSHIF_CONTENT_DIR: content, ARSHIF_OUT_DIR: outDir, ARSHIF_REPORT: join(scratch(), 'report.json') },
      120_000,
    );
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/unhandled|Stack trace/i);
    expect(output).toContain(
      '1 article files read: 0 published (0 with warnings), 1 rejected; 0 other files ignored; 4 folder entries not read',
    );
    for (const entry of ['dangling.txt: not read', 'loop-link: not read', 'sub/deeper/up: not read', 'x.txt: not read']) {
      expect(output).toContain(entry);
    }
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('لا توجد مقالات في الأرشيف بعد');
    expect(readFileSync(join(outDir, 'search/index.html'), 'utf8')).toContain('فهرس البحث فارغ');
    expect(readFileSync(join(outDir, 'rss.xml'), 'utf8')).not.toContain('<item>');
  }, 150_000);
});
