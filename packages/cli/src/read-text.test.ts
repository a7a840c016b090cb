import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, readTextFile } from './read-text.js';

const text = 'Gerasimov met Dunford in Baku — “hot line” ✓ 𝄞.\r\nSecond line.\n';

function utf16le(s: string, bom = true): Uint8Array {
  const body = Buffer.from(s, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
}

describe('decodeText', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeText(Buffer.from(text))).toMatchObject({ ok: true, text, encoding: 'utf-8', hadBom: false, replaced: 0 });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(decodeText(withBom)).toMatchObject({ ok: true, text, encoding: 'utf-8', hadBom: true });
  });

  it('decodes UTF-16 LE and BE by their byte-order marks', () => {
    expect(decodeText(utf16le(text))).toMatchObject({ ok: true, text, encoding: 'utf-16le', hadBom: true });
    expect(decodeText(utf16be(text))).toMatchObject({ ok: true, text, encoding: 'utf-16be', hadBom: true });
  });

  it('keeps CRLF and counts malformed UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' au lait\r\n')]);
    const result = decodeText(bytes);
    expect(result).toMatchObject({ ok: true, text: 'caf\uFFFD au lait\r\n', replaced: 1 });
    expect(decodeText(Buffer.from('a real \uFFFD replacement character'))).toMatchObject({ ok: true, replaced: 0 });
  });

  it('refuses empty input', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeText(Buffer.from([0xff, 0xfe]))).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeText(Buffer.from(' \n\t\r\n'))).toEqual({ ok: false, reason: 'empty file (only whitespace)' });
  });

  it('refuses binary data', () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({
      ok: false,
      reason: 'binary file (contains NUL bytes)',
    });
    // UTF-16 without a byte-order mark is full of NUL bytes too.
    expect(decodeText(utf16le('plain text', false))).toMatchObject({ ok: false, reason: 'binary file (contains NUL bytes)' });
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = ((i * 7919) % 255) + 1;
    expect(decodeText(noise)).toEqual({ ok: false, reason: 'binary file (mostly non-text bytes)' });
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false, reason: expect.stringMatching(/odd number of bytes/) });
  });
});

describe('readTextFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seedlens-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file, and refuses one over the size limit before reading it', async () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, text);
    expect(await readTextFile(path)).toMatchObject({ ok: true, text });
    expect(await readTextFile(path, 10)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^file too large \(\d+ bytes; the limit is 10 bytes\)$/),
    });
  });

  it('describes missing files and folders', async () => {
    expect(await readTextFile(join(dir, 'nope.txt'))).toEqual({ ok: false, reason: 'no such file or folder' });
    expect(await readTextFile(dir)).toEqual({ ok: false, reason: 'is a folder' });
  });
});
