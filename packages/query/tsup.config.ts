import { defineConfig } from 'tsup';

export default defineConfig({
  // The worker is its own file: openCorpus starts it from next to the running module.
  entry: ['src/index.ts', 'src/analyze-worker.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  // import.meta.url in the CJS build (to find the worker and core's files).
  shims: true,
});
