import { open, stat } from 'node:fs/promises';

/** Files larger than this are refused rather than read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  | {
      ok: true;
      /** The decoded text, without its byte-order mark. */
      text: string;
      encoding: TextEncodingName;
      hadBom: boolean;
      /** Number of malformed byte sequences replaced by U+FFFD. */
      replaced: number;
    }
  | { ok: false; reason: string };

export type ReadResult = (DecodeResult & { ok: true }) | { ok: false; reason: string };

/** Bytes looked at to decide whether a file is binary. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control characters or malformed sequences above which text is called binary. */
const BINARY_RATIO = 0.1;

/**
 * Decodes file bytes: UTF-8 (with or without BOM) or, when it starts with one of their
 * byte-order marks, UTF-16 LE/BE. Refuses empty input and binary data (NUL bytes in
 * byte-oriented text, or mostly control characters / malformed UTF-8).
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  let encoding: TextEncodingName = 'utf-8';
  let bomLength = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bomLength = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) {
    encoding = 'utf-16le';
    bomLength = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    bomLength = 2;
  }
  const body = bytes.subarray(bomLength);
  if (body.length === 0) return { ok: false, reason: 'empty file' };

  let text: string;
  let replaced = 0;
  if (encoding === 'utf-8') {
    if (body.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    replaced = countReplacements(text, body);
  } else {
    if (body.length % 2 !== 0) return { ok: false, reason: `not valid ${encoding.toUpperCase()} (odd number of bytes)` };
    text = decodeUtf16(body, encoding);
    replaced = countChar(text, 0xfffd);
  }

  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  if (looksBinary(text)) return { ok: false, reason: 'binary file (mostly non-text bytes)' };
  return { ok: true, text, encoding, hadBom: bomLength > 0, replaced };
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(body);
  // Swap to little-endian: TextDecoder's utf-16be needs full ICU, which not every Node build has.
  const swapped = new Uint8Array(body.length);
  for (let i = 0; i + 1 < body.length; i += 2) {
    swapped[i] = body[i + 1]!;
    swapped[i + 1] = body[i]!;
  }
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(swapped);
}

/** U+FFFD in the output that did not come from an encoded U+FFFD (EF BF BD) in the input. */
function countReplacements(text: string, bytes: Uint8Array): number {
  const inText = countChar(text, 0xfffd);
  if (inText === 0) return 0;
  let encoded = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) encoded++;
  }
  return inText - encoded;
}

function countChar(text: string, code: number): number {
  let n = 0;
  for (let i = text.indexOf(String.fromCharCode(code)); i !== -1; i = text.indexOf(String.fromCharCode(code), i + 1)) n++;
  return n;
}

/** Control characters other than whitespace, NUL or U+FFFD make up a large share of the first characters. */
function looksBinary(text: string): boolean {
  const sample = text.length > SNIFF_BYTES ? text.slice(0, SNIFF_BYTES) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b && c !== 0x1b) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / sample.length > BINARY_RATIO;
}

/** Reads and decodes a text file, refusing files over `maxBytes` before reading them. */
export async function readTextFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  let handle;
  try {
    // stat before open: opening a FIFO or device could block.
    const before = await stat(path);
    if (before.isDirectory()) return { ok: false, reason: 'is a folder' };
    if (!before.isFile()) return { ok: false, reason: 'not a regular file' };
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.size > maxBytes) {
      return { ok: false, reason: `file too large (${formatBytes(info.size)}; the limit is ${formatBytes(maxBytes)})` };
    }
    const bytes = await handle.readFile();
    return decodeText(bytes);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    await handle?.close();
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} bytes`;
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
  EIO: 'input/output error',
};

/** A short, lower-case reason for a file-system error, without the path (the caller prints it). */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code && FS_REASONS[code]) return FS_REASONS[code];
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/,\s*\w+\s+'.*'$/, '');
}
