// `seedlens --version` prints the version in this package's package.json, however it is run: the
// build itself, the committed command npm links (bin/seedlens.js), and `npx seedlens` in the checkout.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(pkgDir, '..', '..');
const { version, bin } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

function versionOf(command: string, args: string[], cwd = pkgDir) {
  const result = spawnSync(command, [...args, '--version'], { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('seedlens --version', () => {
  it('the build prints the package version', () => {
    expect(versionOf(process.execPath, [join(pkgDir, 'dist', 'bin.js')])).toBe(`${version}\n`);
  });

  it('the command in package.json (bin/seedlens.js) runs the build', () => {
    expect(bin.seedlens).toBe('./bin/seedlens.js');
    expect(versionOf(process.execPath, [join(pkgDir, bin.seedlens!)])).toBe(`${version}\n`);
  });

  it('`npx seedlens` works in the checkout (npm linked the committed command at install time)', () => {
    expect(versionOf('npx', ['--no-install', 'seedlens'], repoRoot)).toBe(`${version}\n`);
  });
});
