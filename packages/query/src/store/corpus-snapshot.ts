// A corpus saved whole, next to the analysis cache: reopening a folder whose files did not change
// takes the indexes back as they were built, instead of indexing every article again from its
// cached records (which was most of the time of reopening a large folder).
//
// It holds, for each article, its uri and the content hash of the file it was read from, so the
// caller can tell which articles are still what the files say: those that are not are replaced or
// removed through the corpus's ordinary incremental path, which needs nothing but the snapshot
// (each article's text and record are in it).
//
//   header: one line, padded with spaces to HEADER bytes:
//     `seedlens-corpus <format> <endianness> <analyzer> <indexer> <body bytes> <strings at> <texts at> <body sha256>`
//   body: the files (count, then uri S and hash S each), the corpus (writeIndexes in index/indexes.ts), then
//     from `strings at` on, the JSON array of the strings S points into, then from `texts at` on,
//     the articles' texts (packed), which a corpus read from the snapshot reads from the file
//     when it needs one (snapshot-texts.ts).
// The header's length keeps the body aligned for the raw arrays in it (snapshot-format.ts).
// A snapshot of another format, analyzer or indexer, truncated or damaged, is ignored.
import { createHash, randomBytes } from 'node:crypto';
import { close, closeSync, open, read, writeSync } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { endianness } from 'node:os';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { analyzerFingerprint, indexerFingerprint } from './fingerprints.js';
import { createPrivateFile, makeCacheDir } from './private-files.js';
import { Corpus, moveCorpus, readCorpusSnapshot, writeCorpusSnapshot } from '../corpus.js';
import { type AsideRef, SnapshotReader, SnapshotWriter } from '../records/snapshot-format.js';
import { TimeSlicer } from '../time-slice.js';
import { SnapshotTexts } from './snapshot-texts.js';
import { writeStringsJson } from './strings-json.js';

export const SNAPSHOT_FORMAT = 2;
const MAGIC = 'seedlens-corpus';
const HEADER = 512;

/**
 * Writes `corpus` and the content hash of each of its articles (`hashes`: uri → hash; every
 * article must have one) to `file`, atomically, readable by its owner only. The corpus must not
 * change until this resolves. Never throws: false when it could not (`onError` is told why).
 */
export async function saveCorpusSnapshot(
  file: string,
  corpus: Corpus,
  hashes: ReadonlyMap<string, string>,
  onError?: (error: unknown) => void,
): Promise<boolean> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  let fd: number | undefined;
  try {
    makeCacheDir(dirname(file));
    fd = createPrivateFile(tmp);
    const checksum = createHash('sha256');
    let at = HEADER;
    const out = fd;
    const sink = (bytes: Uint8Array): void => {
      checksum.update(bytes);
      for (let done = 0; done < bytes.length; ) done += writeSync(out, bytes, done, bytes.length - done, at + done);
      at += bytes.length;
    };
    const w = new SnapshotWriter(sink);
    const uris = corpus.uris();
    w.uint(uris.length);
    for (const uri of uris) {
      const hash = hashes.get(uri);
      if (hash === undefined) throw new Error(`no content hash for ${uri}`);
      w.str(uri);
      w.str(hash);
    }
    // Written in slices, letting other work run (a language server answers requests meanwhile).
    const slicer = new TimeSlicer();
    for (const _ of writeCorpusSnapshot(corpus, w)) await slicer.pause();
    const strings = w.finish();
    const stringsAt = w.position;
    writeStringsJson(strings, sink);
    const textsAt = at - HEADER;
    writeRuns(w.asideRuns, sink);
    const header = `${MAGIC} ${SNAPSHOT_FORMAT} ${endianness()} ${analyzerFingerprint()} ${indexerFingerprint()} ${at - HEADER} ${stringsAt} ${textsAt} ${checksum.digest('base64url')}`;
    if (header.length >= HEADER) throw new Error('snapshot header too long');
    writeSync(fd, Buffer.from(header.padEnd(HEADER - 1, ' ') + '\n', 'latin1'), 0, HEADER, 0);
    closeSync(fd);
    fd = undefined;
    await rename(tmp, file);
    return true;
  } catch (error) {
    onError?.(error);
    if (fd !== undefined) closeSync(fd);
    await unlink(tmp).catch(() => undefined);
    return false;
  }
}

/**
 * Many small runs of bytes (the texts) handed to `sink` in chunks of about a megabyte; a run kept
 * elsewhere (a previous snapshot, the spool of texts) is read here, so that the texts are never in
 * memory all at once.
 */
function writeRuns(runs: readonly (Uint8Array | AsideRef)[], sink: (bytes: Uint8Array) => void): void {
  const chunk = Buffer.allocUnsafe(1 << 20);
  let used = 0;
  for (const aside of runs) {
    const run = aside instanceof Uint8Array ? aside : aside.from.read(aside.at, aside.length);
    if (used + run.length > chunk.length) {
      sink(chunk.subarray(0, used));
      used = 0;
    }
    if (run.length > chunk.length) sink(run);
    else {
      chunk.set(run, used);
      used += run.length;
    }
  }
  if (used > 0) sink(chunk.subarray(0, used));
}

/**
 * Reads the snapshot in `file` into `corpus` (which must be empty) and returns the content hash of
 * each article by uri; undefined, with the corpus untouched, when there is no usable snapshot.
 */
export async function loadCorpusSnapshot(file: string, corpus: Corpus): Promise<Map<string, string> | undefined> {
  const parts = await readSnapshotFile(file);
  if (!parts) return undefined;
  const { body, strings: stringBytes, texts } = parts;
  try {
    const strings = JSON.parse(stringBytes.toString('utf8')) as unknown;
    if (!Array.isArray(strings) || !strings.every((s) => typeof s === 'string')) return fail(texts);
    const r = new SnapshotReader(body, strings as string[], { from: texts, length: texts.length });
    const hashes = new Map<string, string>();
    for (let n = r.count(); n > 0; n--) hashes.set(r.str(), r.str());
    const loaded = new Corpus();
    readCorpusSnapshot(loaded, r);
    if (!r.done || hashes.size !== loaded.size || loaded.uris().some((uri) => !hashes.has(uri))) return fail(texts);
    moveCorpus(loaded, corpus);
    return hashes;
  } catch {
    return fail(texts);
  }
}

function fail(texts: SnapshotTexts): undefined {
  texts.close();
  return undefined;
}

const openFile = promisify(open);
const readInto = promisify(read);
const readFile = async (fd: number, into: Buffer, offset: number, length: number, position: number): Promise<number> =>
  (await readInto(fd, into, offset, length, position)).bytesRead;
const closeFile = promisify(close);

/**
 * The parts of a snapshot whose header fits this build, checked against its checksum: the body up
 * to its strings, and the strings apart, read; the texts left in the file, open (snapshot-texts.ts).
 * The corpus keeps views of the body; read as one buffer, the strings' JSON (5 MB for 10,000
 * articles), parsed once, would stay allocated with it.
 */
async function readSnapshotFile(file: string): Promise<{ body: Buffer; strings: Buffer; texts: SnapshotTexts } | undefined> {
  // A descriptor, not a FileHandle: the texts' reader keeps it open after this returns, and a
  // FileHandle would be closed when collected.
  let fd: number | undefined;
  try {
    fd = await openFile(file, 'r');
    const header = await readAt(fd, 0, HEADER);
    if (header[HEADER - 1] !== 0x0a) return closed(fd);
    const [magic, format, order, analyzer, indexer, length, stringsAt, textsAt, checksum] = header.toString('latin1', 0, HEADER - 1).trimEnd().split(' ');
    if (magic !== MAGIC || format !== String(SNAPSHOT_FORMAT) || order !== endianness()) return closed(fd);
    if (analyzer !== analyzerFingerprint() || indexer !== indexerFingerprint()) return closed(fd);
    const total = Number(length);
    const split = Number(stringsAt);
    const textsStart = Number(textsAt);
    if (!(Number.isSafeInteger(total) && split >= 0 && split <= textsStart && textsStart <= total)) return closed(fd);
    const body = await readAt(fd, HEADER, split);
    const strings = await readAt(fd, HEADER + split, textsStart - split);
    const hash = createHash('sha256').update(body).update(strings);
    // The texts are checked too, a megabyte at a time, and left in the file.
    const chunk = Buffer.allocUnsafe(1 << 20);
    for (let at = textsStart; at < total; ) {
      const n = await readFile(fd, chunk, 0, Math.min(chunk.length, total - at), HEADER + at);
      if (n === 0) return closed(fd);
      hash.update(chunk.subarray(0, n));
      at += n;
    }
    const extra = await readFile(fd, chunk, 0, 1, HEADER + total);
    if (extra !== 0 || hash.digest('base64url') !== checksum) return closed(fd);
    const texts = new SnapshotTexts(fd, HEADER + textsStart, total - textsStart);
    fd = undefined;
    return { body, strings, texts };
  } catch {
    return fd === undefined ? undefined : closed(fd);
  }
}

async function closed(fd: number): Promise<undefined> {
  await closeFile(fd).catch(() => undefined);
  return undefined;
}

/** `length` bytes of the file from `position`, in a buffer of their own (aligned, for the arrays read as views). */
async function readAt(fd: number, position: number, length: number): Promise<Buffer> {
  const bytes = Buffer.allocUnsafeSlow(length);
  for (let done = 0; done < length; ) {
    const n = await readFile(fd, bytes, done, length - done, position + done);
    if (n === 0) throw new Error('snapshot ends early');
    done += n;
  }
  return bytes;
}
