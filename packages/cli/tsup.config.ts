import { defineConfig } from 'tsup';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  entry: { bin: 'src/bin.ts' },
  format: ['esm'],
  clean: true,
  sourcemap: true,
  // Maps point at the sources without carrying them: the map command bundles Natural Earth's
  // basemap (world-atlas) and d3-geo, whose text would triple the package's size.
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
  // @seedlens/core stays a dependency (tsup externalizes dependencies).
  define: { __SEEDLENS_VERSION__: JSON.stringify(pkg.version) },
});
