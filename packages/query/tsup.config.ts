import { defineConfig } from 'tsup';

export default defineConfig({
  // The worker is its own file, dist/analyze-worker.{js,cjs}: openCorpus starts it from next to the
  // running module, and the VS Code extension bundles it by that name.
  entry: { index: 'src/index.ts', 'analyze-worker': 'src/analysis/analyze-worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  // import.meta.url in the CJS build (to find the worker and core's files).
  shims: true,
});
