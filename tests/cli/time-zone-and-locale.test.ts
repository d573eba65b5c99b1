// The same content gives the same site whatever the machine's time zone and locale: the fixture site built on a
// machine set 14 hours ahead of UTC in Thai (whose default calendar is the Buddhist one: 1970 is its 2513) and on
// one 10 hours behind UTC in the C locale, compared file by file (pages, feeds, sitemap, search index).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fixtureSite, writeFixtureSiteContent } from '../e2e/fixture-site/settings.ts';
import { differences, filesOf, removeBuild } from './files.ts';
import { run } from './run.ts';

const MACHINES = {
  'Kiritimati, Thai': { TZ: 'Pacific/Kiritimati', LC_ALL: 'th_TH.UTF-8', LANG: 'th_TH.UTF-8' },
  'Adak, C': { TZ: 'America/Adak', LC_ALL: 'C', LANG: 'C' },
};

it('builds the same bytes in time zones a day apart and in different locales', () => {
  const content = writeFixtureSiteContent(join(mkdtempSync(join(tmpdir(), 'arshif-zones-')), 'articles'));
  const sites = Object.entries(MACHINES).map(([machine, environment], index) => {
    const env = { ...fixtureSite.env, ARSHIF_CONTENT_DIR: content, ARSHIF_OUT_DIR: `dist-zone-test-${index + 1}` };
    removeBuild(env);
    const { status, output } = run(['npx', 'astro', 'build'], { ...env, ...environment });
    expect(status, `${machine}: ${output}`).toBe(0);
    return filesOf(env.ARSHIF_OUT_DIR);
  });
  const [first, second] = sites as [Map<string, Buffer>, Map<string, Buffer>];
  expect(first.size).toBeGreaterThan(40);
  expect(differences(first, second)).toEqual([]);
}, 240_000);
