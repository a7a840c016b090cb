import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { describeFsError } from './fs-error.js';

/** Files larger than this are refused rather than read (the language server may pass less). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export type DecodedArticle = {
  /** The decoded text, without its byte-order mark; CRLF kept, so offsets match the file as read. */
  text: string;
  /** Set when the text was decoded with losses (malformed UTF-8 replaced by U+FFFD). */
  warning?: string;
};

/** Characters looked at to decide whether a text is mostly control characters. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control characters or malformed sequences above which text is called binary. */
const BINARY_RATIO = 0.1;

const NUL_ERROR = 'binary file (contains NUL bytes)';

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Decodes a file's bytes: UTF-8 (BOM stripped), or UTF-16 LE/BE when it starts with their
 * byte-order mark. Binary data (NUL bytes, mostly control characters), empty or whitespace-only
 * input and input over `maxBytes` give an error. Malformed sequences are kept as U+FFFD, with a
 * warning: the rest of the text still indexes, and offsets stay those of the decoded text.
 */
export function decodeArticle(bytes: Uint8Array, options: { maxBytes?: number } = {}): DecodedArticle | { error: string } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return { error: tooLarge(bytes.length, maxBytes) };

  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let bomLength = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bomLength = 3;
  // FF FE 00 00 is the UTF-32 LE mark, which is not supported: it falls through to the NUL check.
  else if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) {
    encoding = 'utf-16le';
    bomLength = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    bomLength = 2;
  }
  const body = bytes.subarray(bomLength);
  if (body.length === 0) return { error: 'empty file' };

  let text: string;
  let replaced: number;
  if (encoding === 'utf-8') {
    // Anywhere in the file, not only where the binary sniff looks: no text has a NUL byte.
    if (body.includes(0)) return { error: NUL_ERROR };
    text = utf8.decode(body);
    replaced = countReplacements(text, body);
  } else {
    if (body.length % 2 !== 0) return { error: `not valid ${encoding.toUpperCase()} (odd number of bytes)` };
    const le = encoding === 'utf-16le' ? body : swapBytes(body);
    text = utf16le.decode(le);
    // UTF-16 is full of NUL bytes, but a NUL code unit (U+0000) is no character of any text: it
    // means binary data behind a byte-order mark, or another encoding (UTF-32) taken for UTF-16.
    // Refused as a NUL byte in UTF-8 is, so that both encodings give one answer.
    if (text.includes('\0')) return { error: NUL_ERROR };
    replaced = text.includes('\uFFFD') ? countChar(text, '\uFFFD') - countEncodedFffdUtf16le(le) : 0;
  }

  if (!/\S/.test(text)) return { error: 'empty file (only whitespace)' };
  if (looksBinary(text)) return { error: 'binary file (mostly non-text bytes)' };
  if (replaced > 0) {
    return {
      text,
      warning: `${replaced} malformed ${encoding.toUpperCase()} ${replaced === 1 ? 'sequence' : 'sequences'} replaced by U+FFFD`,
    };
  }
  return { text };
}

export interface ReadArticleOptions {
  /** Files larger than this are refused before they are read (default 50 MB). */
  maxBytes?: number;
  /**
   * The files and folders searched (the roots given to findArticles). When set, `path` must be
   * one found under them (a root joined with names, as findArticles gives it), and the file opened
   * must lie inside that root, wherever symbolic links lead: a file swapped for a link to elsewhere
   * between the search and the read is refused, and nothing of it is read.
   */
  roots?: readonly string[];
}

/** The reason given for a file that lies outside its roots (the one findArticles gives). */
export const OUTSIDE_ROOTS = 'symbolic link leads outside the folder';

/**
 * Reads and decodes one article: never blocks on a FIFO, checks the size of the file opened
 * before reading it, and with `roots` refuses a file whose real location left them.
 */
export function readArticle(path: string, options: ReadArticleOptions = {}): (DecodedArticle & { bytes: Uint8Array }) | { error: string } {
  const read = readArticleBytes(path, options);
  if ('error' in read) return read;
  const decoded = decodeArticle(read.bytes, options);
  return 'error' in decoded ? decoded : { ...decoded, bytes: read.bytes };
}

/**
 * The bytes of one article, read as `readArticle` reads them, not decoded: for a caller that may
 * not need the text (openCorpus, when the snapshot holds this content already).
 */
export function readArticleBytes(path: string, options: ReadArticleOptions = {}): { bytes: Uint8Array } | { error: string } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let fd: number | undefined;
  try {
    // Non-blocking, so that opening a FIFO returns at once (and fails the isFile check below).
    // Links are followed (findArticles takes links inside a root); where they lead is checked on
    // the open handle, since O_NOFOLLOW would guard the last part of the path only.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (options.roots) {
      const where = locationOf(fd, path, info);
      if (where === undefined) return { error: 'file replaced while being opened' };
      if (!insideRoots(where, path, options.roots)) return { error: OUTSIDE_ROOTS };
    }
    if (info.isDirectory()) return { error: 'is a folder' };
    if (!info.isFile()) return { error: 'not a regular file' };
    const size = info.size;
    if (size > maxBytes) return { error: tooLarge(size, maxBytes) };
    return { bytes: readAll(fd, size, maxBytes) };
  } catch (error) {
    return { error: describeFsError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The real path of the file open as `fd`. Linux names it in /proc, free of races. Elsewhere the
 * path is resolved again and must still name the file opened (undefined when it does not): this
 * catches a swap before the open, not one timed between the resolving and its check.
 */
function locationOf(fd: number, path: string, opened: { dev: number; ino: number }): string | undefined {
  if (process.platform === 'linux') {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      // No /proc mounted (some containers): resolve the path as other systems do.
    }
  }
  const real = realpathSync.native(path);
  const now = statSync(real);
  return now.dev === opened.dev && now.ino === opened.ino ? real : undefined;
}

/**
 * Whether the file at real path `real`, opened as `path`, lies inside the root `path` was found
 * under. Only roots that `path` names a place under are resolved: one realpath per read, not one
 * per root (the command line may name thousands of files), and a link from one root into another
 * is refused as findArticles refuses it.
 */
function insideRoots(real: string, path: string, roots: readonly string[]): boolean {
  const absolute = resolve(path);
  return roots.some((root) => {
    if (!isInside(absolute, resolve(root))) return false;
    // The file's real path is the path as written, so no link lies anywhere on it, the root's
    // part included: the root is its own real path, and resolving it again is not needed.
    if (real === absolute) return true;
    try {
      return isInside(real, realpathSync.native(root));
    } catch {
      return false; // a root that no longer exists holds nothing
    }
  });
}

/**
 * The file's bytes when they are the UTF-8 of its text (no byte-order mark, nothing replaced),
 * so that the corpus keeps them instead of encoding the text again.
 */
export function utf8Of(read: { bytes: Uint8Array; text: string; warning?: string | undefined }): Uint8Array | undefined {
  const { bytes } = read;
  const marked = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !marked && !read.warning && Buffer.byteLength(read.text, 'utf8') === bytes.length ? bytes : undefined;
}

/** Whether the real path `real` is the real path `folder` or lies below it. */
export function isInside(real: string, folder: string): boolean {
  return real === folder || real.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** Reads to the end even if the file grew since fstat, but never more than `maxBytes` + 1 bytes. */
function readAll(fd: number, expected: number, maxBytes: number): Uint8Array {
  let buffer = Buffer.allocUnsafe(Math.min(expected, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) break;
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/** The reason given for a file over the size limit. */
export function tooLarge(size: number, maxBytes: number): string {
  let [shown, limit] = [formatBytes(size), formatBytes(maxBytes)];
  if (shown === limit) [shown, limit] = [`${size} bytes`, `${maxBytes} bytes`];
  return `file too large (${shown}; the limit is ${limit})`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} bytes`;
}

/** Big- to little-endian: TextDecoder's utf-16be needs full ICU, which not every Node build has. */
function swapBytes(body: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(body.length);
  for (let i = 0; i + 1 < body.length; i += 2) {
    swapped[i] = body[i + 1]!;
    swapped[i + 1] = body[i]!;
  }
  return swapped;
}

function countEncodedFffdUtf16le(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) if (bytes[i] === 0xfd && bytes[i + 1] === 0xff) n++;
  return n;
}

/** U+FFFD in the output that did not come from an encoded U+FFFD (EF BF BD) in the input. */
function countReplacements(text: string, bytes: Uint8Array): number {
  const inText = countChar(text, '\uFFFD');
  if (inText === 0) return 0;
  let encoded = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) encoded++;
  }
  return inText - encoded;
}

function countChar(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** The characters looksBinary counts (control characters other than whitespace and ESC, DEL, U+FFFD). */
const SUSPECT = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]/;

/** Control characters other than whitespace, or U+FFFD, make up a large share of the first characters. */
function looksBinary(text: string): boolean {
  const sample = text.length > SNIFF_BYTES ? text.slice(0, SNIFF_BYTES) : text;
  // Most texts have none at all: one regex scan says so several times faster than the loop.
  if (!SUSPECT.test(sample)) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b && c !== 0x1b) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / sample.length > BINARY_RATIO;
}
