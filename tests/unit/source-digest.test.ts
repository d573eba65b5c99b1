import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importClosure, sourceDigest } from '../../src/lib/source-digest.ts';

describe('the digest of the code that makes something', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arshif-source-'));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  const url = (name: string) => pathToFileURL(join(dir, name));
  write('entry.ts', "import { b } from './b.ts';\nimport {\n  c,\n  d,\n} from './sub/../c.ts';\nimport type { T } from './types.ts';\nimport { x } from 'a-package';\nexport { e } from './e.ts';\n");
  write('b.ts', "import { c } from './c.ts';\nexport const b = c;\n");
  write('c.ts', 'export const c = 1;\n');
  write('e.ts', 'export const e = 2;\n');
  write('types.ts', 'export type T = string;\n');

  it('follows relative imports (on several lines, re-exports), not packages or imports of types only', () => {
    expect(importClosure([url('entry.ts')]).map((module) => module.pathname.split('/').pop())).toEqual(['b.ts', 'c.ts', 'e.ts', 'entry.ts']);
  });

  it('changes when a module of the closure changes, and only then', () => {
    const before = sourceDigest([url('entry.ts')]);
    write('types.ts', 'export type T = number;\n');
    expect(sourceDigest([url('entry.ts')])).toBe(before);
    write('c.ts', 'export const c = 3;\n');
    expect(sourceDigest([url('entry.ts')])).not.toBe(before);
  });

  it('covers the code of a search record, from the staging down to the Arabic letters', () => {
    const names = importClosure([new URL('../../src/search/stage.ts', import.meta.url)]).map((module) => module.pathname.split('/src/').pop());
    expect(names).toEqual(expect.arrayContaining(['search/stage.ts', 'lib/search/record.ts', 'lib/search/normalize.ts', 'lib/search/shown-text.ts', 'lib/arabic.ts', 'lib/format/dates.ts']));
  });
});
