import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, VERSION } from './main.js';
import { memoryIo } from './test-fixtures.js';

describe('main', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seedlens-main-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints help and version', async () => {
    const help = memoryIo();
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.stdout()).toMatch(/Usage: seedlens <command>/);
    expect(help.stdout()).toMatch(/extract/);
    const extractHelp = memoryIo();
    expect(await main(['extract', '--help'], extractHelp.io)).toBe(0);
    expect(extractHelp.stdout()).toMatch(/--dct YYYY-MM-DD/);
    const version = memoryIo();
    expect(await main(['--version'], version.io)).toBe(0);
    expect(version.stdout()).toBe(`${VERSION}\n`);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 on usage errors', async () => {
    for (const argv of [[], ['frobnicate'], ['--nope'], ['extract', '--nope', 'x'], ['extract', '--dct', '2017-02-30', 'x']]) {
      const run = memoryIo();
      expect(await main(argv, run.io)).toBe(2);
      expect(run.stdout()).toBe('');
      expect(run.stderr()).toMatch(/^seedlens: .+\nTry 'seedlens( extract)? --help' for usage\.\n$/);
    }
  });

  it('passes --dct to every file and writes one line per file', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Officials met on Monday.\n');
    writeFileSync(join(dir, 'b.txt'), 'Nothing happened.\n');
    const run = memoryIo();
    expect(await main(['extract', '--dct', '2017-02-16', dir], run.io)).toBe(0);
    const lines = run.stdout().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.dct])).toEqual([
      [join(dir, 'a.txt'), '2017-02-16'],
      [join(dir, 'b.txt'), '2017-02-16'],
    ]);
    expect(run.stderr()).toBe('');
  });

  it.skipIf(process.platform === 'win32')('says why a FIFO in a folder is not read, as for one named', async () => {
    const folder = join(dir, 'with-fifo');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Officials met on Monday.\n');
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    const run = memoryIo();
    expect(await main(['extract', folder], run.io)).toBe(1);
    expect(run.stdout().trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr()).toBe(`seedlens: ${join(folder, 'pipe.txt')}: a FIFO, not a regular file\n`);
  });

  it('writes a table with a summary line', async () => {
    const run = memoryIo();
    expect(await main(['extract', '--format', 'table', join(dir, 'a.txt'), join(dir, 'missing.txt')], run.io)).toBe(1);
    expect(run.stdout()).toMatch(/^.*a\.txt\n {2}/);
    expect(run.stdout()).toMatch(/\n1 file, \d+ mentions, 1 failed\n$/);
    expect(run.stderr()).toBe(`seedlens: ${join(dir, 'missing.txt')}: no such file or folder\n`);
  });
});
