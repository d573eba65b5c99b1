import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptPagesIn } from '../../src/integrations/build-log.ts';
import { readBuildStats } from '../../src/lib/build-stats.ts';
import type { IngestReport } from '../../src/lib/ingest/report.ts';
import { parseSettings } from '../../src/settings.ts';
import { pagefindInNode } from '../tools/pagefind-in-node.ts';
import { run } from './run.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'arshif-cli-'));

/** The sample archive with a byte-identical copy of its seed article. */
function sampleWithACopyOfTheSeed(): string {
  const content = scratch();
  cpSync('content/articles', content, { recursive: true });
  cpSync('content/articles/000_bdcf7e066c1938b0.txt', join(content, 'copy-of-the-seed.txt'));
  return content;
}

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
    expect(written.summary).toEqual({ read: 13, published: 7, withWarnings: 2, rejected: 6, duplicates: 0, ignored: 0, unread: 0 });
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

  it('passes on a folder whose only fault is byte-identical copies, and counts them apart', () => {
    const content = sampleWithACopyOfTheSeed();
    const report = join(scratch(), 'report.json');
    const { status, output } = run([process.execPath, 'scripts/check-content.ts'], { ARSHIF_CONTENT_DIR: content, ARSHIF_REPORT: report, ARSHIF_BUILD_DAY: '2024-02-29' });
    expect(status, output).toBe(0);
    expect(output).toContain('25 article files read: 24 published (0 with warnings), 0 rejected; 1 duplicates of published files;');
    expect(output).toContain('copy-of-the-seed.txt: warning: the file is byte-identical to 000_bdcf7e066c1938b0.txt, which is published');
    const written = JSON.parse(readFileSync(report, 'utf8')) as IngestReport;
    expect(written.files).toEqual([expect.objectContaining({ file: 'copy-of-the-seed.txt', status: 'duplicate' })]);
    expect(written.today).toBe('2024-02-29'); // the build day, not the clock's
  }, 60_000);

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
      ARSHIF_SITE_URL: 'https://news.example.org',
      ARSHIF_CONTENT_DIR: content,
      ARSHIF_OUT_DIR: join(scratch(), 'dist'),
      ARSHIF_REPORT: join(scratch(), 'report.json'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('002_bbbb.txt: error: the file is empty or holds only whitespace');
    expect(output).toContain('1 article files were rejected (strict mode)');
  }, 60_000);

  it('makes the build fail without a site URL, before anything is written', () => {
    const outDir = join(scratch(), 'dist');
    const { status, output } = run(['npx', 'astro', 'build'], { ARSHIF_STRICT: '1', ARSHIF_OUT_DIR: outDir, ARSHIF_REPORT: join(scratch(), 'report.json') });
    expect(status).not.toBe(0);
    expect(output).toContain('ARSHIF_SITE_URL is not set: canonical links, feeds, the sitemap and OpenSearch point at http://localhost:4321');
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);

  it('passes with byte-identical copies of published files, which a build without strict mode warns of too', () => {
    const content = sampleWithACopyOfTheSeed();
    const env = { ARSHIF_CONTENT_DIR: content, ARSHIF_OUT_DIR: join(scratch(), 'dist'), ARSHIF_REPORT: join(scratch(), 'report.json') };
    const strict = run(['npx', 'astro', 'build'], { ...env, ARSHIF_STRICT: '1', ARSHIF_SITE_URL: 'https://news.example.org' });
    expect(strict.status, strict.output).toBe(0);
    expect(strict.output).toContain('24 published (0 with warnings), 0 rejected; 1 duplicates of published files;');
    expect(strict.output).not.toContain('ARSHIF_SITE_URL is not set');
    const plain = run(['npx', 'astro', 'build'], env);
    expect(plain.status, plain.output).toBe(0);
    expect(plain.output).toContain('[WARN] [arshif-build-summary] ARSHIF_SITE_URL is not set');
  }, 120_000);
});

/** Every file under `folder` with its bytes, to show that a command changed nothing there. */
const snapshot = (folder: string) =>
  new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name)).toString('base64')]),
  );

describe('the output folder', () => {
  it('is refused, before anything is written, when it is or holds the content folder or the project', () => {
    const content = snapshot('content');
    // Other tests make and remove their output folders (`dist-…-test`) meanwhile.
    const project = readdirSync('.').filter((entry) => !/^dist-.+-test$/.test(entry));
    const sources = snapshot('src');
    for (const [outDir, refusal] of [
      ['content', 'is or holds the content folder'],
      ['.', 'is or holds the project folder'],
      ['..', 'is or holds the project folder'],
    ]) {
      const { status, output } = run(['npx', 'astro', 'build'], { ARSHIF_OUT_DIR: outDir!, ARSHIF_REPORT: join(scratch(), 'report.json') });
      expect(status, outDir).not.toBe(0);
      expect(output).toContain(`(ARSHIF_OUT_DIR) ${refusal}`);
      expect(output).toContain('Nothing was written.');
    }
    expect(snapshot('content')).toEqual(content);
    // Nothing of the project went.
    expect(project.filter((entry) => !existsSync(entry))).toEqual([]);
    expect(snapshot('src')).toEqual(sources);
  }, 120_000);

  it('is refused when it holds files that no Arshif build made, and left as it was', () => {
    const outDir = scratch();
    writeFileSync(join(outDir, 'notes.md'), 'a maintainer\'s notes');
    mkdirSync(join(outDir, 'photos'));
    writeFileSync(join(outDir, 'photos/2018.jpg'), 'not really a photo');
    const before = snapshot(outDir);
    const { status, output } = run(['npx', 'astro', 'build'], { ARSHIF_OUT_DIR: outDir, ARSHIF_REPORT: join(scratch(), 'report.json') });
    expect(status).not.toBe(0);
    expect(output).toContain('holds files that no Arshif build made');
    expect(snapshot(outDir)).toEqual(before);
  }, 60_000);

  it('keeps a file a maintainer put there across rebuilds, while the page of a deleted article goes', () => {
    const content = scratch();
    cpSync('content/articles', content, { recursive: true });
    const outDir = join(scratch(), 'dist');
    const build = () => run(['npx', 'astro', 'build'], { ARSHIF_CONTENT_DIR: content, ARSHIF_OUT_DIR: outDir, ARSHIF_REPORT: join(scratch(), 'report.json') });
    expect(build().status).toBe(0);
    writeFileSync(join(outDir, 'CNAME'), 'news.example.org');
    rmSync(join(content, '000_bdcf7e066c1938b0.txt'));
    const rebuild = build();
    expect(rebuild.status, rebuild.output).toBe(0);
    expect(existsSync(join(outDir, 'articles/bdcf7e066c1938b0'))).toBe(false);
    expect(readFileSync(join(outDir, 'CNAME'), 'utf8')).toBe('news.example.org');
    expect(rebuild.output).toContain('1 files in the output folder were not written by this build nor recorded as an earlier build\'s (CNAME)');
    expect(rebuild.output).toMatch(/removed \d+ files of earlier builds that this build no longer makes/);
  }, 120_000);
});

describe('a rebuild', () => {
  it('indexes again only the search shards whose articles changed, merges them, and writes no unchanged file again', async () => {
    const outDir = 'dist-rebuild-test';
    rmSync(parseSettings({ ARSHIF_OUT_DIR: outDir }).cacheDir, { recursive: true, force: true });
    const content = scratch();
    cpSync('content/articles', content, { recursive: true });
    const index = join(outDir, 'search-index');
    const env = { ARSHIF_CONTENT_DIR: content, ARSHIF_OUT_DIR: outDir, ARSHIF_SEARCH_SHARD_SIZE: '10', ARSHIF_REPORT: join(scratch(), 'report.json') };
    const site = parseSettings(env);
    const build = () => {
      const result = run(['npx', 'astro', 'build'], env);
      expect(result.status, result.output).toBe(0);
      const indexed = [...result.output.matchAll(/search shard (\S+): \d+ articles indexed in/g)].map(([, key]) => key!);
      // Each published file's identity (inode): a file written again is a new one.
      const files = new Map(readdirSync(index, { recursive: true, encoding: 'utf8' }).map((path) => [path, statSync(join(index, path)).ino]));
      return { output: result.output, indexed, files };
    };
    const added = 'أضيفت'; // a word of no article of the sample

    const first = build();
    expect(first.indexed.length).toBeGreaterThan(1);
    expect(readdirSync(index).filter((name) => name.endsWith('.pf_meta'))).toHaveLength(1); // one bundle
    expect((await (await pagefindInNode(index)).search(added)).results).toHaveLength(0);

    // `astro sync`, which `npm run typecheck` runs first, does not read the content: the build's caches and its
    // content store stay as they were (else the next build would parse every file again).
    const recordWritten = statSync(site.ingestRecordPath).mtimeMs;
    const sync = run(['npx', 'astro', 'sync'], env);
    expect(sync.status, sync.output).toBe(0);
    expect(sync.output).toContain('astro sync: the content folder is not read');
    expect(statSync(site.ingestRecordPath).mtimeMs).toBe(recordWritten);

    // The seed article is of 20 May 2018: one shard holds it.
    appendFileSync(join(content, '000_bdcf7e066c1938b0.txt'), `\u00a0\nفقرة ${added} بعد البناء الأول.\n`);
    const second = build();
    expect(keptPagesIn(second.output)).toBeGreaterThan(100);
    const { ingest } = readBuildStats(site.buildStatsDir);
    expect(ingest?.unchanged, 'files not parsed again').toBe(ingest!.files - 1);
    expect(second.indexed).toHaveLength(1);
    expect(second.indexed[0]).toMatch(/^2018/);
    expect(second.output).toMatch(new RegExp(`search index: ${first.indexed.length} shards \\(${first.indexed.length - 1} unchanged since the last build\\)`));
    const fragments = (files: Map<string, number>) => [...files.keys()].filter((path) => path.startsWith('fragment/'));
    const rewritten = fragments(second.files).filter((path) => second.files.get(path) !== first.files.get(path));
    expect(rewritten).toHaveLength(1); // the edited article's excerpt text; the 23 others are the same files
    expect(fragments(second.files)).toHaveLength(fragments(first.files).length);
    expect((await (await pagefindInNode(index)).search(added)).results).toHaveLength(1);

    // No change: no shard indexed, the merged index kept as it is.
    const third = build();
    expect(third.indexed).toEqual([]);
    expect(third.output).toContain('no shard changed since the last build, merged index kept');
    expect(third.files).toEqual(second.files);
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
