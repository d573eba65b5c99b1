import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_MARK, outputFolderRefusal } from '../../src/lib/output-folder.ts';

/** A project folder with its content folder and cache root, and the paths of a build whose output is `outDir`. */
function project(outDir: string) {
  const projectDir = mkdtempSync(join(tmpdir(), 'arshif-project-'));
  const contentFolder = join(projectDir, 'content/articles');
  mkdirSync(contentFolder, { recursive: true });
  writeFileSync(join(contentFolder, '001.txt'), 'مقال');
  const paths = {
    outDir: join(projectDir, outDir),
    contentFolder,
    projectDir,
    cacheRoot: join(projectDir, '.arshif-cache'),
    listingPath: join(projectDir, '.arshif-cache/dist-1234/output-listing.json'),
  };
  return { projectDir, paths };
}

describe('the output folder a build may use', () => {
  it('is a new folder, an empty one, or one an Arshif build made', () => {
    expect(outputFolderRefusal(project('dist').paths)).toBeUndefined();
    const empty = project('dist');
    mkdirSync(empty.paths.outDir);
    expect(outputFolderRefusal(empty.paths)).toBeUndefined();
    const marked = project('dist');
    mkdirSync(marked.paths.outDir);
    writeFileSync(join(marked.paths.outDir, 'index.html'), '');
    writeFileSync(join(marked.paths.outDir, OUTPUT_MARK), '');
    expect(outputFolderRefusal(marked.paths)).toBeUndefined();
  });

  it('is never the project, the content or the cache, nor a folder that holds them or lies in the content', () => {
    const cases: [string, RegExp][] = [
      ['.', /is or holds the project folder/],
      ['..', /is or holds the project folder/],
      ['content', /is or holds the content folder/],
      ['content/articles', /is or holds the content folder/],
      ['content/articles/site', /is inside the content folder/],
      ['.arshif-cache', /holds the build cache/],
    ];
    for (const [outDir, refusal] of cases) expect(outputFolderRefusal(project(outDir).paths), outDir).toMatch(refusal);
  });

  it('is not a link to the content folder', () => {
    const { projectDir, paths } = project('dist');
    symlinkSync(paths.contentFolder, join(projectDir, 'dist'));
    expect(outputFolderRefusal(paths)).toMatch(/is or holds the content folder/);
  });

  it('is not a folder of other files that no Arshif build made', () => {
    const { paths } = project('public');
    mkdirSync(paths.outDir);
    writeFileSync(join(paths.outDir, 'logo.svg'), '<svg/>');
    expect(outputFolderRefusal(paths)).toMatch(/ARSHIF_OUT_DIR\) holds files that no Arshif build made/);
  });
});
