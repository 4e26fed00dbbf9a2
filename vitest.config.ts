import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Both cores for the core's files (vitest leaves one free by default); the e2e files still
    // run one at a time, each with its own browser and server.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts'],
          environment: 'node',
          // A guard against a hang, not a time limit: the CLI tests start the command (and compile
          // it) up to three times a test, seconds each on a busy two-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time: two cores, and each test drives its own server.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // What a poll waits for is that the page shows it, not how soon: a page's code loads on
          // its first visit, and a busy two-core machine takes more than vitest's default second.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
