// One text at a time analysed on a worker thread, for a caller whose thread must stay free to
// answer (the language server, for the documents open in an editor): the analysis of a large
// document can take seconds, and an older one is dropped (its worker stopped) once it is aborted.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Corpus, upsertRecordSliced, upsertRecords } from '../corpus.js';
import { TimeSlicer } from '../time-slice.js';
import type { IndexRecord } from '../index/article-index.js';
import type { AnalysisRecord } from '../records/analysis-record.js';
import type { CorpusDocument } from '../types.js';
import {
  type AnalysisResult,
  WORKER_OLD_GENERATION_MB,
  type WorkerReply,
  type WorkerRequest,
  analyseHere,
  defaultWorkerScript,
  startAnalysisWorker,
} from './analysis-pool.js';
const DEFAULT_IDLE_MS = 30_000;

declare const analysedBrand: unique symbol;

/** The analysis of one text by a `TextAnalyser`, ready to be put into a corpus with `upsertAnalysed`. */
export interface AnalysedText {
  readonly text: string;
  readonly [analysedBrand]: true;
}

interface Analysed {
  text: string;
  record: AnalysisRecord;
  index: IndexRecord;
}

export interface TextAnalyserOptions {
  /** The worker script (dist/analyze-worker.js or .cjs); by default the one beside this module. */
  script?: string | URL;
  /** The worker stops after this long without a text, and starts again when one comes (default 30 s). */
  idleMs?: number;
}

interface Job {
  id: number;
  text: string;
  path: string | undefined;
  resolve(analysed: AnalysedText): void;
  reject(error: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/**
 * Analyses texts one at a time on a worker thread, in the order given. `analyse` resolves with the
 * analysis, or rejects with the signal's reason once the signal aborts: a text being analysed then
 * stops its worker (core cannot be interrupted otherwise), and the next text starts a new one.
 * When no worker can start (the script is missing, or it fails to load), texts are analysed in
 * this thread instead, as `openCorpus` does.
 */
export class TextAnalyser {
  private readonly script: string | URL;
  private readonly idleMs: number;
  private readonly queue: Job[] = [];
  private worker: Worker | undefined;
  private ready = false;
  private current: Job | undefined;
  private noWorker = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 0;
  private disposed = false;

  constructor(options: TextAnalyserOptions = {}) {
    this.script = options.script ?? defaultWorkerScript();
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  }

  /** Whether a worker thread is running (started, not yet idle for `idleMs`). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Analyses `text` (of the file at `path`, whose name or folders may give its date). */
  analyse(text: string, options: { path?: string | undefined; signal?: AbortSignal | undefined } = {}): Promise<AnalysedText> {
    return new Promise<AnalysedText>((resolve, reject) => {
      const { signal } = options;
      if (this.disposed) return reject(new Error('TextAnalyser: disposed'));
      if (signal?.aborted) return reject(signal.reason);
      const job: Job = { id: this.nextId++, text, path: options.path, resolve, reject, signal, onAbort: () => this.abort(job) };
      signal?.addEventListener('abort', job.onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /** Stops the worker; texts waiting are rejected. */
  dispose(): void {
    this.disposed = true;
    const error = new Error('TextAnalyser: disposed');
    for (const job of [...this.queue, ...(this.current ? [this.current] : [])]) this.settle(job, { error });
    this.queue.length = 0;
    this.current = undefined;
    this.stopWorker();
  }

  private pump(): void {
    if (this.current || this.disposed) return;
    const job = this.queue.shift();
    if (!job) {
      this.idle();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    this.current = job;
    if (this.noWorker || (!this.worker && !this.startWorker())) {
      // No worker: analysed here, after the caller's current task (as a worker's answer would come).
      setImmediate(() => {
        if (this.current !== job) return;
        this.current = undefined;
        this.finish(job, analyseHere(job.text, job.path));
        this.pump();
      });
      return;
    }
    if (this.ready) this.send(job);
  }

  private send(job: Job): void {
    this.worker!.postMessage({ id: job.id, text: job.text, path: job.path } satisfies WorkerRequest);
  }

  private startWorker(): boolean {
    if (!scriptExists(this.script)) {
      this.noWorker = true;
      return false;
    }
    let worker: Worker;
    try {
      // As in the analysis pool, with an old generation capped, which V8 then lets grow less between
      // collections (without the cap, to about four times what it kept).
      worker = startAnalysisWorker(this.script, WORKER_OLD_GENERATION_MB);
    } catch {
      this.noWorker = true;
      return false;
    }
    // The worker never keeps the process alive on its own.
    worker.unref();
    this.worker = worker;
    this.ready = false;
    let failure = 'it stopped';
    worker.on('message', (reply: WorkerReply) => {
      if (this.worker !== worker) return;
      if ('ready' in reply) {
        this.ready = true;
        if (this.current) this.send(this.current);
        return;
      }
      const job = this.current;
      if (!job || job.id !== reply.id) return;
      this.current = undefined;
      this.finish(job, 'record' in reply ? { record: reply.record, index: reply.index } : { error: reply.error });
      this.pump();
    });
    worker.on('error', (error) => {
      failure = error.message;
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return; // stopped on purpose
      const started = this.ready;
      this.worker = undefined;
      this.ready = false;
      const job = this.current;
      this.current = undefined;
      if (!started) {
        // It could not load: this thread analyses from now on (the job is retried here).
        this.noWorker = true;
        if (job) this.queue.unshift(job);
      } else if (job) {
        this.settle(job, { error: new Error(`analysis worker failed: ${failure}`) });
      }
      this.pump();
    });
    return true;
  }

  private abort(job: Job): void {
    if (this.current === job) {
      this.current = undefined;
      // The worker is busy with a text nobody wants: stop it rather than wait.
      if (this.worker) this.stopWorker();
      this.settle(job, { error: job.signal?.reason });
      this.pump();
      return;
    }
    const at = this.queue.indexOf(job);
    if (at >= 0) {
      this.queue.splice(at, 1);
      this.settle(job, { error: job.signal?.reason });
    }
  }

  private finish(job: Job, result: AnalysisResult): void {
    if ('error' in result) this.settle(job, { error: new Error(result.error) });
    else this.settle(job, { analysed: { text: job.text, record: result.record, index: result.index } });
  }

  private settle(job: Job, outcome: { analysed: Analysed } | { error: unknown }): void {
    job.signal?.removeEventListener('abort', job.onAbort);
    job.text = '';
    if ('analysed' in outcome) job.resolve(outcome.analysed as unknown as AnalysedText);
    else job.reject(outcome.error);
  }

  private idle(): void {
    if (!this.worker || this.idleTimer) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (!this.current && this.queue.length === 0) this.stopWorker();
    }, this.idleMs);
    this.idleTimer.unref?.();
  }

  private stopWorker(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    if (worker) void worker.terminate();
  }
}

/**
 * Puts the analysis of a text into `corpus` under `uri`, as `corpus.upsert(uri, text)` would (with
 * the same text, analysed with `path: uri`).
 */
export function upsertAnalysed(corpus: Corpus, uri: string, analysed: AnalysedText): CorpusDocument {
  const { text, record, index } = analysed as unknown as Analysed;
  upsertRecords(corpus, [{ uri, record, index, text }], (_entry, error) => {
    throw error;
  });
  const doc = corpus.get(uri);
  if (!doc) throw new Error(`upsertAnalysed: ${uri} was not indexed`);
  return doc;
}

/**
 * `upsertAnalysed`, with the same result, for a caller whose thread must keep answering (the
 * language server): the work is done in slices of `sliceMs` (default 8) between which other work
 * runs, and the corpus changes at once at the end, so that it is read either without the new
 * analysis or with all of it. Once `signal` aborts (a newer edit), rejects with its reason and
 * leaves the corpus as it was.
 */
export function upsertAnalysedAsync(
  corpus: Corpus,
  uri: string,
  analysed: AnalysedText,
  options: { signal?: AbortSignal | undefined; sliceMs?: number | undefined } = {},
): Promise<CorpusDocument> {
  const { text, record, index } = analysed as unknown as Analysed;
  let slicer: TimeSlicer;
  try {
    slicer = new TimeSlicer(options.signal, options.sliceMs);
  } catch (error) {
    return Promise.reject(error);
  }
  return upsertRecordSliced(corpus, { uri, record, index, text }, slicer);
}

function scriptExists(script: string | URL): boolean {
  try {
    return existsSync(typeof script === 'string' ? script : fileURLToPath(script));
  } catch {
    return false;
  }
}
