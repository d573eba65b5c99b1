// End-to-end tests: real Chromium against built sites served over HTTP by `astro preview`:
// the sample archive (dist/), the fixture site (tests/fixtures/ under /archive/, dist-fixture-site/) and the
// search-quality site (the real corpus, dist-search-site/), and a two-shard build served from one host.

import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.ts';
import { fixtureSite } from './tests/e2e/fixture-site/settings.ts';
import { searchSite } from './tests/search/site-settings.ts';
import { shardDemo } from './tests/shards/settings.ts';

const chromiumPath = findChromium();
const samplePort = 4321;
const preview = (port: number) => `npm run preview -- --ignore-lock --host 127.0.0.1 --port ${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
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
    {
      name: 'shards',
      testDir: 'tests/shards',
      use: { baseURL: `http://127.0.0.1:${shardDemo.port}/` },
    },
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
    {
      // A plain static host over both shards' outputs.
      command: preview(shardDemo.port),
      env: { ARSHIF_OUT_DIR: shardDemo.hostDir },
      url: `http://127.0.0.1:${shardDemo.port}${shardDemo.shards[0].base}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: preview(searchSite.port),
      env: searchSite.env,
      url: `http://127.0.0.1:${searchSite.port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: preview(samplePort),
      url: `http://127.0.0.1:${samplePort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: preview(fixtureSite.port),
      env: fixtureSite.env,
      url: `http://127.0.0.1:${fixtureSite.port}${fixtureSite.base}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
