// Finds the Chromium the end-to-end tests drive: Playwright's own build if installed, else Debian's `chromium`.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function playwrightChromium(): string | undefined {
  const path = chromium.executablePath();
  return existsSync(path) ? path : undefined;
}

export function systemChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not on the PATH: try the next name
    }
  }
  return undefined;
}

/** The browser to launch, or undefined when neither is installed. */
export const findChromium = (): string | undefined => playwrightChromium() ?? systemChromium();
