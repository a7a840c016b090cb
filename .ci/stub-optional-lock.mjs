#!/usr/bin/env node
// Repairs package-lock.json when the registry here lacks some platform packages (e.g. rollup's or
// turbo's darwin/windows/android builds) at the locked version: npm then leaves them out of the
// lock and `npm ci` refuses it ("Missing: @rollup/rollup-android-arm64@ from lock file").
// Adds an entry per missing optional dependency, with os/cpu/libc from its name, so that npm
// skips it on other platforms. `npm install` keeps these entries. Usage:
//   node .ci/stub-optional-lock.mjs package-lock.json
import { readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2];
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pk = lock.packages;
const platform = (name) => {
  const base = name.split('/').pop();
  let m;
  if ((m = /^rollup-(\w+)-([a-z0-9]+)(?:-(\w+))?$/.exec(base))) {
    const [, os, cpu, abi] = m;
    const out = { os: [os], cpu: [cpu] };
    if (os === 'linux' && abi) out.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
    return out;
  }
  if ((m = /^(darwin|windows|linux)-(64|arm64)$/.exec(base))) {
    return { os: [m[1] === 'windows' ? 'win32' : m[1]], cpu: [m[2] === '64' ? 'x64' : 'arm64'] };
  }
  return null;
};
let added = 0;
for (const [path, entry] of Object.entries(pk)) {
  for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (pk[key] || pk[`${path}/node_modules/${dep}`]) continue;
    const p = platform(dep);
    if (!p || !/^\d+\.\d+\.\d+$/.test(spec)) { console.error(`skip ${dep}@${spec} (from ${path})`); continue; }
    pk[key] = { version: spec, ...p, ...(entry.dev ? { dev: true } : {}), optional: true };
    if (entry.license) pk[key].license = entry.license;
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))));
lock.packages = sorted;
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} entries`);
