import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TextSpool } from './text-spool.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'seedlens-spool-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (s: string) => new Uint8Array(Buffer.from(s));
const text = (b: Uint8Array) => Buffer.from(b).toString();

describe.skipIf(process.platform === 'win32')('TextSpool', () => {
  it('gives back each run it was given, by where it put it', () => {
    const spool = TextSpool.create(dir)!;
    const baku = spool.put(bytes('Baku.'))!;
    const beijing = spool.put(bytes('北京 and Zürich.'))!;
    expect(text(spool.read(baku.at, baku.length))).toBe('Baku.');
    expect(text(beijing.from.read(beijing.at, beijing.length))).toBe('北京 and Zürich.');
    expect(spool.length).toBe(baku.length + beijing.length);
    spool.close();
  });

  it('leaves no file in the cache folder, even while open', () => {
    const spool = TextSpool.create(join(dir, 'cache'))!;
    spool.put(bytes('TOPSECRET'));
    expect(readdirSync(join(dir, 'cache'))).toEqual([]);
    spool.close();
  });

  it('takes nothing more once a write failed, so that the caller keeps the text', () => {
    const spool = TextSpool.create(dir)!;
    spool.close();
    expect(spool.put(bytes('Oslo.'))).toBeUndefined();
  });

  it('is not made where no file can be', () => {
    writeFileSync(join(dir, 'file'), '');
    expect(TextSpool.create(join(dir, 'file'))).toBeUndefined();
  });
});
