// The direction of imports, checked by dependency-cruiser (`npm run check:imports`, part of
// `npm test`). Packages depend only downwards (DESIGN.md):
//
//   core ← query ← language-server ← apps/vscode;   cli uses core and query
//
// and inside a package, no module imports from a layer above its own. Tests may import anything.

/** Paths of a package's own code, tests left out. */
const code = (pkg) => ({ path: `^${pkg}/src/`, pathNot: '\\.test\\.ts$' });

/** A workspace package by name or by where it resolves (dist/ once built, src/ by a relative path). */
const pkg = (...names) => names.map((name) => `^${name}$|^${name}/`);
const QUERY = ['@seedlens/query', 'packages/query'];
const LANGUAGE_SERVER = ['@seedlens/language-server', 'packages/language-server'];
const CLI = ['seedlens', 'packages/cli'];
const APPS = ['apps'];

/**
 * One rule per layer: a module of a layer may import its own layer and those listed before it,
 * never one listed after. `layers`: [name, path pattern] from the bottom up.
 */
function layered(prefix, layers, comment) {
  return layers.slice(0, -1).map(([name, path], i) => ({
    name: `${prefix}: ${name}`,
    comment,
    severity: 'error',
    from: { path, pathNot: '\\.test\\.ts$' },
    to: { path: layers.slice(i + 1).flatMap(([, above]) => above) },
  }));
}

const q = (p) => `^packages/query/src/${p}`;
// @seedlens/query, from the bottom up (packages/query/README.md, "How the query package is built").
const QUERY_LAYERS = [
  ['text, types and time slices', [q('text/'), q('types\\.ts$'), q('time-slice\\.ts$')]],
  ['records', q('records/')],
  ['index', q('index/')],
  ['questions', q('questions/')],
  ['corpus.ts', q('corpus\\.ts$')],
  ['files', q('files/')],
  ['analysis', q('analysis/')],
  ['store', q('store/')],
  ['open-corpus.ts', q('open-corpus\\.ts$')],
  ['index.ts', q('index\\.ts$')],
];

// Inside index/: the entity join and the full text are apart, over postings and kinds; the modules
// of index/ itself put an article into both.
const INDEX_LAYERS = [
  ['index: postings and kinds', q('index/(postings|kinds)\\.ts$')],
  ['index: join and words', [q('index/join/'), q('index/words/')]],
  ['index: articles', q('index/(?!postings\\.ts$|kinds\\.ts$)[^/]+\\.ts$')],
];

const ls = (p) => `^packages/language-server/src/${p}`;

module.exports = {
  forbidden: [
    // ---------------------------------------------------------------- between packages
    {
      name: 'core: imports no other package',
      comment: 'core is the bottom of the stack: text in, data out.',
      severity: 'error',
      from: code('packages/core'),
      to: { path: [...pkg(...QUERY, ...LANGUAGE_SERVER, ...CLI), ...APPS.map((a) => `^${a}/`)] },
    },
    {
      name: 'core: no I/O',
      comment: 'core takes a string and returns data, so it runs in Node, browsers and workers alike: no Node built-in modules.',
      severity: 'error',
      from: code('packages/core'),
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'query: imports neither the language server, nor the cli, nor an app',
      severity: 'error',
      from: code('packages/query'),
      to: { path: [...pkg(...LANGUAGE_SERVER, ...CLI), ...APPS.map((a) => `^${a}/`)] },
    },
    {
      name: 'language-server: imports neither the cli nor an app',
      severity: 'error',
      from: code('packages/language-server'),
      to: { path: [...pkg(...CLI), ...APPS.map((a) => `^${a}/`)] },
    },
    {
      name: 'cli: uses core and query only',
      severity: 'error',
      from: code('packages/cli'),
      to: { path: [...pkg(...LANGUAGE_SERVER), ...APPS.map((a) => `^${a}/`)] },
    },
    {
      name: 'no package imports another one by its sources',
      comment: "A package is used through its name and its exports, never by a relative path into its src/.",
      severity: 'error',
      from: { path: '^(packages|apps)/([^/]+)/' },
      to: { path: '^(packages|apps)/[^/]+/src/', pathNot: '^$1/$2/' },
    },
    {
      name: 'vscode: the extension takes only types from the server package',
      comment: 'The server runs in its own process (src/server-main.ts bundles it); the extension bundle carries no server code.',
      severity: 'error',
      from: { path: '^apps/vscode/src/', pathNot: ['\\.test\\.ts$', '^apps/vscode/src/server-main\\.ts$'] },
      // Whether an import is type-only is known once the server package is built (npm test builds first).
      to: { path: pkg(...LANGUAGE_SERVER, ...QUERY), dependencyTypesNot: ['type-only'], couldNotResolve: false },
    },

    // ---------------------------------------------------------------- inside @seedlens/query
    ...layered('query', QUERY_LAYERS, 'No module imports from a layer above its own (see the list in .dependency-cruiser.cjs).'),
    ...layered('query', INDEX_LAYERS, 'The entity join and the full-text index know nothing of how an article is put into them.'),
    {
      name: 'query: index: the join and the words are apart',
      severity: 'error',
      from: { path: q('index/(join|words)/'), pathNot: '\\.test\\.ts$' },
      to: { path: q('index/(join|words)/'), pathNot: '^packages/query/src/index/$1/' },
    },
    {
      name: 'query: the Corpus does no I/O',
      comment:
        'Corpus and the layers under it take data and return data; files/, analysis/ and store/ are the Node side. zlib is computation, not I/O: records/packed-text.ts deflates the texts the corpus keeps.',
      severity: 'error',
      from: { path: [q('text/'), q('records/'), q('index/'), q('questions/'), q('corpus\\.ts$'), q('types\\.ts$')], pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'], pathNot: '^zlib$' },
    },

    // ---------------------------------------------------------------- inside @seedlens/language-server
    {
      name: 'language-server: features are pure',
      comment: 'Each feature is a function of the corpus view, tested without a connection: it knows neither the server, nor the workspace, nor the connection.',
      severity: 'error',
      from: { path: ls('features/'), pathNot: '\\.test\\.ts$' },
      to: {
        path: [ls('(server|workspace|protocol|client-params|execute-command|file-watchers|work-done-progress|bin|index)\\.ts$'), '^vscode-languageserver/node'],
      },
    },
    {
      name: 'language-server: the wiring is server.ts alone',
      comment: 'Only the entry points start the server; nothing else talks to the connection.',
      severity: 'error',
      from: { path: ls(''), pathNot: [ls('(bin|index|server)\\.ts$'), '\\.test\\.ts$'] },
      to: { path: [ls('server\\.ts$'), '^vscode-languageserver/node'] },
    },

    // ---------------------------------------------------------------- everywhere
    {
      name: 'no cycles',
      comment: 'A cycle through a type-only import is no cycle at run time (core has a few).',
      severity: 'error',
      from: { path: '^(packages|apps)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    // What a package imports of another is its built dist/ (or nothing yet, before a build): a leaf.
    doNotFollow: { path: ['node_modules', '/dist/'] },
    exclude: { path: '^packages/core/src/generated/' },
    // Type-only imports are dependencies too: the direction holds for them.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
