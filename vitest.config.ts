import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vitest's default on two cores is one worker, which ran the CLI tests' builds one after the other behind the unit
  // tests: two workers take the suite from ~245 s to ~160 s on this machine, although the builds share the cores.
  test: { include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'], maxWorkers: 2 },
});
