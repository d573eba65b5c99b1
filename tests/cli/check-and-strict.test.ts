import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestReport } from '../../src/lib/ingest/report.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'arshif-cli-'));

function run(command: string[], env: Record<string, string>) {
  const [program = '', ...args] = command;
  const result = spawnSync(program, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
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
    expect(written.summary).toEqual({ read: 13, published: 7, withWarnings: 2, rejected: 6, otherShards: 0, ignored: 0 });
    expect(written.files.filter((file) => file.status === 'rejected').map((file) => file.file)).toEqual([
      'binary.txt',
      'empty.txt',
      'impossible-date.txt',
      'no-body.txt',
      'no-date.txt',
      'whitespace.txt',
    ]);
  });

  it('passes on a clean folder', () => {
    const { status, output } = run([process.execPath, 'scripts/check-content.ts'], {
      ARSHIF_CONTENT_DIR: 'content/articles',
      ARSHIF_REPORT: join(scratch(), 'report.json'),
    });
    expect(status).toBe(0);
    expect(output).toMatch(/\d+ article files read: \d+ published \(0 with warnings\), 0 rejected/);
  });
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
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('002_bbbb.txt: error: the file is empty or holds only whitespace');
    expect(output).toContain('1 article files were rejected (strict mode)');
  }, 60_000);
});
