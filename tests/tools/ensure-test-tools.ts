// Makes sure the end-to-end tests' system tools exist: a Chromium to drive and a Java runtime for the Nu HTML
// Checker (vnu-jar). On Debian as root it installs what is missing from Debian's packages (`chromium`,
// `default-jre-headless`) in one apt-get run; elsewhere it says what to install.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { commandPath, findChromium } from './chromium.ts';

interface Tool {
  name: string;
  find: () => string | undefined;
  debianPackage: string;
  howTo: string;
}

const tools: Tool[] = [
  {
    name: 'Chromium',
    find: findChromium,
    debianPackage: 'chromium',
    howTo: '`sudo apt-get install chromium` on Debian/Ubuntu, or `npx playwright install chromium` where downloads are allowed',
  },
  {
    name: 'a Java runtime (for the HTML checker)',
    find: () => commandPath('java'),
    debianPackage: 'default-jre-headless',
    howTo: '`sudo apt-get install default-jre-headless` on Debian/Ubuntu, or any Java 11+ on the PATH',
  },
];

const fail = (message: string): never => {
  console.error(`ensure-test-tools: ${message}`);
  process.exit(1);
};

const missing = tools.filter((tool) => {
  const found = tool.find();
  if (found) console.log(`ensure-test-tools: ${tool.name}: ${found}`);
  return !found;
});

if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    fail(`missing: ${missing.map((tool) => `${tool.name} (${tool.howTo})`).join('; ')}. Install, then run the tests again.`);
  }
  const packages = missing.map((tool) => tool.debianPackage);
  console.log(`ensure-test-tools: installing Debian's ${packages.join(', ')} (apt-get, a few minutes)…`);
  const apt = (...args: string[]) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    apt('update');
    apt('install', '-y', '--no-install-recommends', ...packages);
  } catch {
    fail(`installing ${packages.join(', ')} with apt-get failed; install by hand (\`apt-get install ${packages.join(' ')}\`) and rerun.`);
  }
  for (const tool of missing) {
    const installed = tool.find() ?? fail(`${tool.debianPackage} was installed but ${tool.name} is not on the PATH.`);
    console.log(`ensure-test-tools: installed ${installed}`);
  }
}
