// The analyses of one set of opened folders, looked up by the content hash of each file and kept
// in a pack file (analysis-pack.ts) in the cache folder.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, unlinkSync, writeSync } from 'node:fs';
import { readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describeFsError } from '../files/fs-error.js';
import type { IndexRecord } from '../index/article-index.js';
import { type AnalysisRecord, type RecordHead, recordHead } from '../records/analysis-record.js';
import { type CacheEntry, PACK_HEADER, type PackReader, PackWriter, parsePack } from './analysis-pack.js';
import { createPrivateFile, makeCacheDir } from './private-files.js';

/** The cache key of a file's content. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

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
  /** Why the pack could not be written, when it could not (a folder not writable, a full disk). */
  writeError: string | undefined;

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
    } catch (error) {
      // The temporary file cannot be written (a full disk): no cache this time.
      this.writeError ??= describeFsError(error);
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
    } catch (error) {
      this.writeError ??= describeFsError(error);
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
      makeCacheDir(dirname(this.file));
      const fd = createPrivateFile(tmp);
      // The body starts after the room kept for the header, written last.
      let at = PACK_HEADER;
      const writer = new PackWriter((bytes) => {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, at + done);
        at += bytes.length;
      });
      this.next = { writer, tmp, fd };
    } catch (error) {
      this.writeError ??= describeFsError(error);
      this.broken = true;
    }
    return this.next;
  }
}
