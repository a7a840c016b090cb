// An article's text as the corpus keeps it between the few calls that read it (rebuilding its
// analysis, its sentences): UTF-8, deflated when that makes it smaller. The texts of 10,000
// articles were 40 MB of the memory a corpus kept, and of its snapshot; news text deflates to
// less than half. Related articles, search and the entity join never read the text.
//
// The first byte tells the form of the rest: RAW (UTF-8 as is, for texts that do not shrink, such
// as very short ones) or DEFLATED (raw deflate of the UTF-8, no zlib or gzip header).
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const RAW = 0;
const DEFLATED = 1;

/**
 * `text` packed; a text that is not well-formed (a lone surrogate) would not survive UTF-8 and is
 * the caller's to keep as a string. `utf8`: the text's UTF-8 bytes, when at hand (saves encoding it).
 */
export function packText(text: string, utf8?: Uint8Array): Uint8Array {
  const bytes = utf8 ?? Buffer.from(text, 'utf8');
  const deflated = bytes.length > 0 ? deflateRawSync(bytes) : undefined;
  return deflated && deflated.length < bytes.length ? owned(DEFLATED, deflated) : owned(RAW, bytes);
}

/** The text `packText` packed; throws on bytes it did not make. */
export function unpackText(packed: Uint8Array): string {
  const form = packed[0];
  const body = packed.subarray(1);
  if (form === RAW) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (form === DEFLATED) return inflateRawSync(body).toString('utf8');
  throw new Error('seedlens: a stored text is damaged');
}

/**
 * `form` and `body` in a buffer of their own, of their size: Buffer.from and zlib's results may
 * be slices of larger buffers (Buffer.from puts small ones in shared 8 KB slabs), whose unused
 * rest would stay allocated for as long as the text is kept.
 */
function owned(form: number, body: Uint8Array): Uint8Array {
  const out = Buffer.allocUnsafeSlow(body.length + 1);
  out[0] = form;
  out.set(body, 1);
  return out;
}
