#!/usr/bin/env node
// Checks what `npm run release` relies on, without building or publishing anything:
//
// - every published package.json has what npm, provenance and trusted publishing need
//   (repository with its directory, homepage, bugs, publishConfig with public access and
//   provenance), builds itself before it is packed (prepack), and its commands are committed files;
// - every dependency of a workspace on another workspace is a range that the other's version
//   satisfies, so installs never reach for an unpublished or older version of our own packages;
// - the packages that depend on each other are versioned together (one `fixed` or `linked`
//   group in .changeset/config.json), and `changeset version`, run on a scratch copy of the
//   manifests and pending changesets, gives versions that the internal ranges still resolve to;
// - the README of each published package has no relative links (they break on npmjs.com).
//
// Run by .ci/run and by `npm run release`. Exits 1 with one line per problem.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { DEPENDENCY_FIELDS, publishedWorkspaces, readJson, ROOT, workspaces } from './workspaces.mjs';

const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

const rootManifest = readJson(join(ROOT, 'package.json'));
const repoUrl = rootManifest.repository?.url;
if (typeof repoUrl !== 'string' || !/^git\+https:\/\/.+\.git$/.test(repoUrl)) problem('package.json', 'repository.url must be git+https://….git (the packages copy it)');
const webUrl = typeof repoUrl === 'string' ? repoUrl.replace(/^git\+/, '').replace(/\.git$/, '') : '';

/** The files git tracks, with their modes, so that commands are checked as committed (executable). */
const tracked = new Map(
  execFileSync('git', ['ls-files', '-s'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split('\t');
      return [path, meta.split(' ')[0]];
    }),
);

const published = publishedWorkspaces();
const all = workspaces();
const byName = new Map(all.map((w) => [w.manifest.name, w]));

for (const { dir, path, manifest: m } of published) {
  const at = `${dir}/package.json`;
  if (!semver.valid(m.version)) problem(at, `version '${m.version}' is not a semver version`);
  for (const field of ['description', 'license']) if (!m[field]) problem(at, `no ${field}`);
  if (m.repository?.type !== 'git' || m.repository?.url !== repoUrl || m.repository?.directory !== dir) {
    problem(at, `repository must be { "type": "git", "url": "${repoUrl}", "directory": "${dir}" }`);
  }
  if (m.homepage !== `${webUrl}/tree/main/${dir}#readme`) problem(at, `homepage must be ${webUrl}/tree/main/${dir}#readme`);
  if (m.bugs?.url !== `${webUrl}/issues`) problem(at, `bugs.url must be ${webUrl}/issues`);
  if (m.publishConfig?.access !== 'public' || m.publishConfig?.provenance !== true) {
    problem(at, 'publishConfig must be { "access": "public", "provenance": true }');
  }
  if (!/\bturbo run build --filter=/.test(m.scripts?.prepack ?? '') || !m.scripts.prepack.includes(`--filter=${m.name} `)) {
    problem(at, `scripts.prepack must build the package: turbo run build --filter=${m.name} …`);
  }
  if (!m.engines?.node) problem(at, 'no engines.node');
  const files = m.files ?? [];
  if (!files.includes('dist')) problem(at, 'files must include dist');
  const bins = typeof m.bin === 'string' ? { [m.name]: m.bin } : (m.bin ?? {});
  for (const [command, target] of Object.entries(bins)) {
    const file = `${dir}/${target.replace(/^\.\//, '')}`;
    // A bin under dist/ does not exist when npm links it in a fresh checkout, so npm makes no link.
    const mode = tracked.get(file);
    if (!mode) problem(at, `bin ${command} → ${target} is not a committed file (npm links bins at install time, before any build)`);
    else if (mode !== '100755') problem(at, `bin ${command} → ${target} is not executable in git (mode ${mode})`);
    if (!files.some((f) => target.replace(/^\.\//, '').startsWith(`${f.replace(/\/$/, '')}/`))) problem(at, `bin ${target} is not in files`);
    if (existsSync(join(ROOT, file)) && !readFileSync(join(ROOT, file), 'utf8').startsWith('#!/usr/bin/env node\n')) {
      problem(at, `bin ${target} does not start with #!/usr/bin/env node`);
    }
  }
  for (const link of relativeLinks(join(path, 'README.md'))) problem(`${dir}/README.md`, `relative link '${link}' (breaks on npmjs.com): use an https:// address`);
}

checkInternalRanges(all, 'workspace');

// Packages that depend on each other must be released together.
const config = readJson(join(ROOT, '.changeset', 'config.json'));
const groups = [...(config.fixed ?? []), ...(config.linked ?? [])];
const groupOf = (name) => groups.find((g) => g.includes(name));
for (const { manifest: m } of published) {
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const dep of Object.keys(m[field] ?? {})) {
      const target = byName.get(dep);
      if (!target) continue;
      if (target.manifest.private === true) problem(m.name, `${field} on the private workspace ${dep}`);
      else if (!groupOf(m.name) || groupOf(m.name) !== groupOf(dep)) {
        problem('.changeset/config.json', `${m.name} depends on ${dep}: put both in one "fixed" (or "linked") group`);
      }
    }
  }
}
for (const group of groups) for (const name of group) if (!byName.has(name)) problem('.changeset/config.json', `unknown package ${name}`);

simulateVersion();

if (problems.length > 0) {
  console.error(`check-release: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-release: ${published.length} published packages ready (${published.map((w) => `${w.manifest.name}@${w.manifest.version}`).join(', ')})`);

/** Every dependency of a workspace on another workspace must be a range the other's version satisfies. */
function checkInternalRanges(list, label) {
  const versions = new Map(list.map((w) => [w.manifest.name, w.manifest.version]));
  for (const { dir, manifest: m } of list) {
    for (const field of DEPENDENCY_FIELDS) {
      for (const [dep, range] of Object.entries(m[field] ?? {})) {
        if (!versions.has(dep)) continue;
        const version = versions.get(dep);
        if (/^(workspace|file|link|portal):/.test(range)) problem(`${dir} (${label})`, `${field}.${dep} is '${range}': npm publishes that as written; use a version range`);
        else if (!semver.validRange(range) || !semver.satisfies(version, range)) {
          problem(`${dir} (${label})`, `${field}.${dep} is '${range}', which ${dep}@${version} does not satisfy`);
        }
      }
    }
  }
}

/**
 * `changeset version` on a scratch copy of the manifests, lockfile and pending changesets: the
 * new versions must still satisfy every internal range, and a fixed group must share one version.
 */
function simulateVersion() {
  const scratch = mkdtempSync(join(tmpdir(), 'seedlens-version-'));
  try {
    for (const file of ['package.json', 'package-lock.json']) cpSync(join(ROOT, file), join(scratch, file));
    cpSync(join(ROOT, '.changeset'), join(scratch, '.changeset'), { recursive: true });
    for (const { dir } of all) {
      mkdirSync(join(scratch, dir), { recursive: true });
      cpSync(join(ROOT, dir, 'package.json'), join(scratch, dir, 'package.json'));
    }
    const pending = readdirSync(join(scratch, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md').length;
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'], {
        cwd: scratch,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CI: 'true' },
      });
    } catch (error) {
      problem('changeset version', `failed on a scratch copy:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
      return;
    }
    const after = workspaces(scratch);
    checkInternalRanges(after, `after changeset version`);
    const versionOf = new Map(after.map((w) => [w.manifest.name, w.manifest.version]));
    for (const group of config.fixed ?? []) {
      const versions = new Set(group.map((name) => versionOf.get(name)));
      if (versions.size > 1) problem('changeset version', `fixed group ${group.join(', ')} ends with versions ${[...versions].join(', ')}`);
    }
    const moved = after.filter((w) => w.manifest.version !== byName.get(w.manifest.name)?.manifest.version);
    console.log(
      `check-release: changeset version (${pending} pending changeset${pending === 1 ? '' : 's'}) would release ` +
        (moved.length > 0 ? moved.map((w) => `${w.manifest.name}@${w.manifest.version}`).join(', ') : 'nothing'),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Link targets in a Markdown file that are neither absolute addresses nor anchors (code left out). */
function relativeLinks(file) {
  if (!existsSync(file)) {
    problem(file, 'missing');
    return [];
  }
  const text = readFileSync(file, 'utf8')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '');
  const targets = [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1]),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/gm)].map((m) => m[1]),
    ...[...text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]),
  ];
  return targets.filter((t) => !/^(https?:|mailto:|#)/i.test(t));
}
