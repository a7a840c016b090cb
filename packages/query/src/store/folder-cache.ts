// What the cache folder holds for one opening of a set of folders: the pack of analyses by
// content hash (analysis-cache.ts) and the snapshot of the corpus the last opening left
// (corpus-snapshot.ts). On the way in, what can be reused; on the way out, saving both, with
// the content hash of every article, and pruning what other openings left long ago.
import { dirname, join, resolve } from 'node:path';
import { type ArticleRecords, withIndex } from '../analysis/article-records.js';
import { Corpus } from '../corpus.js';
import { describeFsError } from '../files/fs-error.js';
import { AnalysisCache } from './analysis-cache.js';
import { pruneCacheDir, touchCacheFile } from './cache-prune.js';
import { defaultCacheDir } from './cache-dir.js';
import { loadCorpusSnapshot, saveCorpusSnapshot } from './corpus-snapshot.js';
import { TextSpool } from './text-spool.js';

export class FolderCache {
  /** Content hash of each uri indexed (for the next snapshot). */
  private readonly hashes = new Map<string, string>();
  /** Uris indexed by this opening, or kept from the snapshot. */
  private readonly indexedUris = new Set<string>();
  /** Whether the corpus differs from the snapshot. */
  private changed: boolean;
  /** Where the texts indexed by this opening are kept (made on first use; null: none can be). */
  private texts: TextSpool | null | undefined;

  private constructor(
    private readonly cache: AnalysisCache | undefined,
    private readonly snapshotFile: string | undefined,
    private readonly snapshot: Map<string, string> | undefined,
  ) {
    this.changed = !snapshot;
  }

  /**
   * The cache of `roots` under `dir` (default `defaultCacheDir()`; false: no cache). A corpus of
   * ours that is still empty starts from the snapshot of the last opening, if any: files whose
   * content is what it was are not indexed again, the others are replaced or removed.
   */
  static async open(dir: string | false | undefined, roots: string[], corpus: Corpus, uriOf: (path: string) => string): Promise<FolderCache> {
    const cache = dir === false ? undefined : AnalysisCache.at(dir ?? defaultCacheDir(), roots);
    const snapshotFile = cache && corpus instanceof Corpus && corpus.size === 0 && corpus.version === 0 ? snapshotFileOf(cache, roots, uriOf) : undefined;
    const snapshot = snapshotFile ? await loadCorpusSnapshot(snapshotFile, corpus) : undefined;
    return new FolderCache(cache, snapshotFile, snapshot);
  }

  /** Whether `keptFromSnapshot(uri, hash)` would be true; notes nothing. */
  wouldKeep(uri: string, hash: string): boolean {
    return this.snapshot?.get(uri) === hash && !this.hashes.has(uri);
  }

  /**
   * Notes the content of the file indexed under `uri`; true when the corpus holds that article from
   * the snapshot, with this content: then there is nothing to index.
   */
  keptFromSnapshot(uri: string, hash: string): boolean {
    if (this.wouldKeep(uri, hash)) {
      this.hashes.set(uri, hash);
      this.indexedUris.add(uri);
      this.cache?.keep(hash);
      return true;
    }
    this.hashes.set(uri, hash);
    this.changed = true;
    return false;
  }

  /** The cached records of a content, its index record derived again when the cached one is of other code. */
  async cached(hash: string, text: string): Promise<ArticleRecords | undefined> {
    if (!this.cache) return undefined;
    await this.cache.load();
    const cached = this.cache.get(hash, text);
    const records = cached && (cached.index ? { record: cached.record, index: cached.index, head: cached.head } : withIndex(cached.record, undefined, text));
    if (records && !cached.index) this.cache.set(hash, records.record, records.index);
    return records;
  }

  /**
   * Where the corpus keeps the texts this opening indexes, out of memory (store/text-spool.ts);
   * undefined without a cache folder, or when no file can be made in it.
   */
  spool(): TextSpool | undefined {
    if (this.texts === undefined) this.texts = (this.cache && TextSpool.create(dirname(this.cache.file))) || null;
    return this.texts ?? undefined;
  }

  /** Caches the records of a content analysed now. */
  remember(hash: string, records: ArticleRecords): void {
    this.cache?.set(hash, records.record, records.index);
  }

  /** An article this opening indexed: kept in the corpus (see `removeVanished`). */
  indexed(uri: string): void {
    this.indexedUris.add(uri);
  }

  /** Removes the articles of the snapshot whose file is gone, unreadable, or changed and not indexed again. */
  removeVanished(corpus: Corpus): void {
    if (!this.snapshot) return;
    for (const uri of this.snapshot.keys()) {
      if (!this.indexedUris.has(uri) && corpus.remove(uri)) this.changed = true;
    }
  }

  /** Drops what was being written (an opening that failed or was aborted); never throws. */
  discard(): void {
    this.cache?.discard();
  }

  /**
   * Saves the pack and, when the corpus changed, its snapshot; marks what is still in use; prunes
   * the rest. Returns the cache folder and why, when what had to be saved could not be written
   * (then the next opening analyses these files again).
   */
  async save(corpus: Corpus): Promise<{ path: string; error: string } | undefined> {
    const { cache, snapshotFile } = this;
    if (!cache) return undefined;
    if (!(await cache.save())) await touchCacheFile(cache.file);
    let error = cache.writeError;
    if (snapshotFile && this.changed) await saveCorpusSnapshot(snapshotFile, corpus, this.hashes, (e) => (error ??= describeFsError(e)));
    else if (snapshotFile && this.snapshot) await touchCacheFile(snapshotFile);
    await pruneCacheDir(dirname(cache.file));
    return error === undefined ? undefined : { path: dirname(cache.file), error };
  }
}

/** The snapshot file for these roots and this form of URIs (a URI of one path under the first root); undefined when uriOf fails. */
function snapshotFileOf(cache: AnalysisCache, roots: string[], uriOf: (path: string) => string): string | undefined {
  try {
    return cache.snapshotFile(uriOf(join(resolve(roots[0] ?? '.'), 'seedlens-uri-form.txt')));
  } catch {
    return undefined;
  }
}
