import { availableParallelism } from 'node:os';
import type { Analysis } from '@seedlens/core';
import { AnalysisCache, contentHash, defaultCacheDir } from './analysis-cache.js';
import { AnalysisPool, type AnalysisResult } from './analysis-pool.js';
import { decodeRecord } from './analysis-record.js';
import { Corpus } from './corpus.js';
import { findArticles } from './find-articles.js';
import { readArticle } from './read-article.js';
import { TimeSlicer } from './time-slice.js';

export interface OpenCorpusOptions {
  /** Index into this corpus (default: a new one). Analyses come from core's `analyze` either way. */
  corpus?: Corpus;
  /** Where analyses are cached (default `defaultCacheDir()`); false: no cache. */
  cacheDir?: string | false;
  /** Worker threads for analysis (default: available parallelism); 0 analyses in this thread. */
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
  /** Worker threads that analysed files (0: all in this thread, or nothing to analyse). */
  workers: number;
}

/** Fewer files to analyse than this are analysed in this thread: starting workers would cost more. */
const MIN_FILES_FOR_WORKERS = 16;
/** Analyses indexed together: large enough to settle the entity join rarely, small enough to keep each pause short. */
const INDEX_BATCH = 256;

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

  const cache = options.cacheDir === false ? undefined : await AnalysisCache.open(options.cacheDir ?? defaultCacheDir(), paths);
  // Analyses are indexed in batches: the corpus re-decides its entity join once per batch
  // instead of once per article, which is most of the cost of reopening a large folder.
  let pending: Array<{ path: string; analysis: Analysis; indexed: () => void }> = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const failed = new Set<string>();
    const entries = batch.map((b) => ({ uri: uriOf(b.path), input: b.analysis, path: b.path }));
    const onError = (entry: { path: string }, error: unknown): void => {
      failed.add(entry.path);
      failures.push({ path: entry.path, error: `indexing failed: ${message(error)}` });
    };
    if (typeof corpus.upsertMany === 'function') {
      corpus.upsertMany(entries, { onError: (e, error) => onError(e as (typeof entries)[number], error) });
    } else {
      // A corpus-like object with only `upsert` (a test double).
      for (const e of entries) {
        try {
          corpus.upsert(e.uri, e.input);
        } catch (error) {
          onError(e, error);
        }
      }
    }
    for (const b of batch) {
      if (!failed.has(b.path)) b.indexed();
      progress();
    }
  };
  const index = (path: string, analysis: Analysis, indexed: () => void): void => {
    pending.push({ path, analysis, indexed });
    if (pending.length >= INDEX_BATCH) flush();
  };

  // Analysis of what the cache does not know starts (on workers) while the rest is still being read.
  // A job is one distinct content; files with the same content found after its analysis came
  // back are indexed from its outcome.
  type Job = { hash: string; text: string; paths: string[]; outcome?: { analysis: Analysis } | { error: string } };
  const jobs: Job[] = [];
  const jobOf = new Map<string, Job>();
  let analysed = 0;
  const indexAnalysed = (job: Job, path: string): void => {
    const outcome = job.outcome!;
    if ('error' in outcome) {
      failures.push({ path, error: outcome.error });
      progress();
    } else index(path, outcome.analysis, () => analysed++);
  };
  const onResult = (i: number, result: AnalysisResult): void => {
    const job = jobs[i]!;
    const analysis = 'record' in result ? decodeRecord(result.record, job.text) : undefined;
    job.outcome = analysis
      ? { analysis }
      : { error: `analysis failed: ${'error' in result ? result.error : 'a damaged result'}` };
    for (const path of job.paths) indexAnalysed(job, path);
    if (analysis && 'record' in result) cache?.set(job.hash, result.record);
  };
  const pool = new AnalysisPool(
    {
      workers: options.workers ?? availableParallelism(),
      script: options.workerScript ?? defaultWorkerScript(),
      minTexts: MIN_FILES_FOR_WORKERS,
      ...(signal && { signal }),
    },
    onResult,
  );

  // Read and hash every file; what the cache knows is queued for indexing, the rest goes to the pool
  // (once per distinct content).
  let fromCache = 0;
  let threads: number;
  try {
    const slicer = new TimeSlicer(signal);
    for (const path of found.files) {
      const read = readArticle(path, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
      if ('error' in read) {
        failures.push({ path, error: read.error });
        progress();
      } else {
        if (read.warning) warnings.push({ path, warning: read.warning });
        const hash = contentHash(read.bytes);
        const cached = cache?.get(hash, read.text);
        const same = jobOf.get(hash);
        if (cached) {
          index(path, cached, () => fromCache++);
        } else if (same) {
          same.paths.push(path);
          if (same.outcome) indexAnalysed(same, path);
        } else {
          const job = { hash, text: read.text, paths: [path] };
          jobs.push(job);
          jobOf.set(hash, job);
          pool.submit(read.text);
        }
      }
      await slicer.pause();
    }
    ({ threads } = await pool.drain());
    flush();
  } catch (error) {
    pool.cancel();
    throw error;
  }

  await cache?.save();
  failures.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { corpus, failures, warnings, analysed, fromCache, truncated: found.truncated, workers: threads };
}

/** The built worker next to the running module: dist/analyze-worker.js for ESM, .cjs for CJS. */
function defaultWorkerScript(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.cjs') ? './analyze-worker.cjs' : './analyze-worker.js', here);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
