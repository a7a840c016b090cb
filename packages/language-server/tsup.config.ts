import { defineConfig } from 'tsup';
import pkg from './package.json' with { type: 'json' };

const define = { __SEEDLENS_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    define,
  },
  {
    // The executable; @seedlens/* and vscode-languageserver stay dependencies (tsup externalizes them).
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define,
  },
]);
