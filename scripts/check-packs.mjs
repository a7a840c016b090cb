#!/usr/bin/env node
// Checks what users install: packs every published package as `npm publish` would (its prepack
// builds it), then, on the tarballs:
//
// - each holds its dist/ build, every file its package.json points at (exports, main, types, bin),
//   README.md and LICENSE, and stays within its unpacked-size budget;
// - publint (--strict: warnings fail too) and, for packages with types, @arethetypeswrong/cli;
// - all of them installed together into a scratch project: our packages must resolve to these
//   tarballs (one copy each, never a version from the registry), then ESM and CommonJS imports,
//   openCorpus on worker threads, a browser bundle of core, `npx seedlens --version` and
//   `extract`, and an LSP initialize of `seedlens-language-server` over stdio.
//
// Run by .ci/run and by `npm run release` (before `changeset publish`). Exits 1 on any failure.
// `--keep` leaves the scratch folder (tarballs and project) in place and prints where it is.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import semver from 'semver';
import { publishedWorkspaces, readJson, ROOT } from './workspaces.mjs';

/** Unpacked size budgets in bytes (npm's "unpacked size"): core's is the issue's 8 MB, the others ~2× today's. */
const BUDGETS = {
  '@seedlens/core': 8_000_000,
  '@seedlens/query': 2_500_000,
  '@seedlens/language-server': 1_250_000,
  // The map command bundles Natural Earth's basemap and d3-geo (about 0.2 MB, and the source
  // map's mappings of them): 0.55 MB in issue 17.
  seedlens: 1_000_000,
};

const keep = process.argv.includes('--keep');
const started = Date.now();
const failures = [];
const fail = (where, message) => {
  failures.push(`${where}: ${message}`);
  console.error(`  ✗ ${where}: ${message}`);
};
const step = (message) => console.log(`check-packs: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

const published = publishedWorkspaces();
const scratch = mkdtempSync(join(tmpdir(), 'seedlens-packs-'));
const tarballs = join(scratch, 'tarballs');
const project = join(scratch, 'project');
mkdirSync(tarballs);
mkdirSync(project);

/** Runs a command; on failure records it with its output and returns undefined. */
function run(where, command, args, options = {}) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...options });
  } catch (error) {
    fail(where, `${[command, ...args].join(' ')} failed (exit ${error.status ?? error.signal}):\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
    return undefined;
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const bin = (name) => join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

try {
  // 1. Pack, as `npm publish` does: the prepack script of each package builds it (turbo, cached).
  if (run('npm pack', npm, ['pack', ...published.flatMap((w) => ['--workspace', w.dir]), '--pack-destination', tarballs], { cwd: ROOT }) === undefined) {
    throw new Error('npm pack failed');
  }
  step(`packed ${published.length} packages`);

  const packed = [];
  for (const { manifest } of published) {
    const file = join(tarballs, `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`);
    if (!existsSync(file)) {
      fail(manifest.name, `npm pack made no ${relative(scratch, file)}`);
      continue;
    }
    const unpacked = join(scratch, 'unpacked', manifest.name);
    mkdirSync(unpacked, { recursive: true });
    execFileSync('tar', ['-xzf', file, '-C', unpacked]);
    packed.push({ name: manifest.name, version: manifest.version, file, dir: join(unpacked, 'package') });
  }

  // 2. Contents and size of each tarball.
  const versions = new Map(packed.map((p) => [p.name, p.version]));
  for (const p of packed) {
    const m = readJson(join(p.dir, 'package.json'));
    const files = listFiles(p.dir);
    const size = files.reduce((sum, f) => sum + statSync(join(p.dir, f)).size, 0);
    if (!files.some((f) => f.startsWith('dist/'))) fail(p.name, 'the tarball has no dist/ (the package was not built before packing)');
    for (const required of ['package.json', 'README.md', 'LICENSE']) if (!files.includes(required)) fail(p.name, `the tarball has no ${required}`);
    for (const target of entryFiles(m)) if (!files.includes(target)) fail(p.name, `package.json points at ${target}, which the tarball does not hold`);
    for (const [dep, range] of Object.entries(m.dependencies ?? {})) {
      if (versions.has(dep) && !semver.satisfies(versions.get(dep), range)) fail(p.name, `depends on ${dep}@${range}, but ${dep}@${versions.get(dep)} is what is published with it`);
    }
    const budget = BUDGETS[p.name];
    const sizeText = `${(size / 1e6).toFixed(2)} MB unpacked, ${files.length} files`;
    if (budget === undefined) fail(p.name, `no size budget in scripts/check-packs.mjs (${sizeText})`);
    else if (size > budget) fail(p.name, `${sizeText}: over its budget of ${(budget / 1e6).toFixed(2)} MB`);
    else console.log(`  ${p.name}@${p.version}: ${sizeText} (budget ${(budget / 1e6).toFixed(2)} MB)`);
  }

  // 3. publint and Are the Types Wrong, on the tarballs.
  for (const p of packed) {
    if (run(`publint ${p.name}`, bin('publint'), ['run', p.file, '--strict']) === undefined) continue;
    const m = readJson(join(p.dir, 'package.json'));
    if (!m.types && !m.exports) continue; // the command-line package has no API to type
    const out = run(`attw ${p.name}`, bin('attw'), [p.file, '--format', 'table', '--no-color', '--no-emoji']);
    if (out !== undefined && !/No problems found/.test(out)) console.log(out);
  }
  step('publint and attw done');

  // 4. Install all tarballs together into a scratch project, as a user would.
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'seedlens-pack-check', version: '0.0.0', private: true }, null, 2)}\n`);
  const installed = run('npm install', npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...packed.map((p) => p.file)], { cwd: project });
  if (installed === undefined) throw new Error('npm install of the tarballs failed');
  step('installed the tarballs into a scratch project');
  for (const p of packed) {
    const copies = findInstalled(join(project, 'node_modules'), p.name);
    const versionsFound = copies.map((dir) => readJson(join(dir, 'package.json')).version);
    if (copies.length !== 1 || versionsFound[0] !== p.version) {
      fail(p.name, `installed as ${copies.map((c, i) => `${relative(project, c)}@${versionsFound[i]}`).join(', ') || 'nothing'}; expected one copy, the packed ${p.version}`);
    }
  }

  // 5. Smoke tests in the scratch project.
  const articles = join(project, 'articles');
  mkdirSync(articles);
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().slice(0, 3);
  for (const f of seeds) cpSync(join(ROOT, 'seeds', f), join(articles, f));
  writeFileSync(join(project, 'esm.mjs'), smokeSource('esm'));
  writeFileSync(join(project, 'cjs.cjs'), smokeSource('cjs'));
  const env = { ...process.env, SEEDLENS_CACHE_DIR: join(scratch, 'cache'), SMOKE_ARTICLES: articles, SMOKE_COUNT: String(seeds.length) };
  for (const script of ['esm.mjs', 'cjs.cjs']) {
    const out = run(`smoke ${script}`, process.execPath, [script], { cwd: project, env });
    if (out !== undefined) console.log(`  ${script}: ${out.trim()}`);
  }

  // A browser bundle of core (no Node built-ins), with the esbuild of this checkout.
  writeFileSync(join(project, 'browser.mjs'), "import { analyze } from '@seedlens/core';\nglobalThis.result = analyze('Gen. Valery Gerasimov visited Baku on Feb. 16, 2017.');\n");
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({ entryPoints: [join(project, 'browser.mjs')], absWorkingDir: project, bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
    console.log(`  browser bundle of core: ${(result.outputFiles[0].contents.length / 1e6).toFixed(2)} MB`);
  } catch (error) {
    fail('browser bundle', `esbuild could not bundle @seedlens/core for the browser: ${error.message}`);
  }

  // The commands, through npx as the READMEs say (--no-install: never from the registry).
  for (const p of packed) {
    const m = readJson(join(p.dir, 'package.json'));
    for (const command of Object.keys(typeof m.bin === 'string' ? { [m.name]: m.bin } : (m.bin ?? {}))) {
      const out = run(`npx ${command} --version`, npx, ['--no-install', command, '--version'], { cwd: project, env });
      if (out !== undefined && out.trim() !== p.version) fail(`npx ${command} --version`, `printed '${out.trim()}', expected ${p.version}`);
    }
  }
  const extracted = run('npx seedlens extract', npx, ['--no-install', 'seedlens', 'extract', join(articles, seeds[0])], { cwd: project, env });
  if (extracted !== undefined) {
    const record = JSON.parse(extracted.trim().split('\n')[0]);
    if (!(record.entities?.length > 10)) fail('npx seedlens extract', `found ${record.entities?.length ?? 0} entities in ${seeds[0]}`);
  }
  const init = await lspInitialize(join(project, 'node_modules', '.bin', process.platform === 'win32' ? 'seedlens-language-server.cmd' : 'seedlens-language-server'), env);
  if (init.error) fail('seedlens-language-server', init.error);
  else if (init.result?.serverInfo?.name !== 'seedlens-language-server' || !init.result.capabilities?.hoverProvider) {
    fail('seedlens-language-server', `unexpected initialize result ${JSON.stringify(init.result)}`);
  }
  step('smoke tests done');
} catch (error) {
  if (failures.length === 0) fail('check-packs', error.stack ?? String(error));
} finally {
  if (keep) console.log(`check-packs: scratch folder kept: ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`check-packs: ${failures.length} failure(s)`);
  process.exit(1);
}
step('all tarballs good');

/** Files under dir, relative, with forward slashes. */
function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Every file a manifest points at: main, module, types, bin and the targets of exports. */
function entryFiles(m) {
  const targets = [m.main, m.module, m.types, ...Object.values(typeof m.bin === 'string' ? { x: m.bin } : (m.bin ?? {}))];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : v && typeof v === 'object' && Object.values(v).forEach(walk));
  walk(m.exports);
  return [...new Set(targets.filter((t) => typeof t === 'string' && !t.includes('*')).map((t) => t.replace(/^\.\//, '')))];
}

/** Every installed copy of a package under a node_modules folder (nested ones included). */
function findInstalled(nodeModules, name) {
  const found = [];
  const visit = (dir) => {
    if (!existsSync(dir)) return;
    if (existsSync(join(dir, name, 'package.json'))) found.push(join(dir, name));
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === '.bin') continue;
      const scopes = entry.name.startsWith('@') ? readdirSync(join(dir, entry.name)).map((n) => join(dir, entry.name, n)) : [join(dir, entry.name)];
      for (const pkg of scopes) visit(join(pkg, 'node_modules'));
    }
  };
  visit(nodeModules);
  return found;
}

/** The smoke test, as an ES module or a CommonJS script: the same checks through each entry. */
function smokeSource(kind) {
  const load =
    kind === 'esm'
      ? "import assert from 'node:assert/strict';\nimport * as core from '@seedlens/core';\nimport * as query from '@seedlens/query';\nimport * as server from '@seedlens/language-server';\n"
      : "const assert = require('node:assert/strict');\nconst core = require('@seedlens/core');\nconst query = require('@seedlens/query');\nconst server = require('@seedlens/language-server');\n";
  const body = `
const analysis = core.analyze('Gen. Valery Gerasimov met Gen. Joe Dunford in Baku on Feb. 16, 2017.');
const ids = analysis.mentions.map((m) => m.entityId);
assert.ok(ids.includes('person:valery-gerasimov'), ids.join(' '));
assert.ok(ids.includes('place:baku'), ids.join(' '));
assert.ok(analysis.mentions.some((m) => m.type === 'date' && m.value === '2017-02-16'));
const corpus = new query.Corpus();
corpus.upsert('file:///a.txt', 'Gen. Valery Gerasimov met Gen. Joe Dunford in Baku.');
corpus.upsert('file:///b.txt', 'Gerasimov warned Dunford.');
assert.equal(corpus.entity('person:valery-gerasimov')?.articleCount, 2);
assert.equal(typeof server.startServer, 'function');
assert.equal(typeof server.hover, 'function');
// openCorpus reads files and analyses them on a worker thread (the worker file of this build).
const opened = await query.openCorpus([process.env.SMOKE_ARTICLES], { workers: 2, cacheDir: false });
assert.equal(opened.failures.length, 0, JSON.stringify(opened.failures));
assert.equal(opened.corpus.size, Number(process.env.SMOKE_COUNT));
console.log(\`\${analysis.mentions.length} mentions, \${opened.corpus.size} articles opened on worker threads\`);
`;
  return kind === 'esm' ? `${load}${body}` : `${load}(async () => {${body}})().catch((error) => { console.error(error); process.exit(1); });\n`;
}

/** Starts a language server command over stdio, sends `initialize`, returns its result, and shuts it down. */
function lspInitialize(command, env) {
  return new Promise((resolve) => {
    const child = spawn(command, ['--stdio'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let buffer = Buffer.alloc(0);
    let stderr = '';
    const timer = setTimeout(() => done({ error: `no answer to initialize in 20 s; stderr: ${stderr}` }), 20_000);
    function done(outcome) {
      clearTimeout(timer);
      child.kill();
      resolve(outcome);
    }
    const send = (message) => {
      const json = JSON.stringify({ jsonrpc: '2.0', ...message });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`);
    };
    child.on('error', (error) => done({ error: error.message }));
    child.on('exit', (code) => done({ error: `exited (${code}) before answering; stderr: ${stderr}` }));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
        if (buffer.length < end + 4 + length) return;
        const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
        buffer = buffer.subarray(end + 4 + length);
        if (message.id === 1 && 'result' in message) {
          send({ id: 2, method: 'shutdown' });
          child.removeAllListeners('exit');
          done({ result: message.result });
          return;
        }
        if (message.id === 1) done({ error: `initialize failed: ${JSON.stringify(message.error)}` });
      }
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null } });
  });
}
