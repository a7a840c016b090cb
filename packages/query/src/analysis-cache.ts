import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '@seedlens/core';
import { type AnalysisRecord, decodeRecord, StringTable, transcodeRecord, VarintReader, VarintWriter } from './analysis-record.js';

/**
 * On-disk cache of core analyses, keyed by the SHA-256 of each file's bytes.
 *
 * One pack file per set of opened roots, read and written whole. Reopening a folder costs one
 * read, one checksum and one JSON.parse of the distinct strings; each analysis is then rebuilt
 * from its compact record (analysis-record.ts) when asked for. The text is not stored: it is
 * re-read to hash it anyway.
 *
 *   `seedlens-analyses <format> <analyzer> <body bytes> <body sha256> <roots>\n`, then the body:
 *   u32 length of S, S = JSON array of the strings of all records, then varints: record count,
 *   (hash as an index into S, record length) per record, then the records one after another.
 *
 * A pack of another format or analyzer, truncated or corrupt, is ignored (and replaced on save).
 */
export const CACHE_FORMAT = 2;
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

// ---------------------------------------------------------------- the pack file

/** A pack file's bytes for these records; a damaged record is left out. */
export function formatPack(roots: string[], records: Map<string, AnalysisRecord>): Buffer {
  const table = new StringTable();
  const body = new VarintWriter();
  const directory: Array<[string, number]> = [];
  for (const [hash, record] of records) {
    const start = body.length;
    try {
      transcodeRecord(record, table, body);
      directory.push([hash, body.length - start]);
    } catch {
      body.length = start;
    }
  }
  const head = new VarintWriter();
  head.uint(directory.length);
  for (const [hash, length] of directory) {
    head.uint(table.id(hash));
    head.uint(length);
  }
  const strings = Buffer.from(JSON.stringify(table.strings));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(strings.length, 0);
  const content = Buffer.concat([size, strings, head.view(), body.view()]);
  const checksum = createHash('sha256').update(content).digest('base64url');
  // The roots are there for people looking into the cache folder; reading ignores them.
  const header = `${MAGIC} ${CACHE_FORMAT} ${analyzerFingerprint()} ${content.length} ${checksum} ${encodeURIComponent(JSON.stringify(roots))}\n`;
  return Buffer.concat([Buffer.from(header), content]);
}

/** A loaded pack: the records by content hash. */
export class PackReader {
  private readonly records = new Map<string, AnalysisRecord>();

  constructor(strings: readonly string[], bytes: Uint8Array) {
    const r = new VarintReader(bytes);
    const directory: Array<[string, number]> = [];
    for (let n = r.count(); n > 0; n--) {
      const hash = strings[r.uint()];
      if (typeof hash !== 'string') throw new RangeError('bad directory');
      directory.push([hash, r.uint()]);
    }
    let at = r.at;
    for (const [hash, length] of directory) {
      if (at + length > bytes.length) throw new RangeError('bad directory');
      this.records.set(hash, { strings, bytes: bytes.subarray(at, at + length) });
      at += length;
    }
  }

  get size(): number {
    return this.records.size;
  }

  record(hash: string): AnalysisRecord | undefined {
    return this.records.get(hash);
  }
}

/** The pack in these bytes, or undefined when it is of another format or analyzer, truncated or damaged. */
export function parsePack(bytes: Uint8Array): PackReader | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || newline > 64 * 1024) return undefined;
  const [magic, format, analyzer, length, checksum] = Buffer.from(bytes.subarray(0, newline)).toString('latin1').split(' ');
  if (magic !== MAGIC || format !== String(CACHE_FORMAT) || analyzer !== analyzerFingerprint()) return undefined;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + newline + 1, bytes.length - newline - 1);
  if (String(body.length) !== length || body.length < 4) return undefined;
  if (createHash('sha256').update(body).digest('base64url') !== checksum) return undefined;
  try {
    const tableLength = body.readUInt32LE(0);
    const strings = JSON.parse(body.toString('utf8', 4, 4 + tableLength)) as unknown;
    if (!Array.isArray(strings)) return undefined;
    return new PackReader(strings as string[], body.subarray(4 + tableLength));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- the cache

/** The analyses of one set of roots: loaded whole, looked up by content hash, saved whole. */
export class AnalysisCache {
  private readonly used = new Map<string, AnalysisRecord>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly roots: string[],
    private readonly pack: PackReader | undefined,
  ) {}

  /** Loads the pack for `roots` under `dir`; a missing, stale or damaged pack gives an empty cache. */
  static async open(dir: string, roots: string[]): Promise<AnalysisCache> {
    const resolved = [...new Set(roots.map((root) => resolve(root)))].sort();
    const name = createHash('sha256').update(JSON.stringify(resolved)).digest('hex').slice(0, 20);
    const file = join(dir, `analyses-${name}.pack`);
    let pack: PackReader | undefined;
    try {
      pack = parsePack(await readFile(file));
    } catch {
      // No pack yet, or an unreadable one: start empty.
    }
    return new AnalysisCache(file, resolved, pack);
  }

  /** Analyses the loaded pack holds. */
  get size(): number {
    return this.pack?.size ?? 0;
  }

  /** The cached analysis of a file with this content hash and text, if any. */
  get(hash: string, text: string): Analysis | undefined {
    const record = this.pack?.record(hash);
    const analysis = record && decodeRecord(record, text);
    if (analysis) this.used.set(hash, record);
    return analysis;
  }

  set(hash: string, record: AnalysisRecord): void {
    this.used.set(hash, record);
    this.changed = true;
  }

  /**
   * Writes the analyses used since opening (those of files gone or changed are dropped), atomically:
   * a temporary file renamed over the pack. Does nothing when nothing changed; never throws.
   */
  async save(): Promise<boolean> {
    if (!this.changed && this.used.size === this.size) return false;
    const tmp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(tmp, formatPack(this.roots, this.used));
      await rename(tmp, this.file);
      return true;
    } catch {
      await unlink(tmp).catch(() => undefined);
      return false;
    }
  }
}
