import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  entry: ['src/index.ts'],
  target: 'es2022',
  platform: 'neutral',
  // chrono-node and yaml stay dependencies; the generated gazetteer and name-model weights ship in dist/generated/.
  external: ['chrono-node', 'yaml'],
};

/** The parts of the generated data (scripts/generated-parts.mjs): src/generated/<name>-<i>.ts. */
const PART = /^[a-z-]+-\d+$/;
const parts = readdirSync('src/generated')
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => PART.test(name));
/** What glibc's malloc would take as a reason to keep more memory (see scripts/generated-parts.mjs). */
const MAX_FILE_BYTES = 512 * 1024;

/**
 * Each part of the generated data left out of the bundle, which requires its file
 * (dist/generated/<name>-<i>.cjs) the first time the part's function is called: no file of core is
 * over 512 KB, and a thread that analyses nothing reads none of the 5 MB of data.
 */
const lazyParts: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-generated-parts',
  setup(build) {
    build.onResolve({ filter: /^\.\/[a-z-]+-\d+\.js$/ }, (args) =>
      args.importer.includes('/src/generated/') ? { path: args.path.slice(2, -3), namespace: 'lazy-part' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-part' }, (args) => ({
      contents: `export default function part() {\n  return require('./generated/${args.path}.cjs').default();\n}\n`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/generated\/[a-z-]+-\d+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * yaml required the first time front matter is read rather than when core loads: few articles
 * have any, and loading yaml (72 files) costs every process and worker thread 35–70 ms and 1.5 MB.
 */
const lazyYaml: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-yaml',
  setup(build) {
    // src/source/yaml.ts, which re-exports yaml's parse, replaced by one that requires yaml when called.
    build.onResolve({ filter: /^\.\/yaml\.js$/ }, (args) => (args.importer.includes('/src/source/') ? { path: 'yaml', namespace: 'lazy-yaml' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({
      contents: `let yaml;\nexport function parse(...args) {\n  yaml ??= require('yaml');\n  return yaml.parse(...args);\n}\n`,
      loader: 'js',
    }));
  },
};

/**
 * dist/generated/<part>.cjs for each part, written here rather than bundled: a module that leaves
 * Node's module cache once its function has run, so that its source (which V8 keeps for as long as
 * a function of the script lives: 5 MB in all, in every thread that analyses) can be freed. A part
 * is read once per thread; read again, it is loaded again. Bundlers keep their own module cache.
 */
function writeParts(): void {
  rmSync('dist/generated', { recursive: true, force: true });
  mkdirSync('dist/generated');
  for (const name of parts) {
    const source = readFileSync(`src/generated/${name}.ts`, 'utf8');
    const literal = /return ('(?:[^'\\\n]|\\.)*');/.exec(source)?.[1];
    if (!literal || !/^[\x20-\x7e]*$/.test(literal)) throw new Error(`tsup.config: src/generated/${name}.ts is not a part scripts/generated-parts.mjs wrote`);
    writeFileSync(
      `dist/generated/${name}.cjs`,
      `'use strict';
// Part of @seedlens/core's generated data (scripts/generated-parts.mjs), read once per thread.
function forget() {
  if (typeof require !== 'function' || !require.cache) return;
  delete require.cache[module.id];
  for (const m of Object.values(require.cache)) {
    const at = m && Array.isArray(m.children) ? m.children.indexOf(module) : -1;
    if (at >= 0) m.children.splice(at, 1);
  }
}
exports.default = function part() {
  forget();
  return ${literal};
};
`,
    );
  }
  checkFileSizes(parts.map((name) => `dist/generated/${name}.cjs`));
}

/** Fails the build when a file Node would load is over MAX_FILE_BYTES. */
function checkFileSizes(files: string[]): void {
  for (const file of files) {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) throw new Error(`tsup.config: ${file} is ${size} bytes, over ${MAX_FILE_BYTES} (see scripts/generated-parts.mjs)`);
  }
}

/**
 * dist/index.cjs with every character beyond ASCII written as an escape. V8 keeps a script's
 * source for as long as its functions live, and a few curly quotes in regular expressions (which
 * esbuild leaves as they are) made the whole 5 MB source two bytes a character, in every thread
 * that loads core. \uXXXX means the same character in strings, templates, regular expressions
 * (with or without the u flag, a surrogate pair included) and comments.
 */
function escapeNonAscii(): void {
  const file = './dist/index.cjs';
  const source = readFileSync(file, 'utf8');
  writeFileSync(file, source.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** dist/index.js: Node's "ESM wrapper" over the CommonJS build, its names read from that build so they cannot drift. */
function writeEsmWrapper(): void {
  const require = createRequire(import.meta.url);
  const cjs = './dist/index.cjs';
  delete require.cache[require.resolve(cjs)];
  const names = Object.keys(require(cjs) as object).filter((n) => n !== 'default' && n !== '__esModule').sort();
  if (names.length === 0) throw new Error('tsup.config: dist/index.cjs exports nothing');
  writeFileSync(
    'dist/index.js',
    `// Generated by tsup.config.ts: the ES module entry re-exports the CommonJS build, so the data ships once.\n` +
      `import core from './index.cjs';\n\nexport const { ${names.join(', ')} } = core;\n`,
  );
}

export default defineConfig([
  {
    ...shared,
    // One full build only (CommonJS): the gazetteer and the model weights ship once, not once per format.
    format: ['cjs'],
    dts: true,
    // Each config cleans only its own files: the two run side by side in dist/.
    clean: ['index.cjs*', 'index.d.cts', 'index.js*'],
    // Maps keep file/line positions but not the sources (which are not published and would double the size).
    sourcemap: true,
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    esbuildPlugins: [lazyParts, lazyYaml],
    // The ES module entry is a thin wrapper importing ./index.cjs (works for Node import, TS node16/bundler and esbuild).
    onSuccess: async () => {
      escapeNonAscii();
      writeEsmWrapper();
      writeParts();
      checkFileSizes(['dist/index.cjs']);
    },
  },
  {
    ...shared,
    // Types for the `import` condition (dist/index.d.ts), same content as dist/index.d.cts.
    format: ['esm'],
    dts: { only: true },
    clean: ['index.d.ts'],
  },
]);
