import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Some tests start built programs or worker threads; turbo runs every package's tests at
    // once, so on a busy two-core machine a child process can take seconds to answer.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
