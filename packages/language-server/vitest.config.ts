import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // test/ starts the built server as a child process; indexing the seeds takes a few seconds cold.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
