import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // The basemap (world-atlas) and d3-geo are bundled: the cli and the extension bundle this
  // package in turn, and CommonJS consumers need no ESM-only import.
  noExternal: [/.*/],
});
