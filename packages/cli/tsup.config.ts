import { defineConfig } from 'tsup';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  entry: { bin: 'src/bin.ts' },
  format: ['esm'],
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
  // @seedlens/core stays a dependency (tsup externalizes dependencies).
  define: { __SEEDLENS_VERSION__: JSON.stringify(pkg.version) },
});
