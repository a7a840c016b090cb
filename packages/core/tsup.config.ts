import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  // chrono-node stays a dependency; the generated gazetteer JSON is bundled in.
  external: ['chrono-node'],
});
