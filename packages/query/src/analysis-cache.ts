import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnalysisRecord, type RecordHead, recordHead, StringTable, transcodeRecord, VarintReader, VarintWriter } from './analysis-record.js';
import { type IndexRecord, transcodeArticleIndex } from './article-index.js';

/**
 * On-disk cache of core analyses, keyed by the SHA-256 of each file's bytes, each with what the
 * corpus indexes of it (article-index.ts), so that reopening a folder neither analyses nor
 * derives anything again for files that did not change.
 *
 * One pack file per set of opened roots, read and written whole. Reopening a folder costs one
 * read, one checksum and one JSON.parse of the distinct strings; the corpus keeps each compact
 * record (analysis-record.ts) and rebuilds an analysis only when asked for it. The text is not
 * stored: it is re-read to hash it anyway.
 *
 *   `seedlens-analyses <format> <analyzer> <indexer> <body bytes> <body sha256> <roots>\n`, then
 *   the body: u32 length of S, S = JSON array of the strings of all records, then varints: entry
 *   count, (hash as an index into S, record length, index record length or 0) per entry, then the
 *   records one after another, each followed by its index record.
 *
 * A pack of another format or analyzer, truncated or corrupt, is ignored (and replaced on save);
 * one of another indexer (this package, rebuilt) keeps its analyses and drops their index records.
 */
export const CACHE_FORMAT = 3;
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
 * Names the code that derives index records: a hash of the modules next to this one (the built
 * package, or its sources under test). The corpus subtracts what an article added by deriving it
 * again, so a record from other code must not be used.
 */
export function indexerFingerprint(): string {
  if (indexer !== undefined) return indexer;
  const hash = createHash('sha256');
  try {
    const dir = dirname(fileURLToPath(import.meta.url));
    for (const name of readdirSync(dir).filter((n) => /\.(c|m)?[jt]s$/.test(n)).sort()) hash.update(name).update(readFileSync(join(dir, name)));
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
 * A pack being written: entries are rewritten onto one string table as they are added, so that
 * what a worker sent (its own strings, hundreds of words an article) is not kept until saving.
 */
export class PackWriter {
  private readonly table = new StringTable();
  /** The records so far: full chunks, then `body` (chunks rather than one buffer grown by doubling). */
  private readonly chunks: Uint8Array[] = [];
  private readonly body = new VarintWriter();
  private readonly directory: Array<[string, number, number]> = [];
  private readonly hashes = new Set<string>();

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
    if (body.length >= CHUNK) {
      this.chunks.push(body.take());
      body.length = 0;
    }
  }

  /** The pack file's bytes, as parts to write one after the other. */
  parts(roots: string[]): Uint8Array[] {
    const head = new VarintWriter();
    head.uint(this.directory.length);
    for (const [hash, length, indexLength] of this.directory) {
      head.uint(this.table.id(hash));
      head.uint(length);
      head.uint(indexLength);
    }
    const strings = Buffer.from(JSON.stringify(this.table.strings));
    const size = Buffer.alloc(4);
    size.writeUInt32LE(strings.length, 0);
    const content = [size, strings, head.view(), ...this.chunks, this.body.view()];
    const checksum = createHash('sha256');
    let length = 0;
    for (const part of content) {
      checksum.update(part);
      length += part.length;
    }
    // The roots are there for people looking into the cache folder; reading ignores them.
    const header = `${MAGIC} ${CACHE_FORMAT} ${analyzerFingerprint()} ${indexerFingerprint()} ${length} ${checksum.digest('base64url')} ${encodeURIComponent(JSON.stringify(roots))}\n`;
    return [Buffer.from(header), ...content];
  }
}

const CHUNK = 1 << 20;

/** A pack file's bytes for these entries (see PackWriter.add). */
export function formatPack(roots: string[], entries: Map<string, CacheEntry>): Buffer {
  const writer = new PackWriter();
  for (const [hash, entry] of entries) writer.add(hash, entry);
  return Buffer.concat(writer.parts(roots));
}

/** A loaded pack: the entries by content hash. */
export class PackReader {
  private readonly entries = new Map<string, CacheEntry>();

  /** `withIndex`: whether the index records were derived by this package's code (else they are dropped). */
  constructor(strings: readonly string[], bytes: Uint8Array, withIndex = true) {
    const r = new VarintReader(bytes);
    const directory: Array<[string, number, number]> = [];
    for (let n = r.count(); n > 0; n--) {
      const hash = strings[r.uint()];
      if (typeof hash !== 'string') throw new RangeError('bad directory');
      directory.push([hash, r.uint(), r.uint()]);
    }
    let at = r.at;
    for (const [hash, length, indexLength] of directory) {
      if (at + length + indexLength > bytes.length) throw new RangeError('bad directory');
      const record = { strings, bytes: bytes.subarray(at, at + length) };
      const index = withIndex && indexLength > 0 ? { strings, bytes: bytes.subarray(at + length, at + length + indexLength) } : undefined;
      this.entries.set(hash, { record, index });
      at += length + indexLength;
    }
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
  const [magic, format, analyzer, indexedBy, length, checksum] = Buffer.from(bytes.subarray(0, newline)).toString('latin1').split(' ');
  if (magic !== MAGIC || format !== String(CACHE_FORMAT) || analyzer !== analyzerFingerprint()) return undefined;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + newline + 1, bytes.length - newline - 1);
  if (String(body.length) !== length || body.length < 4) return undefined;
  if (createHash('sha256').update(body).digest('base64url') !== checksum) return undefined;
  try {
    const tableLength = body.readUInt32LE(0);
    const strings = JSON.parse(body.toString('utf8', 4, 4 + tableLength)) as unknown;
    if (!Array.isArray(strings) || !strings.every((s) => typeof s === 'string')) return undefined;
    return new PackReader(strings as string[], body.subarray(4 + tableLength), indexedBy === indexerFingerprint());
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
  /**
   * Entries set since opening, as given: rewritten onto the pack's table only when saving, so that
   * records the corpus holds anyway are not held a second time, rewritten, while a folder is analysed.
   */
  private readonly fresh = new Map<string, CacheEntry>();
  /** Hashes kept before the pack was loaded. */
  private readonly kept = new Set<string>();
  private pack: PackReader | undefined;
  private loaded = false;

  private constructor(
    readonly file: string,
    private readonly name: string,
    private readonly roots: string[],
  ) {}

  /** The cache for `roots` under `dir`, its pack not read yet (see `load`). */
  static at(dir: string, roots: string[]): AnalysisCache {
    const resolved = [...new Set(roots.map((root) => resolve(root)))].sort();
    const name = createHash('sha256').update(JSON.stringify(resolved)).digest('hex').slice(0, 20);
    return new AnalysisCache(join(dir, `analyses-${name}.pack`), name, resolved);
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
    if (!this.fresh.has(hash)) this.used.set(hash, entry);
    return { ...entry, head };
  }

  /** Keeps the entry of a content still in use, whose analysis was not asked for (it came from a snapshot). */
  keep(hash: string): void {
    if (!this.loaded) {
      this.kept.add(hash);
      return;
    }
    const entry = this.pack?.entry(hash);
    if (entry && !this.fresh.has(hash)) this.used.set(hash, entry);
  }

  /** Caches an analysis (the first set for a hash counts), with its index record when one is given. */
  set(hash: string, record: AnalysisRecord, index?: IndexRecord): void {
    if (this.fresh.has(hash)) return;
    this.used.delete(hash);
    this.fresh.set(hash, { record, index });
  }

  /**
   * Writes the analyses used or kept since opening (those of files gone or changed are dropped),
   * atomically: a temporary file renamed over the pack. Does nothing when nothing changed, or when
   * nothing was added to a pack never loaded; never throws.
   */
  async save(): Promise<boolean> {
    if (this.fresh.size === 0 && (!this.loaded || this.used.size === this.size)) return false;
    await this.load();
    const tmp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(dirname(this.file), { recursive: true });
      const writer = new PackWriter();
      for (const [hash, entry] of this.fresh) writer.add(hash, entry);
      for (const [hash, entry] of this.used) writer.add(hash, entry);
      this.fresh.clear();
      this.used.clear();
      await writeParts(tmp, writer.parts(this.roots));
      await rename(tmp, this.file);
      return true;
    } catch {
      await unlink(tmp).catch(() => undefined);
      return false;
    }
  }
}

async function writeParts(path: string, parts: Uint8Array[]): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.writev(parts);
  } finally {
    await file.close();
  }
}
