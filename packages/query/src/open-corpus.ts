import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { AnalysisCache, contentHash, defaultCacheDir } from './store/analysis-cache.js';
import { pruneCacheDir, touchCacheFile } from './store/cache-prune.js';
import { AnalysisPool, type AnalysisResult, analysisResult } from './analysis/analysis-pool.js';
import { type AnalysisRecord, type RecordHead, decodeRecord, recordHead } from './records/analysis-record.js';
import type { IndexRecord } from './index/article-index.js';
import { Corpus, type CorpusEntry, type RecordEntry, settleCorpus, upsertRecords } from './corpus.js';
import { loadCorpusSnapshot, saveCorpusSnapshot } from './store/corpus-snapshot.js';
import { findArticles } from './files/find-articles.js';
import { readArticle } from './files/read-article.js';
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
  /** Threads that analysed files: worker threads, and this one when it took part beside them (0: all in this thread alone, or nothing to analyse). */
  workers: number;
}

/** Fewer files to analyse than this are analysed in this thread: starting workers would cost more. */
const MIN_FILES_FOR_WORKERS = 16;
/**
 * Analyses indexed together: large enough to settle the entity join rarely, small enough to keep
 * each pause short. Batches grow with the corpus (a quarter of what is indexed), since each
 * settling costs about the same whatever the batch, and an article indexed from its records
 * costs little.
 */
const INDEX_BATCH = 256;
const INDEX_BATCH_MAX = 1024;
/** Texts read ahead of their analysis, at most: a folder is not held in memory whole while it is analysed. */
const READ_AHEAD = 64;

/**
 * Finds, reads, analyses and indexes articles: find → read and hash → cached analyses are upserted
 * in batches → the rest is analysed (on worker threads when many) and upserted in batches → the cache is saved.
 * A file that cannot be read or analysed is listed in `failures`; only `signal` makes this reject.
 */
export async function openCorpus(paths: string[], options: OpenCorpusOptions = {}): Promise<OpenedCorpus> {
  const { signal, onProgress } = options;
  const uriOf = options.uriOf ?? ((path: string) => path);
  const corpus = options.corpus ?? new Corpus();

  const found = await findArticles(paths, {
    ...(options.include && { include: options.include }),
    ...(options.exclude && { exclude: options.exclude }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.maxFiles !== undefined && { maxFiles: options.maxFiles }),
    ...(signal && { signal }),
  });
  const failures = found.skipped.map(({ path, reason }) => ({ path, error: reason }));
  const warnings: OpenedCorpus['warnings'] = [];
  const total = found.files.length;
  let done = 0;
  const progress = (): void => onProgress?.(++done, total);
  onProgress?.(0, total);

  const cache = options.cacheDir === false ? undefined : AnalysisCache.at(options.cacheDir ?? defaultCacheDir(), paths);
  // A corpus of ours (or an empty one given) starts from the snapshot of the last opening, if any:
  // files whose content is what it was are not indexed again, the others are replaced or removed.
  const snapshotFile = cache && corpus instanceof Corpus && corpus.size === 0 && corpus.version === 0 ? snapshotFileOf(cache, paths, uriOf) : undefined;
  const snapshot = snapshotFile ? await loadCorpusSnapshot(snapshotFile, corpus) : undefined;
  /** Content hash of each uri indexed (for the next snapshot), and whether the corpus differs from the snapshot. */
  const hashes = new Map<string, string>();
  /** Uris indexed by this call, or kept from the snapshot. */
  const indexedUris = new Set<string>();
  let changed = !snapshot;
  // A Corpus indexes each article as it comes, from its records (kept compact, indexed from their
  // index records, which are then dropped: held until a batch was indexed, they were most of what
  // the heap had to collect), and re-decides its entity join once per batch of articles instead of
  // once per article, which is most of the cost of indexing a large folder. Another corpus-like
  // object (a test double) gets analyses, in batches.
  type Pending = RecordEntry & { path: string; indexed: () => void };
  let pending: Pending[] = [];
  let unsettled = 0;
  const batchSize = (): number => Math.min(INDEX_BATCH_MAX, Math.max(INDEX_BATCH, done >> 2));
  const failedIndexing = (entry: { path: string }, error: unknown): void => {
    failures.push({ path: entry.path, error: `indexing failed: ${message(error)}` });
  };
  const indexed = (entry: Pending): void => {
    entry.indexed();
    indexedUris.add(entry.uri);
  };
  const flush = (): void => {
    if (corpus instanceof Corpus) {
      if (unsettled > 0) settleCorpus(corpus);
      unsettled = 0;
      return;
    }
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const failed = new Set<string>();
    indexAnalyses(corpus, batch, (entry, error) => {
      failed.add(entry.path);
      failedIndexing(entry, error);
    });
    for (const b of batch) {
      if (!failed.has(b.path)) indexed(b);
      progress();
    }
  };
  const index = (entry: Pending): void => {
    if (corpus instanceof Corpus) {
      let ok = true;
      upsertRecords(
        corpus,
        [entry],
        (_, error) => {
          ok = false;
          failedIndexing(entry, error);
        },
        { settle: false },
      );
      if (ok) indexed(entry);
      progress();
      if (++unsettled >= batchSize()) flush();
      return;
    }
    pending.push(entry);
    if (pending.length >= batchSize()) flush();
  };

  // Analysis of what the cache does not know starts (on workers) while the rest is still being read.
  // A job is one distinct content; files with the same content found after its analysis came
  // back are indexed from its outcome (with their own text, the same as the job's).
  // A job keeps its outcome for copies found later, without the index record (large, and
  // derived again for such a copy).
  type Outcome = { record: AnalysisRecord; index?: IndexRecord } | { error: string };
  type Job = { hash: string; text: string; paths: string[]; outcome?: Outcome };
  const jobs: Job[] = [];
  const jobOf = new Map<string, Job>();
  let analysed = 0;
  const indexAnalysed = (outcome: Outcome, path: string, text: string): void => {
    const records = 'error' in outcome ? undefined : outcome.index ? { record: outcome.record, index: outcome.index } : withIndex(outcome.record, undefined, text);
    if (records) index({ uri: uriOf(path), ...records, text, path, indexed: () => void analysed++ });
    else {
      failures.push({ path, error: 'error' in outcome ? outcome.error : 'analysis failed: a damaged result' });
      progress();
    }
  };
  // The strings of records from workers (entity names, kinds, …) are the same in many articles:
  // one copy of each is kept.
  const shared = new Map<string, string>();
  const share = (record: AnalysisRecord): AnalysisRecord => ({
    strings: record.strings.map((s) => {
      const known = shared.get(s);
      if (known !== undefined) return known;
      shared.set(s, s);
      return s;
    }),
    bytes: record.bytes,
  });
  const onResult = (i: number, result: AnalysisResult): void => {
    const job = jobs[i]!;
    const records = 'record' in result ? withIndex(share(result.record), result.index as IndexRecord | undefined, job.text) : undefined;
    job.outcome = records ?? { error: `analysis failed: ${'error' in result ? result.error : 'a damaged result'}` };
    for (const path of job.paths) indexAnalysed(job.outcome, path, job.text);
    if (records) {
      cache?.set(job.hash, records.record, records.index);
      job.outcome = { record: records.record };
    }
    job.text = '';
  };
  const threads = Math.max(0, Math.floor(options.workers ?? availableParallelism()));
  const pool = new AnalysisPool(
    {
      // This thread, which has core loaded anyway, is one of several analysing threads.
      workers: threads >= 2 ? threads - 1 : threads,
      alongside: threads >= 2,
      script: options.workerScript ?? defaultWorkerScript(),
      minTexts: MIN_FILES_FOR_WORKERS,
      ...(signal && { signal }),
    },
    onResult,
  );

  // Read and hash every file; what the cache knows is queued for indexing, the rest goes to the pool
  // (once per distinct content).
  let fromCache = 0;
  let analysing: number;
  try {
    const slicer = new TimeSlicer(signal);
    for (const path of found.files) {
      const read = readArticle(path, { roots: paths, ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }) });
      if ('error' in read) {
        failures.push({ path, error: read.error });
        progress();
      } else {
        if (read.warning) warnings.push({ path, warning: read.warning });
        const hash = contentHash(read.bytes);
        const uri = uriOf(path);
        if (snapshot?.get(uri) === hash && !hashes.has(uri)) {
          hashes.set(uri, hash);
          indexedUris.add(uri);
          cache?.keep(hash);
          fromCache++;
          progress();
          await slicer.pause();
          continue;
        }
        hashes.set(uri, hash);
        changed = true;
        await cache?.load();
        const cached = cache?.get(hash, read.text);
        const records = cached && (cached.index ? { record: cached.record, index: cached.index, head: cached.head } : withIndex(cached.record, undefined, read.text));
        const same = jobOf.get(hash);
        if (records) {
          if (!cached.index) cache?.set(hash, records.record, records.index);
          index({ uri, ...records, text: read.text, utf8: utf8Of(read), path, indexed: () => void fromCache++ });
        } else if (same) {
          if (same.outcome) indexAnalysed(same.outcome, path, read.text);
          else same.paths.push(path);
        } else {
          const job = { hash, text: read.text, paths: [path] };
          jobs.push(job);
          jobOf.set(hash, job);
          pool.submit(read.text);
          await pool.relieve(READ_AHEAD);
        }
      }
      await slicer.pause();
    }
    ({ threads: analysing } = await pool.drain());
    flush();
    // Articles of the snapshot whose file is gone, unreadable, or changed and not indexed again.
    if (snapshot) {
      for (const uri of snapshot.keys()) {
        if (!indexedUris.has(uri) && corpus.remove(uri)) changed = true;
      }
    }
  } catch (error) {
    pool.cancel();
    cache?.discard();
    throw error;
  }

  if (cache) {
    if (!(await cache.save())) await touchCacheFile(cache.file);
    if (snapshotFile && changed) await saveCorpusSnapshot(snapshotFile, corpus, hashes);
    else if (snapshotFile && snapshot) await touchCacheFile(snapshotFile);
    await pruneCacheDir(dirname(cache.file));
  }
  failures.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { corpus, failures, warnings, analysed, fromCache, truncated: found.truncated, workers: analysing };
}

/** An analysis record with its index record, deriving the index record when missing; undefined when the record does not fit the text. */
function withIndex(record: AnalysisRecord, index: IndexRecord | undefined, text: string): { record: AnalysisRecord; index: IndexRecord; head: RecordHead } | undefined {
  const head = recordHead(record, text.length);
  if (!head) return undefined;
  if (index) return { record, index, head };
  const analysis = decodeRecord(record, text);
  if (!analysis) return undefined;
  try {
    return { record, index: analysisResult(analysis).index, head };
  } catch {
    return undefined;
  }
}

/**
 * The file's bytes when they are the UTF-8 of its text (no byte-order mark, nothing replaced),
 * so that the corpus keeps them instead of encoding the text again.
 */
function utf8Of(read: { bytes: Uint8Array; text: string; warning?: string | undefined }): Uint8Array | undefined {
  const { bytes } = read;
  const marked = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !marked && !read.warning && Buffer.byteLength(read.text, 'utf8') === bytes.length ? bytes : undefined;
}

/** Indexes records into a corpus-like object that is not a Corpus, as analyses. */
function indexAnalyses(corpus: Corpus, batch: Array<RecordEntry & { path: string }>, onError: (entry: { path: string }, error: unknown) => void): void {
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

/** The snapshot file for these roots and this form of URIs (a URI of one path under the first root); undefined when uriOf fails. */
function snapshotFileOf(cache: AnalysisCache, roots: string[], uriOf: (path: string) => string): string | undefined {
  try {
    return cache.snapshotFile(uriOf(join(resolve(roots[0] ?? '.'), 'seedlens-uri-form.txt')));
  } catch {
    return undefined;
  }
}

/** The built worker next to the running module: dist/analyze-worker.js for ESM, .cjs for CJS. */
function defaultWorkerScript(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.cjs') ? './analyze-worker.cjs' : './analyze-worker.js', here);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
