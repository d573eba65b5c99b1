// Global setup of both test runners: one scratch folder for the whole run, made the temp folder (TMPDIR) of every
// test worker and of every build a test starts, and removed when the run ends. The tests make their folders with
// `mkdtempSync(join(tmpdir(), …))` and do not remove them one by one: without this, each run left ~100 folders
// (~200 MB) in the machine's temp folder.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function scratchFolder(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'arshif-tests-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
