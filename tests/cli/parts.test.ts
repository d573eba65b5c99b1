// A build in parts gives the same site as a whole-site build: the fixture site built whole and in 1, 2 and 3 parts
// (plan step, render jobs, indexer, publish step: `npm run build:parts`), compared file by file, pages, feeds,
// sitemap and search index; again after a day's update, rebuilt incrementally. And the publish step refuses what
// would publish a wrong site. The GitHub Actions workflow's own steps are run as its jobs would run them.

import { globSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, matchesGlob, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureSite, writeFixtureSiteContent } from '../e2e/fixture-site/settings.ts';
import { keptPagesIn } from '../../src/integrations/build-log.ts';
import { readBuildStats } from '../../src/lib/build-stats.ts';
import { parseSettings } from '../../src/settings.ts';
import { differences, filesOf, removeBuild } from './files.ts';
import { run } from './run.ts';

const raw = (title: string, category: string, date: string, body: string) => `${title}\n\n${category}\n\n${date}\n\n${body}\n`;

const SINGLE_PAGES = [
  '/404.html', '/category/index.html', '/dates/index.html', '/feed.json', '/hijri/index.html', '/on-this-day/index.html',
  '/opensearch.xml', '/robots.txt', '/rss.xml', '/search/index.html',
];

describe('a build in parts', () => {
  const content = writeFixtureSiteContent(join(mkdtempSync(join(tmpdir(), 'arshif-parts-')), 'articles'));
  const reports = mkdtempSync(join(tmpdir(), 'arshif-parts-reports-'));
  const envOf = (outDir: string, parts?: number) => ({
    ...fixtureSite.env,
    ARSHIF_CONTENT_DIR: content,
    ARSHIF_OUT_DIR: outDir,
    ARSHIF_REPORT: join(reports, `${outDir}.json`),
    // Search shards of a few articles, so that the parts share several out among their render jobs.
    ARSHIF_SEARCH_SHARD_SIZE: '3',
    ...(parts === undefined ? {} : { ARSHIF_PARTS: String(parts) }),
  });
  const buildWhole = (outDir: string) => {
    const { status, output } = run(['npx', 'astro', 'build'], envOf(outDir));
    expect(status, output).toBe(0);
    return filesOf(outDir);
  };
  const buildInParts = (outDir: string, parts: number) => {
    const { status, output } = run(['npm', 'run', 'build:parts'], envOf(outDir, parts));
    expect(status, output).toBe(0);
    return { files: filesOf(outDir), output };
  };
  const whole = 'dist-whole-test';
  const inParts = (parts: number) => `dist-parts-${parts}-test`;

  it('gives the same bytes as a whole-site build with 1, 2 and 3 parts, and again after a day\'s update', () => {
    for (const outDir of [whole, inParts(1), inParts(2), inParts(3)]) removeBuild(envOf(outDir));
    const reference = buildWhole(whole);
    expect(reference.has('search-index/pagefind-entry.json') && reference.has('sitemap-0.xml')).toBe(true);
    for (const parts of [1, 2, 3]) {
      const { files, output } = buildInParts(inParts(parts), parts);
      expect(differences(reference, files), `${parts} parts`).toEqual([]);
      expect(output).toContain(`${parts} parts built and published`);
      // Its figures count every file the parts made once: the site's, less what the publish step writes itself.
      const { publish } = readBuildStats(parseSettings(envOf(inParts(parts), parts)).buildStatsDir);
      expect(publish?.files).toBe([...files.keys()].filter((path) => !/^(sitemap-|search-index\/|\.arshif-output$)/.test(path)).length);
    }

    // Nothing changed: no part renders a page of its slice (the site's single pages, which have no cache key, are
    // rendered by every build, whole or in parts), and the site is the same.
    const again = buildInParts(inParts(2), 2);
    expect(differences(reference, again.files)).toEqual([]);
    const rendered = [...again.output.matchAll(/[├└]─ (\/\S+) \(\+/g)].map((match) => match[1]);
    expect(rendered.filter((path) => !SINGLE_PAGES.includes(path!))).toEqual([]);
    expect([...again.output.matchAll(/\d+ pages kept from the last build/g)].length, again.output).toBe(2);

    // A day's update: new articles, one edited, one deleted.
    writeFileSync(join(content, '900_newest01.txt'), raw('خبر أحدث', 'محليات', '٢١ مايو ٢٠١٨', 'نص الخبر الأحدث.'));
    writeFileSync(join(content, '901_past0001.txt'), raw('خبر قديم', 'قسم', '٣ مارس ٢٠١٨', 'نص الخبر القديم.'));
    writeFileSync(join(content, 'levantine.txt'), readFileSync(join(content, 'levantine.txt'), 'utf8').replace(/\n\n/, '\n\nعنوان معدّل\n\n'));
    rmSync(join(content, 'whitespace.txt'));
    const updated = buildWhole(whole);
    for (const parts of [2, 3]) {
      const { files, output } = buildInParts(inParts(parts), parts);
      expect(differences(updated, files), `${parts} parts after the update`).toEqual([]);
      expect(keptPagesIn(output), `${parts} parts after the update: pages kept, not rendered`).toBeGreaterThan(0);
    }
  }, 600_000);

  it('refuses to publish two parts that made one path with different bytes, a part not rendered or not whole, or an index of other articles', () => {
    const outDir = inParts(2);
    const env = envOf(outDir, 2);
    const before = filesOf(outDir);
    // Every part renders the error page; a part that made it differently (another version of the code) is refused.
    const tampered = join(parseSettings(env).partOutDir(2), '404.html');
    writeFileSync(tampered, `${readFileSync(tampered, 'utf8')}<!-- another build -->`);
    const conflict = run(['node', 'src/parts/publish.ts'], env);
    expect(conflict.status).toBe(1);
    expect(conflict.output).toMatch(/1 paths were made by two parts with different bytes: 404\.html \(parts 1 and 2\)\. Nothing was published\./);
    expect(differences(before, filesOf(outDir))).toEqual([]);

    const missing = run(['node', 'src/parts/publish.ts'], { ...env, ARSHIF_PARTS: '4' });
    expect(missing.status).toBe(1);
    expect(missing.output).toMatch(/part 3 of 4 has not been rendered .*: run ARSHIF_PART=3 npm run build/);

    // The plan step run again on edited content, the parts not: their search shards' index would send readers'
    // search results to pages as they were, so it is refused too.
    const edited = join(content, '900_newest01.txt'); // published, written above
    const original = readFileSync(edited, 'utf8');
    try {
      writeFileSync(edited, `${original}\u00a0\nفقرة أضيفت بعد الفهرسة.\n`);
      const plan = run(['node', 'src/parts/plan.ts'], env);
      expect(plan.status, plan.output).toBe(0);
      const stale = run(['node', 'src/parts/publish.ts'], env);
      expect(stale.status).toBe(1);
      expect(stale.output).toMatch(
        /1 search shards were not indexed from the articles the last plan step read: 2018-05\S* \(part [12]\); render their parts again\. Nothing was published\./,
      );
      expect(differences(before, filesOf(outDir))).toEqual([]);
    } finally {
      writeFileSync(edited, original);
    }

    // A part's build that stops before its end leaves no list of its pages, and the part is refused until it is
    // rendered again: here its slice's article texts are gone, so its article pages cannot be rendered.
    const settings = parseSettings(env);
    expect(run(['node', 'src/parts/plan.ts'], env).status).toBe(0);
    rmSync(join(settings.planDir, 'part-2', 'texts'), { recursive: true });
    const broken = run(['npx', 'astro', 'build', '--force'], { ...env, ARSHIF_PART: '2' });
    expect(broken.status, broken.output).toBe(1);
    const unfinished = run(['node', 'src/parts/publish.ts'], env);
    expect(unfinished.status).toBe(1);
    expect(unfinished.output).toMatch(/part 2 of 2 has not been rendered .*: run ARSHIF_PART=2 npm run build/);
    expect(differences(before, filesOf(outDir))).toEqual([]);

    // The publish step joins the files each part's build listed: one gone from the part's output folder since is
    // named, not skipped.
    expect(run(['node', 'src/parts/plan.ts'], env).status).toBe(0);
    expect(run(['npx', 'astro', 'build'], { ...env, ARSHIF_PART: '2' }).status).toBe(0);
    const [article] = readdirSync(join(settings.partOutDir(1), 'articles'));
    rmSync(join(settings.partOutDir(1), 'articles', article!, 'index.html'));
    const gone = run(['node', 'src/parts/publish.ts'], env);
    expect(gone.status).toBe(1);
    expect(gone.output).toContain(`articles/${article}/index.html, listed by part 1's build, is not in its output folder`);
    expect(gone.output).toContain('render part 1 again');
    rmSync(settings.partOutputListingPath(1));
    const unlisted = run(['node', 'src/parts/publish.ts'], env);
    expect(unlisted.status).toBe(1);
    expect(unlisted.output).toMatch(/part 1 of 2 came without the listing of its output folder .*: run ARSHIF_PART=1 npm run build/);
  }, 240_000);

  it('is built by the GitHub Actions workflow\'s steps, job after job, each on a machine of its own, as by a whole-site build', () => {
    const workflow = parse(readFileSync('.github/workflows/build.yml', 'utf8')) as Workflow;
    const steps = (job: string) => workflow.jobs[job]!.steps;
    expect(Object.values(workflow.jobs).flatMap(({ steps: all }) => all.flatMap(({ run: command }) => /^npm run build:parts -- (\w+)$/.exec(command ?? '')?.[1] ?? []))).toEqual([
      'plan', 'render', 'publish',
    ]);
    const outDir = 'dist-workflow-test';
    removeBuild(envOf(outDir));
    const siteCache = relative(process.cwd(), parseSettings(envOf(outDir)).cacheDir);
    const outputs = join(reports, 'github-output');
    writeFileSync(outputs, '');
    // The report where a CI run writes it (reports/<output folder's key>/), for the ingest-report artifact.
    const { ARSHIF_REPORT: _, ...siteEnv } = envOf(outDir, Number(workflow.env.ARSHIF_PARTS));
    const env = { ...siteEnv, GITHUB_OUTPUT: outputs };
    const ofThisSite = (path: string) => path.startsWith(`${siteCache}/`) || path.startsWith(`reports/${basename(siteCache)}`);
    // Each job starts on a fresh machine: the site's cache folder holds only the artifacts the job downloads (the
    // caches are empty on a first run), its output folder nothing; what it uploads is what its paths match.
    const artifacts = new Map<string, Map<string, Buffer>>();
    // Hidden files, and everything under a hidden folder, are left out of an artifact unless the step asks for them.
    const hidden = (path: string) => path.split('/').some((segment) => segment.startsWith('.'));
    // A sparse checkout (gitignore-like patterns, the last that matches wins) may leave the articles out: the job
    // then runs with no content folder.
    const checksOutContent = (options: StepOptions | undefined) => {
      const patterns = options?.['sparse-checkout']?.trim().split('\n') ?? ['/*'];
      const top = workflow.env.ARSHIF_CONTENT_DIR!.split('/')[0]!;
      return patterns.reduce((included, pattern) => {
        const glob = pattern.trim().replace(/^!/, '').replace(/^\//, '').replace(/\/$/, '');
        return matchesGlob(top, glob) ? !pattern.trim().startsWith('!') : included;
      }, false);
    };
    expect(['plan', 'render', 'publish'].map((job) => checksOutContent(steps(job).find(({ uses }) => uses?.startsWith('actions/checkout'))?.with))).toEqual([
      true, false, false,
    ]);
    // A step's condition: the only kind the workflow has, a part count to reach.
    const runsStep = (condition: string | undefined) => {
      if (condition === undefined) return true;
      const atLeast = /^env\.ARSHIF_PARTS >= (\d+)$/.exec(condition);
      expect(atLeast, `a condition this test does not model: ${condition}`).not.toBeNull();
      return Number(env.ARSHIF_PARTS) >= Number(atLeast![1]);
    };
    // upload-artifact stores files relative to the common ancestor of its search paths (a glob's path up to its
    // first wildcard); download-artifact puts them under its path, in a folder named by the artifact when it
    // downloads several without merging them.
    const searchRoot = (glob: string) => {
      const wildcard = glob.search(/[*?[{]/);
      if (wildcard >= 0) return glob.slice(0, glob.lastIndexOf('/', wildcard) + 1);
      return statSync(glob).isDirectory() ? glob : dirname(glob);
    };
    const commonAncestor = (folders: string[]) =>
      folders.map((folder) => folder.split('/').filter(Boolean)).reduce((common, segments) => common.filter((segment, index) => segments[index] === segment)).join('/');
    const runJob = (job: string, jobEnv: Record<string, string> = {}) => {
      for (const folder of [siteCache, outDir]) rmSync(folder, { recursive: true, force: true });
      let extra = jobEnv;
      const matrixed = (text: string) => text.replaceAll('${{ matrix.part }}', extra.ARSHIF_PART ?? '');
      for (const { if: condition, uses, run: command, with: options } of steps(job)) {
        if (!runsStep(condition)) continue;
        if (uses?.startsWith('actions/checkout') && !checksOutContent(options)) {
          extra = { ...extra, ARSHIF_CONTENT_DIR: join(reports, 'not-checked-out') };
        } else if (uses?.startsWith('actions/download-artifact')) {
          const pattern = matrixed(options!.name ?? options!.pattern!);
          for (const [name, files] of artifacts) {
            if (!matchesGlob(name, pattern)) continue;
            const into = options!.name !== undefined || options!['merge-multiple'] ? options!.path ?? '.' : join(options!.path ?? '.', name);
            for (const [path, bytes] of files) {
              mkdirSync(dirname(join(into, path)), { recursive: true });
              writeFileSync(join(into, path), bytes);
            }
          }
        } else if (uses?.startsWith('actions/upload-artifact')) {
          const name = matrixed(options!.name!);
          const globs = options!.path!.trim().split('\n').map((glob) => matrixed(glob.trim()));
          const root = commonAncestor(globs.map(searchRoot));
          const files = new Map<string, Buffer>();
          for (const glob of globs) {
            for (const match of globSync(glob)) {
              const found = statSync(match).isDirectory() ? [...filesOf(match).keys()].map((path) => join(match, path)) : [match];
              for (const path of found.filter(ofThisSite)) if (options!['include-hidden-files'] || !hidden(path)) files.set(relative(root, path), readFileSync(path));
            }
          }
          expect(files.size, `${job}: the artifact ${name} is empty`).toBeGreaterThan(0);
          artifacts.set(name, files);
        } else if (command !== undefined && command !== 'npm ci') {
          const { status, output } = run(['bash', '-c', command], { ...env, ...extra });
          expect(status, `${job}: ${command}\n${output}`).toBe(0);
        }
      }
    };
    // An action cannot run in a loop: the plan job uploads each part's slice in a step of its own, and refuses a
    // part count it has no step for.
    const sliceSteps = steps('plan').flatMap(({ with: options }) => (/^slice-\d+$/.test(options?.name ?? '') ? [options!.name] : []));
    expect(sliceSteps).toEqual(Array.from({ length: sliceSteps.length }, (_, index) => `slice-${index + 1}`));
    const partsStep = steps('plan').find(({ id }) => id === 'parts')!.run!;
    const tooMany = run(['bash', '-c', partsStep], { ...env, ARSHIF_PARTS: String(sliceSteps.length + 1) });
    expect(tooMany.status).not.toBe(0);
    expect(tooMany.output).toContain(`uploads the slices of at most ${sliceSteps.length} parts`);
    writeFileSync(outputs, '');
    runJob('plan');
    const parts = JSON.parse(/^parts=(.*)$/m.exec(readFileSync(outputs, 'utf8'))![1]!) as number[];
    expect(parts).toEqual(Array.from({ length: Number(workflow.env.ARSHIF_PARTS) }, (_, index) => index + 1));
    for (const part of parts) {
      runJob('render', { ARSHIF_PART: String(part) });
      // A render job downloads its own slice of the plan, not every part's.
      expect(readdirSync(join(siteCache, 'plan'))).toEqual([`part-${part}`]);
    }
    runJob('publish');
    expect(workflow.env.ARSHIF_OUT_DIR).toBeUndefined();
    expect(steps('publish').find(({ uses }) => uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    const published = filesOf(outDir);
    expect(differences(buildWhole(whole), published)).toEqual([]);
    for (const folder of [whole, outDir, inParts(1), inParts(2), inParts(3)]) rmSync(folder, { recursive: true, force: true });
  }, 300_000);
});

interface Workflow {
  env: Record<string, string>;
  jobs: Record<string, { steps: { id?: string; if?: string; run?: string; uses?: string; with?: StepOptions }[] }>;
}

interface StepOptions {
  name?: string;
  pattern?: string;
  path?: string;
  'include-hidden-files'?: boolean;
  'merge-multiple'?: boolean;
  'sparse-checkout'?: string;
  'sparse-checkout-cone-mode'?: boolean;
}
