import { closeSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

  it('takes nothing more once a write failed, so that the caller keeps the text, and loses nothing it took', () => {
    const spool = TextSpool.create(dir)!;
    const baku = spool.put(bytes('Baku.'))!;
    // The disk gone from under it: the next write fails.
    closeSync(spool['fd']);
    expect(spool.put(new Uint8Array(300 * 1024))).toBeUndefined();
    expect(spool.put(bytes('Oslo.'))).toBeUndefined();
    expect(text(spool.read(baku.at, baku.length))).toBe('Baku.');
    // Unregistered before anything else can reuse the descriptor's number.
    spool.close();
  });

  it('writes runs larger than its chunk whole, and reads runs on either side of a write', () => {
    const spool = TextSpool.create(dir)!;
    const runs = [bytes('Baku.'), new Uint8Array(200 * 1024).fill(65), bytes('Zürich.'), new Uint8Array(400 * 1024).fill(66), bytes('Oslo.')];
    const refs = runs.map((run) => spool.put(run)!);
    refs.forEach((ref, i) => expect(Buffer.compare(spool.read(ref.at, ref.length), runs[i]!)).toBe(0));
    spool.close();
    expect(spool.put(bytes('Lima.'))).toBeUndefined();
  });

  it('is not made where no file can be', () => {
    writeFileSync(join(dir, 'file'), '');
    expect(TextSpool.create(join(dir, 'file'))).toBeUndefined();
  });
});
