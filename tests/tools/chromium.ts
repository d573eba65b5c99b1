// Finds the Chromium the end-to-end tests drive: Playwright's own build if installed, else Debian's `chromium`.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function playwrightChromium(): string | undefined {
  const path = chromium.executablePath();
  return existsSync(path) ? path : undefined;
}

/** Where a command is on the PATH, or undefined. */
export function commandPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined; // not on the PATH
  }
}

export const systemChromium = (): string | undefined => commandPath('chromium') ?? commandPath('chromium-browser');

/** The browser to launch, or undefined when neither is installed. */
export const findChromium = (): string | undefined => playwrightChromium() ?? systemChromium();
