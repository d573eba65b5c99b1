// `astro build` with extra settings in the environment, for the scripts that build the test sites.

import { execFileSync } from 'node:child_process';
import { buildEnvironment } from './environment.ts';

export const astroBuild = (settings: Record<string, string>): void => {
  execFileSync('npx', ['astro', 'build'], { stdio: 'inherit', env: buildEnvironment(settings) });
};
