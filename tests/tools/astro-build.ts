// `astro build` with extra settings in the environment, for the scripts that build the test sites.

import { execFileSync } from 'node:child_process';

export const astroBuild = (settings: Record<string, string>): void => {
  execFileSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ...settings } });
};
