// End-to-end tests: real Chromium against built sites served over HTTP by `astro preview`:
// the sample archive (dist/), the fixture site (tests/fixtures/ under /archive/, dist-fixture-site/) and the
// search-quality site (the real corpus, dist-search-site/); the conformance project checks the same builds' files
// (HTML validity, feeds) without a server.

import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/tools/chromium.ts';
import { fixtureSite } from './tests/e2e/fixture-site/settings.ts';
import { searchSite } from './tests/search/site-settings.ts';

const chromiumPath = findChromium();
const samplePort = 4321;
/** `astro preview` of one built site (its settings in `env`), ready when `path` answers. */
const preview = (port: number, path: string, env: Record<string, string>) => ({
  command: `npm run preview -- --ignore-lock --host 127.0.0.1 --port ${port}`,
  env,
  url: `http://127.0.0.1:${port}${path}`,
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/tools/scratch-folder.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // Reads the built files only: HTML validity and feed conformance of every site.
    { name: 'conformance', testDir: 'tests/conformance' },
    {
      name: 'search-quality',
      testDir: 'tests/search',
      use: { baseURL: `http://127.0.0.1:${searchSite.port}/` },
    },
    {
      name: 'sample',
      testIgnore: 'fixture-site/**',
      use: { baseURL: `http://127.0.0.1:${samplePort}/` },
    },
    {
      name: 'fixture-site',
      testMatch: 'fixture-site/**/*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${fixtureSite.port}${fixtureSite.base}` },
    },
  ],
  webServer: [
    preview(searchSite.port, '/', searchSite.env),
    preview(samplePort, '/', {}),
    preview(fixtureSite.port, fixtureSite.base, fixtureSite.env),
  ],
});
