// The pack file of the analysis cache: core's analyses keyed by the SHA-256 of each file's bytes,
// each with what the corpus indexes of it (index/article-index.ts), so that a file whose content
// was seen before is neither analysed nor derived again. (Reopening an unchanged folder reads the corpus snapshot instead,
// corpus-snapshot.ts; this pack serves files renamed, moved or changed back, and openings without
// a usable snapshot.)
//
// One pack file per set of opened roots, read whole, written as analyses come: records stream to
// a temporary file renamed over the pack when saving. Reading it costs one read, one checksum and
// one JSON.parse of the distinct strings. The text is not stored: it is re-read to hash it anyway.
//
//   a header line, padded with spaces to 512 bytes:
//     `seedlens-analyses <format> <analyzer> <indexer> <body bytes> <directory at> <strings at> <body sha256>`
//   then the body: the records one after another, each followed by its index record; at
//   `directory at`, varints: entry count, (hash S, record length, index record length or 0) per
//   entry; at `strings at`, S = the JSON array of the strings of all records.
//
// A pack of another format or analyzer, truncated or corrupt, is ignored (and replaced on save);
// one of another indexer (this package, rebuilt) keeps its analyses and drops their index records.
import { createHash } from 'node:crypto';
import { type IndexRecord, transcodeArticleIndex } from '../index/article-index.js';
import { type AnalysisRecord, StringTable, transcodeRecord, VarintReader, VarintWriter } from '../records/analysis-record.js';
import { analyzerFingerprint, indexerFingerprint } from './fingerprints.js';
import { writeStringsJson } from './strings-json.js';

export const CACHE_FORMAT = 4;
const MAGIC = 'seedlens-analyses';

/** An analysis as cached: its record, and its index record when one fits this package's code. */
export interface CacheEntry {
  record: AnalysisRecord;
  index: IndexRecord | undefined;
}

/**
 * A pack being written: entries are rewritten onto one string table as they are added, and their
 * bytes go to `sink` a chunk at a time (the cache streams them to its temporary file), so that
 * neither what a worker sent (its own strings, hundreds of words an article) nor the records
 * themselves are held until saving.
 */
export class PackWriter {
  private readonly table = new StringTable();
  private readonly body = new VarintWriter();
  private readonly directory: Array<[string, number, number]> = [];
  private readonly hashes = new Set<string>();
  private readonly checksum = createHash('sha256');
  private written = 0;

  /** `sink` takes the body's bytes in order, and is done with each part when it returns. */
  constructor(private readonly sink: (bytes: Uint8Array) => void) {}

  get size(): number {
    return this.directory.length;
  }

  has(hash: string): boolean {
    return this.hashes.has(hash);
  }

  /** Adds an entry (the first for a hash counts); a damaged record is left out, a damaged index record dropped. */
  add(hash: string, { record, index }: CacheEntry): void {
    if (this.hashes.has(hash)) return;
    const { body, table } = this;
    const start = body.length;
    try {
      transcodeRecord(record, table, body);
    } catch {
      body.length = start;
      return;
    }
    const middle = body.length;
    try {
      if (index) transcodeArticleIndex(index, table, body);
    } catch {
      body.length = middle;
    }
    this.hashes.add(hash);
    this.directory.push([hash, middle - start, body.length - middle]);
    if (body.length >= CHUNK) this.flush();
  }

  /** Writes the directory and the strings after the records; returns the header line to put before the body. */
  finish(): Buffer {
    this.flush();
    const directoryAt = this.written;
    const head = new VarintWriter();
    head.uint(this.directory.length);
    for (const [hash, length, indexLength] of this.directory) {
      head.uint(this.table.id(hash));
      head.uint(length);
      head.uint(indexLength);
    }
    this.emit(head.view());
    const stringsAt = this.written;
    writeStringsJson(this.table.strings, (bytes) => this.emit(bytes));
    const header = `${MAGIC} ${CACHE_FORMAT} ${analyzerFingerprint()} ${indexerFingerprint()} ${this.written} ${directoryAt} ${stringsAt} ${this.checksum.digest('base64url')}`;
    return Buffer.from(`${header.padEnd(PACK_HEADER - 1, ' ')}\n`, 'latin1');
  }

  private flush(): void {
    if (this.body.length === 0) return;
    this.emit(this.body.view());
    this.body.length = 0;
  }

  private emit(bytes: Uint8Array): void {
    this.checksum.update(bytes);
    this.sink(bytes);
    this.written += bytes.length;
  }
}

const CHUNK = 1 << 20;
/**
 * Bytes kept for the header line, written last (it holds the body's length and checksum) into the
 * room left for it before the body. Readers only look for its line end.
 */
export const PACK_HEADER = 512;

/** A pack file's bytes for these entries (see PackWriter.add). */
export function formatPack(entries: Map<string, CacheEntry>): Buffer {
  const parts: Uint8Array[] = [];
  const writer = new PackWriter((bytes) => parts.push(Uint8Array.from(bytes)));
  for (const [hash, entry] of entries) writer.add(hash, entry);
  const header = writer.finish();
  return Buffer.concat([header, ...parts]);
}

/** A loaded pack: the entries by content hash. */
export class PackReader {
  private readonly entries = new Map<string, CacheEntry>();

  /**
   * `records`: the records one after another; `directory`: what PackWriter.finish wrote of them.
   * `withIndex`: whether the index records were derived by this package's code (else they are dropped).
   */
  constructor(strings: readonly string[], records: Uint8Array, directory: Uint8Array, withIndex = true) {
    const r = new VarintReader(directory);
    let at = 0;
    for (let n = r.count(); n > 0; n--) {
      const hash = strings[r.uint()];
      const length = r.uint();
      const indexLength = r.uint();
      if (typeof hash !== 'string' || at + length + indexLength > records.length) throw new RangeError('bad directory');
      const record = { strings, bytes: records.subarray(at, at + length) };
      const index = withIndex && indexLength > 0 ? { strings, bytes: records.subarray(at + length, at + length + indexLength) } : undefined;
      this.entries.set(hash, { record, index });
      at += length + indexLength;
    }
    if (at !== records.length || r.at !== directory.length) throw new RangeError('bad directory');
  }

  get size(): number {
    return this.entries.size;
  }

  entry(hash: string): CacheEntry | undefined {
    return this.entries.get(hash);
  }
}

/** The pack in these bytes, or undefined when it is of another format or analyzer, truncated or damaged. */
export function parsePack(bytes: Uint8Array): PackReader | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || newline > 64 * 1024) return undefined;
  const [magic, format, analyzer, indexedBy, length, directoryAt, stringsAt, checksum] = Buffer.from(bytes.subarray(0, newline)).toString('latin1').trimEnd().split(' ');
  if (magic !== MAGIC || format !== String(CACHE_FORMAT) || analyzer !== analyzerFingerprint()) return undefined;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + newline + 1, bytes.length - newline - 1);
  const directory = Number(directoryAt);
  const strings = Number(stringsAt);
  if (String(body.length) !== length || !(directory >= 0 && directory <= strings && strings <= body.length)) return undefined;
  if (createHash('sha256').update(body).digest('base64url') !== checksum) return undefined;
  try {
    const table = JSON.parse(body.toString('utf8', strings)) as unknown;
    if (!Array.isArray(table) || !table.every((s) => typeof s === 'string')) return undefined;
    return new PackReader(table as string[], body.subarray(0, directory), body.subarray(directory, strings), indexedBy === indexerFingerprint());
  } catch {
    return undefined;
  }
}
