import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_MAX_AGE_MS, pruneCacheDir, touchCacheFile } from './cache-prune.js';

const DAY = 24 * 60 * 60 * 1000;
const pack = `analyses-${'a'.repeat(20)}.pack`;
const snapshot = `corpus-${'b'.repeat(20)}-${'c'.repeat(8)}.snapshot`;
const tmp = `${pack}.1234.0badf00d.tmp`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'seedlens-prune-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file last modified `days` ago. */
function file(name: string, days: number): void {
  writeFileSync(join(dir, name), 'x');
  const when = new Date(Date.now() - days * DAY);
  utimesSync(join(dir, name), when, when);
}

describe('pruneCacheDir', () => {
  it('removes cache files unused for longer than the limit, and temporary files older than a day', async () => {
    file(pack, 31);
    file(snapshot, 29);
    file(tmp, 2);
    file(`corpus-${'d'.repeat(20)}-${'e'.repeat(8)}.snapshot.99.12345678.tmp`, 0.5);
    expect(await pruneCacheDir(dir)).toEqual([tmp, pack].sort());
    expect(readdirSync(dir).sort()).toEqual([`corpus-${'d'.repeat(20)}-${'e'.repeat(8)}.snapshot.99.12345678.tmp`, snapshot].sort());
  });

  it('never touches files it did not write, however old', async () => {
    for (const name of ['notes.txt', 'analyses-x.pack', `${pack}.bak`, 'corpus.snapshot']) file(name, 400);
    expect(await pruneCacheDir(dir)).toEqual([]);
    expect(readdirSync(dir)).toHaveLength(4);
  });

  it('counts age from the last use: a touched file stays', async () => {
    file(pack, 45);
    await touchCacheFile(join(dir, pack));
    expect(Date.now() - statSync(join(dir, pack)).mtimeMs).toBeLessThan(CACHE_MAX_AGE_MS);
    expect(await pruneCacheDir(dir)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('makes private what an earlier version left readable: its files, and its folder if all in it is cache', async () => {
    const mode = (name: string) => statSync(join(dir, name)).mode & 0o777;
    file(pack, 1);
    file(snapshot, 1);
    chmodSync(dir, 0o755);
    for (const name of [pack, snapshot]) chmodSync(join(dir, name), 0o644);
    await pruneCacheDir(dir);
    expect([mode('.'), mode(pack), mode(snapshot)]).toEqual([0o700, 0o600, 0o600]);
    // A folder shared with other files keeps its mode; their files are not touched either.
    file('notes.txt', 1);
    chmodSync(join(dir, 'notes.txt'), 0o644);
    chmodSync(dir, 0o755);
    await pruneCacheDir(dir);
    expect([mode('.'), mode('notes.txt')]).toEqual([0o755, 0o644]);
  });

  it('gives nothing for a folder that does not exist, and touching a missing file does not throw', async () => {
    expect(await pruneCacheDir(join(dir, 'missing'))).toEqual([]);
    await expect(touchCacheFile(join(dir, 'missing.pack'))).resolves.toBeUndefined();
  });
});
