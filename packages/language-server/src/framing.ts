// The base protocol's framing (`Content-Length: N\r\n\r\n` and N bytes of JSON), checked before
// vscode-languageserver reads it. Its reader trusts the framing: after a malformed header it
// stops understanding the stream, a Content-Length larger than the body swallows the messages
// that follow, and a header that never ends is buffered without bound. This guard passes well-formed
// frames through untouched, reports what is wrong, and resynchronises on the next header.
import { Transform, type TransformCallback } from 'node:stream';

/** A header section longer than this is not a header (the usual one is under 100 bytes). */
const MAX_HEADER_BYTES = 8 * 1024;
/** The largest message taken: a 50 MB article, JSON-escaped, with room to spare. */
export const MAX_BODY_BYTES = 256 * 1024 * 1024;
/**
 * Where a frame starts. Valid JSON never holds this: outside a string `Content-Length` is no
 * token, and inside one a raw CR is not allowed. So a body holding it was cut short.
 */
const FRAME_START = /Content-Length:[ \t]*\d+[ \t]*\r\n/i;
/** Bytes kept from one chunk to the next while looking for FRAME_START (longer than any match of interest). */
const CARRY = 64;
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');

type Mode = { kind: 'header' } | { kind: 'body'; header: Buffer; length: number } | { kind: 'skip' };

export class FrameGuard extends Transform {
  private mode: Mode = { kind: 'header' };
  /** In header and skip modes: bytes received and not yet passed on or dropped. */
  private pending: Buffer = Buffer.alloc(0);
  /** In body mode: the body so far, and its last bytes (searched again with the next chunk). */
  private body: Buffer[] = [];
  private bodyBytes = 0;
  private tail: Buffer = Buffer.alloc(0);

  constructor(private readonly report: (problem: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.feed(chunk);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  private feed(chunk: Buffer): void {
    let data = chunk;
    while (data.length > 0) {
      const mode = this.mode;
      if (mode.kind === 'body') {
        data = this.feedBody(mode, data);
        continue;
      }
      this.pending = this.pending.length === 0 ? data : Buffer.concat([this.pending, data]);
      data = Buffer.alloc(0);
      data = mode.kind === 'header' ? this.readHeader() : this.skip();
    }
  }

  /** Reads a header from `pending`; returns what follows it (the body), or nothing when the header is incomplete. */
  private readHeader(): Buffer {
    const end = this.pending.indexOf(HEADER_END);
    if (end < 0) {
      if (this.pending.length <= MAX_HEADER_BYTES) return Buffer.alloc(0);
      return this.malformed(`a header of over ${MAX_HEADER_BYTES} bytes with no end`);
    }
    const header = this.pending.subarray(0, end + HEADER_END.length);
    const length = contentLength(header.subarray(0, end).toString('latin1'));
    if (typeof length === 'string') return this.malformed(length);
    const rest = this.pending.subarray(header.length);
    this.pending = Buffer.alloc(0);
    this.mode = { kind: 'body', header, length };
    this.body = [];
    this.bodyBytes = 0;
    this.tail = Buffer.alloc(0);
    if (length === 0) return this.endBody(this.mode, rest);
    return rest;
  }

  /** Takes what of `data` belongs to the body; returns the rest. */
  private feedBody(mode: Extract<Mode, { kind: 'body' }>, data: Buffer): Buffer {
    const part = data.subarray(0, mode.length - this.bodyBytes);
    const rest = data.subarray(part.length);
    // A frame start beginning inside the body (it may end past it) means the body was cut short.
    const window = Buffer.concat([this.tail, part, rest.subarray(0, CARRY)]);
    const at = window.toString('latin1').search(FRAME_START);
    if (at >= 0 && at < this.tail.length + part.length) {
      this.report(`a message shorter than its Content-Length (${mode.length} bytes) was dropped; reading on from the next header`);
      this.mode = { kind: 'header' };
      this.body = [];
      return Buffer.concat([window.subarray(at), rest.subarray(Math.min(CARRY, rest.length))]);
    }
    this.body.push(part);
    this.bodyBytes += part.length;
    const seen = Buffer.concat([this.tail, part]);
    this.tail = seen.subarray(Math.max(0, seen.length - CARRY));
    return this.bodyBytes === mode.length ? this.endBody(mode, rest) : rest;
  }

  private endBody(mode: Extract<Mode, { kind: 'body' }>, rest: Buffer): Buffer {
    this.push(mode.header);
    for (const part of this.body) this.push(part);
    this.body = [];
    this.tail = Buffer.alloc(0);
    this.mode = { kind: 'header' };
    return rest;
  }

  /** Looks for the next header in `pending`; returns the bytes from it on, or nothing. */
  private skip(): Buffer {
    const at = this.pending.toString('latin1').search(FRAME_START);
    if (at < 0) {
      // Keep only what could be the start of a header cut by the chunk's end.
      if (this.pending.length > CARRY) this.pending = this.pending.subarray(this.pending.length - CARRY);
      return Buffer.alloc(0);
    }
    const from = this.pending.subarray(at);
    this.pending = Buffer.alloc(0);
    this.mode = { kind: 'header' };
    return from;
  }

  /** A header that is none: reported; the search for the next one starts after its first byte. */
  private malformed(problem: string): Buffer {
    this.report(`malformed message header (${problem}); looking for the next header`);
    const from = this.pending.subarray(1);
    this.pending = Buffer.alloc(0);
    this.mode = { kind: 'skip' };
    return from;
  }
}

/** The Content-Length of a header section (its lines, without the blank line), or what is wrong with it. */
function contentLength(header: string): number | string {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    if (!/^[A-Za-z0-9-]+$/.test(name)) return `not a header line: ${JSON.stringify(line.slice(0, 80))}`;
    if (name.toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,12}$/.test(value)) return `Content-Length is not a number: ${JSON.stringify(value.slice(0, 40))}`;
    length = Number(value);
  }
  if (length === undefined) return 'no Content-Length';
  if (length > MAX_BODY_BYTES) return `Content-Length ${length} is over the limit of ${MAX_BODY_BYTES} bytes`;
  return length;
}
