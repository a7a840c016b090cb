import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const require = createRequire(import.meta.url);
// The query package starts its analysis worker from the file next to the running module
// (`analyze-worker.cjs` beside `server.cjs`); the package does not export it, so it is found by path.
const analyzeWorker = join(dirname(require.resolve('@seedlens/query/package.json')), 'dist/analyze-worker.js');

// Core's data (the gazetteer and the name model's weights) comes in parts of at most 512 KB that
// core requires on first use (see packages/core/scripts/generated-parts.mjs): they stay files of
// their own beside the bundles, so that a thread that analyses nothing does not load them, and
// glibc's malloc is not led to keep more memory by reading one 5 MB file.
const coreParts = join(dirname(require.resolve('@seedlens/core/package.json')), 'dist/generated');
const corePartsOutside: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'core-parts-outside',
  setup(build) {
    build.onResolve({ filter: /^\.\/generated\/[a-z-]+-\d+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// Everything is bundled (the .vsix carries no node_modules); only `vscode`, which the editor
// provides, stays outside. A negative look-ahead, because tsup checks noExternal before external.
const everythingButVscode = /^(?!vscode$)/;

export default defineConfig([
  {
    entry: { extension: 'src/extension.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    noExternal: [everythingButVscode],
    // Each build cleans only its own files: the two run side by side in dist/.
    clean: ['extension.*'],
    sourcemap: true,
  },
  {
    // The language server, one self-contained file, plus its optional worker (without it, large
    // folders are analysed on the server's main thread). shims: import.meta.url in CommonJS.
    entry: { server: 'src/server-main.ts', 'analyze-worker': analyzeWorker },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    platform: 'node',
    target: 'node20',
    noExternal: [/.*/],
    esbuildPlugins: [corePartsOutside],
    shims: true,
    clean: ['server.*', 'analyze-worker.*', 'generated'],
    sourcemap: false,
    onSuccess: async () => cpSync(coreParts, 'dist/generated', { recursive: true }),
  },
]);
