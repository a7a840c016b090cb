import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');

function run(args: string[], cwd: string) {
  const env = { ...process.env, NO_COLOR: '1' };
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env });
}

describe('the built CLI', () => {
  let dir: string;
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` first`);
    dir = mkdtempSync(join(tmpdir(), 'seedlens-cli-'));
    writeFileSync(
      join(dir, 'a-good.txt'),
      '\uFEFFGeneral Valery Gerasimov met General Joe Dunford in Baku, Azerbaijan on Thursday, February 16, 2017.\n',
    );
    writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]));
    writeFileSync(join(dir, 'c-empty.txt'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('extracts the good file, reports the binary and the empty one, exits 1', () => {
    const result = run(['extract', '.'], dir);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(Object.keys(record)).toEqual(['file', 'dct', 'dctSource', 'dctConfidence', 'entities']);
    expect(record.file).toBe('a-good.txt');
    // Its one line is its title and its text: the full date written there is its date.
    expect([record.dct, record.dctSource]).toEqual(['2017-02-16', 'text']);
    const text = 'General Valery Gerasimov met General Joe Dunford in Baku, Azerbaijan on Thursday, February 16, 2017.\n';
    for (const e of record.entities) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(['actor', 'place', 'date']).toContain(e.type);
      expect(typeof e.id).toBe('string');
    }
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'seedlens: b-binary.txt: binary file (contains NUL bytes)',
      'seedlens: c-empty.txt: empty file',
    ]);
  });

  it('dates a file by its name, header or text, and not at all with --dct none', () => {
    writeFileSync(join(dir, '2019-12-18-bern.txt'), 'Chiefs meet\nThe chiefs met in Bern on Wednesday.\n');
    const dated = (args: string[]) =>
      run(['extract', ...args, '2019-12-18-bern.txt'], dir)
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { dct: string | null; dctSource: string | null; entities: Array<{ value?: string }> })
        .map((r) => [r.dct, r.dctSource, r.entities.find((e) => e.value)?.value]);
    expect(dated([])).toEqual([['2019-12-18', 'file-name', '2019-12-18']]);
    expect(dated(['--dct', 'none'])).toEqual([[null, null, 'XXXX-WXX-3']]);
    expect(dated(['--dct', '2019-12-20'])).toEqual([['2019-12-20', 'option', '2019-12-18']]);
    expect(run(['extract', '--format', 'table', '2019-12-18-bern.txt'], dir).stdout).toContain('DCT 2019-12-18 (from the file name, 0.9)');
    rmSync(join(dir, '2019-12-18-bern.txt'));
  });

  it('warns once when the cache cannot be written, and not with --no-cache', () => {
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, '');
    const env = { ...process.env, NO_COLOR: '1', SEEDLENS_CACHE_DIR: blocked };
    const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env });
    // related opens the corpus twice (FILE's folder, then FILE): still one warning.
    for (const args of [['report', 'a-good.txt'], ['related', 'a-good.txt', 'a-good.txt']]) {
      const result = cli(...args);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe(
        `seedlens: ${blocked}: warning: the cache cannot be written (not a folder), so every run analyses the files again; make the folder writable, set SEEDLENS_CACHE_DIR, or use --no-cache\n`,
      );
    }
    expect(cli('report', '--no-cache', 'a-good.txt').stderr).toBe('');
    rmSync(blocked);
  });

  it('exits 0 when every file is read, 2 on a usage error', () => {
    const good = run(['extract', '--format', 'table', 'a-good.txt'], dir);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^a-good\.txt\n/);
    expect(good.stdout).not.toContain('\u001b[');
    expect(good.stderr).toBe('');
    const usage = run(['extract', '--dct', 'soon', 'a-good.txt'], dir);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^seedlens: --dct must be a calendar date/);
    expect(run(['--version'], dir).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('bounds how far V8 grows its heap between full collections (a factor of 1.3)', () => {
    // Collects once on exit, and prints the factor V8 then applies to the old generation's limit.
    const trace = ['--trace-gc-verbose', '--expose-gc', "--import=data:text/javascript,process.on('exit',()=>gc())"];
    const { stdout } = spawnSync(process.execPath, [...trace, bin, '--version'], { cwd: dir, encoding: 'utf8' });
    expect([...stdout.matchAll(/\[HeapController\] Limit: .*\(([\d.]+)\)$/gm)].at(-1)?.[1]).toBe('1.3');
  });
});
