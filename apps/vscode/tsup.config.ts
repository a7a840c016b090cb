import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'tsup';

const require = createRequire(import.meta.url);
// The query package starts its analysis worker from the file next to the running module
// (`analyze-worker.cjs` beside `server.cjs`); the package does not export it, so it is found by path.
const analyzeWorker = join(dirname(require.resolve('@seedlens/query/package.json')), 'dist/analyze-worker.js');

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
    shims: true,
    clean: ['server.*', 'analyze-worker.*'],
    sourcemap: false,
  },
]);
