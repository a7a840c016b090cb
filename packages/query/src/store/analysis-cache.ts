import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, unlinkSync, writeSync } from 'node:fs';
import { readFile, rename, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnalysisRecord, type RecordHead, recordHead, StringTable, transcodeRecord, VarintReader, VarintWriter } from '../records/analysis-record.js';
import { type IndexRecord, transcodeArticleIndex } from '../index/article-index.js';

/**
 * On-disk cache of core analyses, keyed by the SHA-256 of each file's bytes, each with what the
 * corpus indexes of it (article-index.ts), so that a file whose content was seen before is neither
 * analysed nor derived again. (Reopening an unchanged folder reads the corpus snapshot instead,
 * corpus-snapshot.ts; this pack serves files renamed, moved or changed back, and openings without
 * a usable snapshot.)
 *
 * One pack file per set of opened roots, read whole, written as analyses come: records stream to
 * a temporary file renamed over the pack when saving. Reading it costs one read, one checksum and
 * one JSON.parse of the distinct strings. The text is not stored: it is re-read to hash it anyway.
 *
 *   a header line, padded with spaces to 512 bytes:
 *     `seedlens-analyses <format> <analyzer> <indexer> <body bytes> <directory at> <strings at> <body sha256>`
 *   then the body: the records one after another, each followed by its index record; at
 *   `directory at`, varints: entry count, (hash S, record length, index record length or 0) per
 *   entry; at `strings at`, S = the JSON array of the strings of all records.
 *
 * A pack of another format or analyzer, truncated or corrupt, is ignored (and replaced on save);
 * one of another indexer (this package, rebuilt) keeps its analyses and drops their index records.
 */
export const CACHE_FORMAT = 4;
const MAGIC = 'seedlens-analyses';

/** The user's cache folder for seedlens: SEEDLENS_CACHE_DIR, else the platform's cache folder + `/seedlens`. */
export function defaultCacheDir(): string {
  return cacheDirFor(process.env, process.platform, homedir());
}

export function cacheDirFor(env: Record<string, string | undefined>, platform: NodeJS.Platform, home: string): string {
  if (env.SEEDLENS_CACHE_DIR) return resolve(env.SEEDLENS_CACHE_DIR);
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'seedlens');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'seedlens');
  // The XDG spec says to ignore a relative XDG_CACHE_HOME.
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'seedlens');
}

/** The cache key of a file's content. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

let fingerprint: string | undefined;

/**
 * Names the analyzer that produced the analyses: core's version and a hash of its built code, so
 * that a rebuilt core invalidates the cache even without a version bump. When core cannot be
 * located (bundled into one file), the bundle that holds this module stands for it.
 */
export function analyzerFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  let version = 'unknown';
  try {
    const require = createRequire(import.meta.url);
    version = (require('@seedlens/core/package.json') as { version: string }).version;
    hash.update(readFileSync(require.resolve('@seedlens/core')));
  } catch {
    try {
      hash.update(readFileSync(fileURLToPath(import.meta.url)));
    } catch {
      hash.update('unknown');
    }
  }
  fingerprint = `${version.replace(/\s/g, '')}+${hash.digest('base64url').slice(0, 16)}`;
  return fingerprint;
}

let indexer: string | undefined;

/**
 * Names the code that derives index records: a hash of the package's modules (built, the files
 * next to this one's bundle; under test, every source file of src/, this one being in src/store/).
 * The corpus subtracts what an article added by deriving it again, so a record from other code
 * must not be used.
 */
export function indexerFingerprint(): string {
  if (indexer !== undefined) return indexer;
  const hash = createHash('sha256');
  try {
    const here = fileURLToPath(import.meta.url);
    const fromSources = here.endsWith('.ts');
    const dir = fromSources ? dirname(dirname(here)) : dirname(here);
    const names = readdirSync(dir, { recursive: fromSources }) as string[];
    for (const name of names.filter((n) => /\.(c|m)?[jt]s$/.test(n)).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  } catch {
    hash.update('unknown');
  }
  indexer = hash.digest('base64url').slice(0, 16);
  return indexer;
}

// ---------------------------------------------------------------- the pack file

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
    this.emit(Buffer.from(JSON.stringify(this.table.strings)));
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
const PACK_HEADER = 512;

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

// ---------------------------------------------------------------- the cache

/**
 * The analyses of one set of roots: loaded whole (when first needed, see `at`), looked up by
 * content hash, saved whole.
 */
export class AnalysisCache {
  /** Entries of the loaded pack that were asked for or kept. */
  private readonly used = new Map<string, CacheEntry>();
  /** Hashes kept before the pack was loaded. */
  private readonly kept = new Set<string>();
  private pack: PackReader | undefined;
  private loaded = false;
  /** The next pack, begun at the first `set`: its records go to `tmp` as they come. */
  private next: { writer: PackWriter; tmp: string; fd: number } | undefined;
  /** Set when the next pack could not be begun or written: nothing more is saved. */
  private broken = false;

  private constructor(
    readonly file: string,
    private readonly name: string,
  ) {}

  /** The cache for `roots` under `dir`, its pack not read yet (see `load`). */
  static at(dir: string, roots: string[]): AnalysisCache {
    const resolved = [...new Set(roots.map((root) => resolve(root)))].sort();
    const name = createHash('sha256').update(JSON.stringify(resolved)).digest('hex').slice(0, 20);
    return new AnalysisCache(join(dir, `analyses-${name}.pack`), name);
  }

  /** Loads the pack for `roots` under `dir`; a missing, stale or damaged pack gives an empty cache. */
  static async open(dir: string, roots: string[]): Promise<AnalysisCache> {
    const cache = AnalysisCache.at(dir, roots);
    await cache.load();
    return cache;
  }

  /** Reads the pack, once; a missing, stale or damaged pack gives an empty cache. */
  async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    try {
      this.pack = parsePack(await readFile(this.file));
    } catch {
      // No pack yet, or an unreadable one: start empty.
    }
    for (const hash of this.kept) this.keep(hash);
    this.kept.clear();
  }

  /**
   * The file of the corpus snapshot (corpus-snapshot.ts) beside this pack, for articles indexed
   * under URIs of the form `uriForm` (the URI of one path): another form is another snapshot.
   */
  snapshotFile(uriForm: string): string {
    const form = createHash('sha256').update(uriForm).digest('hex').slice(0, 8);
    return join(dirname(this.file), `corpus-${this.name}-${form}.snapshot`);
  }

  /** Analyses the loaded pack holds. */
  get size(): number {
    return this.pack?.size ?? 0;
  }

  /**
   * The cached analysis of a file with this content hash and text, if any, as records: its index
   * record is undefined when the pack's was derived by other code (derive it, then `set` both).
   * Nothing before `load`.
   */
  get(hash: string, text: string): (CacheEntry & { head: RecordHead }) | undefined {
    const entry = this.pack?.entry(hash);
    const head = entry && recordHead(entry.record, text.length);
    if (!head) return undefined;
    if (!this.next?.writer.has(hash)) this.used.set(hash, entry);
    return { ...entry, head };
  }

  /** Keeps the entry of a content still in use, whose analysis was not asked for (it came from a snapshot). */
  keep(hash: string): void {
    if (!this.loaded) {
      this.kept.add(hash);
      return;
    }
    const entry = this.pack?.entry(hash);
    if (entry && !this.next?.writer.has(hash)) this.used.set(hash, entry);
  }

  /**
   * Caches an analysis (the first set for a hash counts), with its index record when one is given.
   * It goes to the next pack's temporary file at once: call `save` or `discard` after.
   */
  set(hash: string, record: AnalysisRecord, index?: IndexRecord): void {
    const next = this.begin();
    if (!next) return;
    this.used.delete(hash);
    try {
      next.writer.add(hash, { record, index });
    } catch {
      // The temporary file cannot be written (a full disk): no cache this time.
      this.discard();
    }
  }

  /**
   * Writes the analyses used or kept since opening (those of files gone or changed are dropped)
   * after those set: the temporary file, completed, is renamed over the pack. Does nothing when
   * nothing changed, or when nothing was set and the pack was never loaded; never throws.
   */
  async save(): Promise<boolean> {
    if (!this.next && (!this.loaded || this.used.size === this.size)) return false;
    await this.load();
    const next = this.begin();
    if (!next) return false;
    try {
      for (const [hash, entry] of this.used) next.writer.add(hash, entry);
      this.used.clear();
      const header = next.writer.finish();
      writeSync(next.fd, header, 0, header.length, 0);
      closeSync(next.fd);
      this.next = undefined;
      await rename(next.tmp, this.file);
      return true;
    } catch {
      this.discard();
      await unlink(next.tmp).catch(() => undefined);
      return false;
    }
  }

  /** Drops the pack being written (an opening that failed or was aborted); never throws. */
  discard(): void {
    const next = this.next;
    this.next = undefined;
    this.broken = true;
    if (!next) return;
    try {
      closeSync(next.fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(next.tmp);
    } catch {
      // already gone
    }
  }

  /** The next pack, begun now if need be: undefined when its temporary file cannot be written. */
  private begin(): { writer: PackWriter; tmp: string; fd: number } | undefined {
    if (this.next || this.broken) return this.next;
    const tmp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const fd = openSync(tmp, 'w');
      // The body starts after the room kept for the header, written last.
      let at = PACK_HEADER;
      const writer = new PackWriter((bytes) => {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, at + done);
        at += bytes.length;
      });
      this.next = { writer, tmp, fd };
    } catch {
      this.broken = true;
    }
    return this.next;
  }
}
