import { defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  define: { __SEEDLENS_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['src/**/*.test.ts'],
    // Some tests start the built CLI; turbo runs every package's tests at once, so on a busy
    // two-core machine a child process can take seconds to answer.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
