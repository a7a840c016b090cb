// `seedlens-language-server --version` prints the version in this package's package.json, however it
// is run: the build itself, the committed command npm links, and `npx` in the checkout.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(pkgDir, '..', '..');
const { version, bin } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
const command = 'seedlens-language-server';

function versionOf(program: string, args: string[], cwd = pkgDir) {
  const result = spawnSync(program, [...args, '--version'], { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe(`${command} --version`, () => {
  it('the build prints the package version', () => {
    expect(versionOf(process.execPath, [join(pkgDir, 'dist', 'bin.js')])).toBe(`${version}\n`);
  });

  it('the command in package.json runs the build', () => {
    expect(bin[command]).toBe(`./bin/${command}.js`);
    expect(versionOf(process.execPath, [join(pkgDir, bin[command]!)])).toBe(`${version}\n`);
  });

  it('`npx seedlens-language-server` works in the checkout', () => {
    expect(versionOf('npx', ['--no-install', command], repoRoot)).toBe(`${version}\n`);
  });
});
