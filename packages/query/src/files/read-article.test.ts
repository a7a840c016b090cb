import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findArticles } from './find-articles.js';
import { DEFAULT_MAX_BYTES, decodeArticle, OUTSIDE_ROOTS, readArticle, readArticleBytes } from './read-article.js';

// readArticle names the file it opened through /proc on Linux; `noProc` hides /proc, as on other
// systems, so that the fallback is tested here too.
const fsMock = vi.hoisted(() => ({ noProc: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readlinkSync = ((path: string, ...rest: []) => {
    if (fsMock.noProc && String(path).startsWith('/proc/')) throw Object.assign(new Error(`ENOENT: no such file or directory, readlink '${path}'`), { code: 'ENOENT' });
    return fs.readlinkSync(path, ...rest);
  }) as typeof fs.readlinkSync;
  return { ...fs, readlinkSync };
});

const text = 'Gerasimov met Dunford in Baku — “hot line” ✓ 𝄞.\r\nSecond line.\n';
const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);

function utf16le(s: string, bom = true): Uint8Array {
  const body = Buffer.from(s, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

function utf16be(s: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);
}

describe('decodeArticle', () => {
  it('decodes UTF-8 with or without a BOM, keeping CRLF', () => {
    expect(decodeArticle(Buffer.from(text))).toEqual({ text });
    expect(decodeArticle(Buffer.concat([BOM8, Buffer.from(text)]))).toEqual({ text });
  });

  it('decodes UTF-16 LE and BE by their byte-order marks', () => {
    expect(decodeArticle(utf16le(text))).toEqual({ text });
    expect(decodeArticle(utf16be(text))).toEqual({ text });
  });

  it('keeps malformed UTF-8 as U+FFFD with a warning, so the rest still indexes', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' in Baku\r\nand '), Buffer.from([0xc3]), Buffer.from(' more')]);
    const result = decodeArticle(bytes);
    expect(result).toEqual({
      text: 'Caf\uFFFD in Baku\r\nand \uFFFD more',
      warning: '2 malformed UTF-8 sequences replaced by U+FFFD',
    });
    // Offsets after the bad byte are those of the decoded text.
    if ('text' in result) expect(result.text.indexOf('Baku')).toBe(8);
    // A real U+FFFD in the file is not a malformed sequence.
    expect(decodeArticle(Buffer.from('a real \uFFFD replacement character'))).toEqual({ text: 'a real \uFFFD replacement character' });
  });

  it('warns about an unpaired surrogate in UTF-16, not about an encoded U+FFFD', () => {
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Talks in ', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from(' Baku', 'utf16le')]);
    expect(decodeArticle(lone)).toEqual({ text: 'Talks in \uFFFD Baku', warning: '1 malformed UTF-16LE sequence replaced by U+FFFD' });
    expect(decodeArticle(utf16le('a real \uFFFD replacement character'))).toEqual({ text: 'a real \uFFFD replacement character' });
  });

  it('refuses empty and whitespace-only input', () => {
    expect(decodeArticle(new Uint8Array())).toEqual({ error: 'empty file' });
    expect(decodeArticle(BOM8)).toEqual({ error: 'empty file' });
    expect(decodeArticle(Buffer.from([0xff, 0xfe]))).toEqual({ error: 'empty file' });
    expect(decodeArticle(Buffer.from(' \n\t\r\n'))).toEqual({ error: 'empty file (only whitespace)' });
    expect(decodeArticle(utf16le(' \r\n '))).toEqual({ error: 'empty file (only whitespace)' });
  });

  it('refuses binary data', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeArticle(png)).toEqual({ error: 'binary file (contains NUL bytes)' });
    // UTF-16 without a byte-order mark is full of NUL bytes too.
    expect(decodeArticle(utf16le('plain text', false))).toEqual({ error: 'binary file (contains NUL bytes)' });
    // A NUL inside UTF-16 text (a NUL code unit) is binary as well.
    expect(decodeArticle(utf16le('plain\0text'))).toEqual({ error: 'binary file (contains NUL bytes)' });
    expect(decodeArticle(utf16be('plain\0text'))).toEqual({ error: 'binary file (contains NUL bytes)' });
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = ((i * 7919) % 255) + 1;
    expect(decodeArticle(noise)).toEqual({ error: 'binary file (mostly non-text bytes)' });
    expect(decodeArticle(Buffer.from([0xff, 0xfe, 0x41]))).toEqual({ error: 'not valid UTF-16LE (odd number of bytes)' });
  });

  it('refuses a NUL anywhere in the text, not only in the first 64 KB', () => {
    const long = 'The talks went on through the night and little was said.\n'.repeat(2000);
    expect(long.length).toBeGreaterThan(64 * 1024);
    expect(decodeArticle(Buffer.from(`${long}\0Later.\n`))).toEqual({ error: 'binary file (contains NUL bytes)' });
    expect(decodeArticle(Buffer.from(`${long}Later.\0`))).toEqual({ error: 'binary file (contains NUL bytes)' });
    expect(decodeArticle(utf16le(`${long}\0Later.\n`))).toEqual({ error: 'binary file (contains NUL bytes)' });
    expect(decodeArticle(utf16be(`${long}\0Later.\n`))).toEqual({ error: 'binary file (contains NUL bytes)' });
    // Long UTF-16 text, NUL bytes in every other byte, is still text.
    expect(decodeArticle(utf16le(long))).toEqual({ text: long });
    expect(decodeArticle(utf16be(long))).toEqual({ text: long });
  });

  it('refuses input over maxBytes, counting the bytes as given', () => {
    expect(DEFAULT_MAX_BYTES).toBe(50 * 1024 * 1024);
    const bytes = Buffer.from('x'.repeat(2048));
    expect(decodeArticle(bytes, { maxBytes: 2048 })).toEqual({ text: 'x'.repeat(2048) });
    expect(decodeArticle(bytes, { maxBytes: 2047 })).toEqual({ error: 'file too large (2048 bytes; the limit is 2047 bytes)' });
  });
});

describe('readArticle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seedlens-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads and decodes a file, returning its bytes for hashing', () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, Buffer.concat([BOM8, Buffer.from(text)]));
    const result = readArticle(path);
    expect(result).toMatchObject({ text });
    if ('bytes' in result) expect(Buffer.from(result.bytes).equals(Buffer.concat([BOM8, Buffer.from(text)]))).toBe(true);
  });

  it('refuses a file over the limit before reading it', () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'y'.repeat(100));
    expect(readArticle(path, { maxBytes: 10 })).toEqual({ error: 'file too large (100 bytes; the limit is 10 bytes)' });
  });

  it('describes missing files, folders and decoding errors', () => {
    expect(readArticle(join(dir, 'nope.txt'))).toEqual({ error: 'no such file or folder' });
    expect(readArticle(dir)).toEqual({ error: 'is a folder' });
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(readArticle(empty)).toEqual({ error: 'empty file' });
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without blocking on it', () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(readArticle(fifo)).toEqual({ error: 'not a regular file' });
  });

  it('reads the bytes alone, undecoded, with the errors of reading (not those of decoding)', () => {
    const path = join(dir, 'raw.txt');
    const bytes = Buffer.concat([BOM8, Buffer.from(text), Buffer.from([0xe9])]);
    writeFileSync(path, bytes);
    const read = readArticleBytes(path);
    expect('bytes' in read && Buffer.from(read.bytes).equals(bytes)).toBe(true);
    const empty = join(dir, 'empty-raw.txt');
    writeFileSync(empty, '');
    const none = readArticleBytes(empty);
    expect('bytes' in none && none.bytes.length).toBe(0);
    expect(readArticleBytes(join(dir, 'nope.txt'))).toEqual({ error: 'no such file or folder' });
    expect(readArticleBytes(dir)).toEqual({ error: 'is a folder' });
    expect(readArticleBytes(path, { maxBytes: 3 })).toEqual({ error: `file too large (${bytes.length} bytes; the limit is 3 bytes)` });
  });
});

describe.each([
  { where: 'named through /proc', noProc: false },
  { where: 'resolved again (no /proc)', noProc: true },
])('readArticle with roots, the location $where', ({ noProc }) => {
  let base: string;
  let root: string;
  beforeEach(() => {
    fsMock.noProc = noProc;
    base = mkdtempSync(join(tmpdir(), 'seedlens-roots-'));
    root = join(base, 'articles');
    mkdirSync(join(root, 'sub'), { recursive: true });
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'a.txt'), 'Outside secret.\n');
  });
  afterEach(() => {
    fsMock.noProc = false;
    rmSync(base, { recursive: true, force: true });
  });

  it('refuses a found file swapped for a link out of the root before the read, reading nothing', async () => {
    const path = join(root, 'a.txt');
    writeFileSync(path, 'Talks in Geneva.\n');
    expect((await findArticles([root])).files).toEqual([path]);
    // Another program swaps the file between the search and the read.
    unlinkSync(path);
    symlinkSync(join(base, 'outside', 'a.txt'), path);
    expect(readArticle(path, { roots: [root] })).toEqual({ error: OUTSIDE_ROOTS });
    // Without roots the link is followed, as it is for a path a user names.
    expect(readArticle(path)).toMatchObject({ text: 'Outside secret.\n' });
  });

  it('refuses a file whose folder was swapped for a link out of the root (which O_NOFOLLOW would miss)', async () => {
    const path = join(root, 'sub', 'a.txt');
    writeFileSync(path, 'Talks in Geneva.\n');
    expect((await findArticles([root])).files).toEqual([path]);
    renameSync(join(root, 'sub'), join(base, 'old-sub'));
    symlinkSync(join(base, 'outside'), join(root, 'sub'));
    expect(readArticle(path, { roots: [root] })).toEqual({ error: OUTSIDE_ROOTS });
  });

  it('reads links inside a root, roots named through links or as written, and files named as roots', () => {
    writeFileSync(join(root, 'a.txt'), 'Talks in Geneva.\n');
    symlinkSync(join(root, 'a.txt'), join(root, 'sub', 'link.txt'));
    symlinkSync(root, join(base, 'articles-link'));
    const expected = { text: 'Talks in Geneva.\n' };
    expect(readArticle(join(root, 'sub', 'link.txt'), { roots: [root] })).toMatchObject(expected);
    expect(readArticle(join(base, 'articles-link', 'a.txt'), { roots: [join(base, 'articles-link')] })).toMatchObject(expected);
    expect(readArticle(join(root, 'a.txt'), { roots: [join(root, 'a.txt')] })).toMatchObject(expected);
    // Roots as written: with a trailing separator, through `..`.
    expect(readArticle(join(root, 'a.txt'), { roots: [`${root}/`] })).toMatchObject(expected);
    expect(readArticle(join(root, 'a.txt'), { roots: [join(base, 'outside', '..', 'articles')] })).toMatchObject(expected);
    const outside = join(base, 'outside', 'a.txt');
    expect(readArticle(outside, { roots: [root, outside] })).toMatchObject({ text: 'Outside secret.\n' });
    // A path found under no root, and a link from one root into another (findArticles refuses both).
    expect(readArticle(outside, { roots: [root, join(base, 'gone')] })).toEqual({ error: OUTSIDE_ROOTS });
    symlinkSync(outside, join(root, 'to-other-root.txt'));
    expect(readArticle(join(root, 'to-other-root.txt'), { roots: [root, join(base, 'outside')] })).toEqual({ error: OUTSIDE_ROOTS });
    // A folder whose name starts like the root's is not inside it.
    mkdirSync(join(base, 'articles2'));
    writeFileSync(join(base, 'articles2', 'b.txt'), 'Elsewhere.\n');
    expect(readArticle(join(base, 'articles2', 'b.txt'), { roots: [root] })).toEqual({ error: OUTSIDE_ROOTS });
  });

  it('keeps the usual errors for missing files and folders inside the root', () => {
    expect(readArticle(join(root, 'nope.txt'), { roots: [root] })).toEqual({ error: 'no such file or folder' });
    expect(readArticle(join(root, 'sub'), { roots: [root] })).toEqual({ error: 'is a folder' });
  });
});
