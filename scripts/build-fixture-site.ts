// Builds the fixture site (tests/fixtures/ under /archive/) that the end-to-end tests also run against.

import { execFileSync } from 'node:child_process';
import { fixtureSite } from '../tests/e2e/fixture-site/settings.ts';

execFileSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ...fixtureSite.env } });
