// Makes sure a Chromium exists for the end-to-end tests; on Debian as root it installs the `chromium` package.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';

const fail = (message: string): never => {
  console.error(`ensure-browser: ${message}`);
  process.exit(1);
};

const found = findChromium();
if (found) {
  console.log(`ensure-browser: using ${found}`);
} else {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    fail(
      'no Chromium found. Install one, then run the tests again: `sudo apt-get install chromium` on Debian/Ubuntu, ' +
        'or `npx playwright install chromium` where downloads are allowed.',
    );
  }
  console.log("ensure-browser: no Chromium found; installing Debian's chromium package (apt-get, a few minutes)…");
  const apt = (...args: string[]) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    apt('update');
    apt('install', '-y', '--no-install-recommends', 'chromium');
  } catch {
    fail('installing chromium with apt-get failed; install it by hand (`apt-get install chromium`) and rerun.');
  }
  const installed = findChromium() ?? fail('chromium was installed but is not on the PATH.');
  console.log(`ensure-browser: installed ${installed}`);
}
