import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    // Vitest's default on two cores is one worker, which ran the CLI tests' builds one after the other behind the
    // unit tests; and each test file imported the project's modules again. The tests share no state (the one that
    // sets TZ restores it), so a worker's files share their imports: the suite takes ~135 s instead of ~245 s here.
    maxWorkers: 2,
    isolate: false,
    globalSetup: ['tests/tools/scratch-folder.ts'],
  },
});
