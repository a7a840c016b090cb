// openCorpus, the route from a folder of files to a corpus:
//
//   find (files/) → read (files/) → reuse (store/: the snapshot, the cache) or analyse (analysis/)
//   → index (the Corpus, in batches) → save (store/)
//
// Reading and analysing overlap: a text the cache does not know goes to the worker threads as soon
// as it is read, and its records are indexed whenever they come back.
import { isUtf8 } from 'node:buffer';
import { availableParallelism } from 'node:os';
import { dctFromPath } from '@seedlens/core';
import { AnalysisJobs } from './analysis/analysis-jobs.js';
import { type PoolOptions, defaultWorkerScript } from './analysis/analysis-pool.js';
import { Corpus, type CorpusEntry, type RecordEntry, settleCorpus, upsertRecords } from './corpus.js';
import { type FindArticlesOptions, type FoundArticles, findArticles } from './files/find-articles.js';
import { decodeArticle, readArticleBytes, utf8Of } from './files/read-article.js';
import { decodeRecord } from './records/analysis-record.js';
import { contentHash } from './store/analysis-cache.js';
import { FolderCache } from './store/folder-cache.js';
import { TimeSlicer } from './time-slice.js';

export interface OpenCorpusOptions {
  /** Index into this corpus (default: a new one). Analyses come from core's `analyze` either way. */
  corpus?: Corpus;
  /** Where analyses are cached (default `defaultCacheDir()`); false: no cache. */
  cacheDir?: string | false;
  /**
   * Threads analysing at once (default: available parallelism): with 2 or more, this thread and
   * one worker thread fewer (each worker loads its own copy of core); 1: one worker thread; 0:
   * this thread only.
   */
  workers?: number;
  include?: string[];
  exclude?: string[];
  maxBytes?: number;
  maxFiles?: number;
  /** The URI each file is indexed under (default: the path as found). */
  uriOf?: (path: string) => string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /**
   * The worker script, for bundles that move it (default: analyze-worker.js or .cjs next to this
   * module). When it cannot start, analysis runs in this thread.
   */
  workerScript?: string | URL;
}

export interface OpenedCorpus {
  corpus: Corpus;
  /** Files found but not indexed (unreadable, binary, too large, failed analysis), sorted by path. */
  failures: Array<{ path: string; error: string }>;
  /** Files indexed with a lossy decoding (malformed UTF-8 kept as U+FFFD). */
  warnings: Array<{ path: string; warning: string }>;
  /** Files analysed in this call, and files whose analysis came from the cache. */
  analysed: number;
  fromCache: number;
  /** True when the search stopped at maxFiles (or too many folder entries). */
  truncated: boolean;
  /**
   * Set when analyses could not be written to the cache (its folder, and why): the next opening
   * will analyse these files again. Tell the user once.
   */
  cacheError?: { path: string; error: string };
  /** Threads that analysed files: worker threads, and this one when it took part beside them (0: all in this thread alone, or nothing to analyse). */
  workers: number;
}

/** Fewer files to analyse than this are analysed in this thread: starting workers would cost more. */
const MIN_FILES_FOR_WORKERS = 16;

/**
 * Finds, reads, analyses and indexes articles, reusing what the cache folder holds of the last
 * opening, and saves it for the next. A file that cannot be read or analysed is listed in
 * `failures`; only `signal` makes this reject.
 */
export async function openCorpus(paths: string[], options: OpenCorpusOptions = {}): Promise<OpenedCorpus> {
  const corpus = options.corpus ?? new Corpus();
  const uriOf = options.uriOf ?? ((path: string) => path);
  const found = await findArticles(paths, findOptions(options));
  const report = new Report(found, options.onProgress);
  const store = await FolderCache.open(options.cacheDir, paths, corpus, uriOf);
  const indexer = new Indexer(corpus, report, store);
  const jobs = new AnalysisJobs(
    poolOptions(options),
    {
      analysed: (path, text, records) => indexer.index({ uri: uriOf(path), ...records, text, path }, 'analysed'),
      failed: (path, error) => report.failed(path, error),
      made: (hash, records) => store.remember(hash, records),
    },
    () => (corpus instanceof Corpus ? store.spool() : undefined),
  );

  let threads: number;
  try {
    const maxBytes = options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {};
    const readText = async (uri: string, hash: string, path: string, bytes: Uint8Array): Promise<void> => {
      const decoded = decodeArticle(bytes, maxBytes);
      if ('error' in decoded) return report.failed(path, decoded.error);
      if (decoded.warning) report.warned(path, decoded.warning);
      if (store.keptFromSnapshot(uri, hash)) return report.reused();
      const cached = await store.cached(hash, decoded.text);
      if (cached) indexer.index({ uri, ...cached, text: decoded.text, utf8: utf8Of({ ...decoded, bytes }), path }, 'fromCache');
      else await jobs.analyse(hash, path, decoded.text);
    };
    const slicer = new TimeSlicer(options.signal);
    for (const path of found.files) {
      const read = readArticleBytes(path, { roots: paths, ...maxBytes });
      if ('error' in read) report.failed(path, read.error);
      else {
        const uri = uriOf(path);
        // A date in the file's name or folders is part of its analysis (its DCT): the same text
        // under another date is another analysis.
        const hash = contentHash(read.bytes) + pathDateKey(path);
        // Content the snapshot holds decoded without error when it was indexed, and valid UTF-8
        // decodes without a warning: then the text is not needed (reopening a folder decoded
        // 40 MB of text into strings only to drop them).
        if (isUtf8(read.bytes) && store.wouldKeep(uri, hash)) {
          store.keptFromSnapshot(uri, hash);
          report.reused();
        } else await readText(uri, hash, path, read.bytes);
      }
      await slicer.pause();
    }
    ({ threads } = await jobs.drain());
    indexer.flush();
    store.removeVanished(corpus);
  } catch (error) {
    jobs.cancel();
    store.discard();
    throw error;
  }

  const cacheError = await store.save(corpus);
  return { ...report.result(corpus, found.truncated, threads), ...(cacheError && { cacheError }) };
}

function findOptions(options: OpenCorpusOptions): FindArticlesOptions {
  return {
    ...(options.include && { include: options.include }),
    ...(options.exclude && { exclude: options.exclude }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.maxFiles !== undefined && { maxFiles: options.maxFiles }),
    ...(options.signal && { signal: options.signal }),
  };
}

function poolOptions(options: OpenCorpusOptions): PoolOptions {
  const threads = Math.max(0, Math.floor(options.workers ?? availableParallelism()));
  return {
    // This thread, which has core loaded anyway, is one of several analysing threads.
    workers: threads >= 2 ? threads - 1 : threads,
    alongside: threads >= 2,
    script: options.workerScript ?? defaultWorkerScript(),
    minTexts: MIN_FILES_FOR_WORKERS,
    ...(options.signal && { signal: options.signal }),
  };
}

/** What the caller is told: failures, warnings, how many files were analysed or reused, progress. */
class Report {
  readonly failures: OpenedCorpus['failures'];
  readonly warnings: OpenedCorpus['warnings'] = [];
  readonly counts = { analysed: 0, fromCache: 0 };
  /** Files done (indexed, reused or failed). */
  done = 0;
  private readonly total: number;

  constructor(
    found: FoundArticles,
    private readonly onProgress: ((done: number, total: number) => void) | undefined,
  ) {
    this.failures = found.skipped.map(({ path, reason }) => ({ path, error: reason }));
    this.total = found.files.length;
    onProgress?.(0, this.total);
  }

  step(): void {
    this.onProgress?.(++this.done, this.total);
  }

  /** A file not indexed; `step` after, unless `failed` (which does). */
  fail(path: string, error: string): void {
    this.failures.push({ path, error });
  }

  failed(path: string, error: string): void {
    this.fail(path, error);
    this.step();
  }

  warned(path: string, warning: string): void {
    this.warnings.push({ path, warning });
  }

  /** An article kept from the snapshot. */
  reused(): void {
    this.counts.fromCache++;
    this.step();
  }

  result(corpus: Corpus, truncated: boolean, workers: number): OpenedCorpus {
    this.failures.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { corpus, failures: this.failures, warnings: this.warnings, ...this.counts, truncated, workers };
  }
}

/**
 * Analyses indexed together: large enough to settle the entity join rarely, small enough to keep
 * each pause short. Batches grow with the corpus (a quarter of what is indexed), since each
 * settling costs about the same whatever the batch, and an article indexed from its records
 * costs little.
 */
const INDEX_BATCH = 256;
const INDEX_BATCH_MAX = 1024;

type Pending = RecordEntry & { path: string; counted: keyof Report['counts'] };

/**
 * The index step. A Corpus indexes each article as it comes, from its records (kept compact,
 * indexed from their index records, which are then dropped: held until a batch was indexed, they
 * were most of what the heap had to collect), and re-decides its entity join once per batch of
 * articles instead of once per article, which is most of the cost of indexing a large folder.
 * Another corpus-like object (a test double) gets analyses, in batches.
 */
class Indexer {
  private pending: Pending[] = [];
  private unsettled = 0;

  constructor(
    private readonly corpus: Corpus,
    private readonly report: Report,
    private readonly store: FolderCache,
  ) {}

  /** Indexes the records of the file at `entry.path`; `counted`: as analysed now, or from the cache. */
  index(entry: Omit<Pending, 'counted'>, counted: Pending['counted']): void {
    const pending: Pending = { ...entry, counted };
    if (this.corpus instanceof Corpus) {
      let ok = true;
      upsertRecords(
        this.corpus,
        [pending],
        (_, error) => {
          ok = false;
          this.failedIndexing(pending, error);
        },
        { settle: false, spool: this.store.spool() },
      );
      if (ok) this.indexed(pending);
      this.report.step();
      if (++this.unsettled >= this.batchSize()) this.flush();
      return;
    }
    this.pending.push(pending);
    if (this.pending.length >= this.batchSize()) this.flush();
  }

  /** Indexes what waits, and settles the entity join. */
  flush(): void {
    if (this.corpus instanceof Corpus) {
      if (this.unsettled > 0) settleCorpus(this.corpus);
      this.unsettled = 0;
      return;
    }
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const failed = new Set<string>();
    this.indexAnalyses(batch, (entry, error) => {
      failed.add(entry.path);
      this.failedIndexing(entry, error);
    });
    for (const b of batch) {
      if (!failed.has(b.path)) this.indexed(b);
      this.report.step();
    }
  }

  private batchSize(): number {
    return Math.min(INDEX_BATCH_MAX, Math.max(INDEX_BATCH, this.report.done >> 2));
  }

  private indexed(entry: Pending): void {
    this.report.counts[entry.counted]++;
    this.store.indexed(entry.uri);
  }

  private failedIndexing(entry: { path: string }, error: unknown): void {
    this.report.fail(entry.path, `indexing failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  /** Indexes records into a corpus-like object that is not a Corpus, as analyses. */
  private indexAnalyses(batch: Pending[], onError: (entry: { path: string }, error: unknown) => void): void {
    const corpus = this.corpus;
    const entries: Array<CorpusEntry & { path: string }> = [];
    for (const b of batch) {
      const analysis = decodeRecord(b.record, b.text);
      if (analysis) entries.push({ uri: b.uri, input: analysis, path: b.path });
      else onError(b, new Error('a damaged analysis record'));
    }
    if (typeof corpus.upsertMany === 'function') {
      corpus.upsertMany(entries, { onError: (e, error) => onError(e as (typeof entries)[number], error) });
      return;
    }
    // A corpus-like object with only `upsert`.
    for (const e of entries) {
      try {
        corpus.upsert(e.uri, e.input);
      } catch (error) {
        onError(e, error);
      }
    }
  }
}

/** What of a file's path its analysis depends on: the date its name or folders give, if any. */
function pathDateKey(path: string): string {
  const d = dctFromPath(path);
  return d ? `@${d.year}-${d.month ?? ''}-${d.day ?? ''}` : '';
}
