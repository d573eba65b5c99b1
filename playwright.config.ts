// End-to-end tests: real Chromium against the built site (`dist/`), served over HTTP by `astro preview`.

import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.ts';
import { normaliseBase } from './src/site.ts';

const chromiumPath = findChromium();
const port = Number(process.env.E2E_PORT ?? 4321);
const base = normaliseBase(process.env.ARSHIF_BASE);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
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
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
