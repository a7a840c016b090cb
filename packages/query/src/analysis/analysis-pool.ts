import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type SharedData, analyze, sharedData } from '@seedlens/core';
import type { IndexRecord } from '../index/article-index.js';
import type { AnalysisRecord } from '../records/analysis-record.js';
import { TimeSlicer } from '../time-slice.js';
import { analysisResult } from './article-records.js';

/**
 * A worker's young generation. Its garbage is one article's analysis at a time (well under 1 MB):
 * 24 MB instead of V8's default 48 holds that, and keeps about 20 MB less resident per worker.
 */
const WORKER_YOUNG_GENERATION_MB = 24;
/**
 * A worker's old generation at most. V8 lets a heap grow to about four times what it kept at its
 * last full collection when the limit is large (the process's, 4 GB here), to one and a half times
 * below 1 GB: a worker keeps 20-40 MB between articles, and under the default its heap was
 * measured anywhere from 50 to 150 MB. A text too large for it (an 8 MB text of distinct names
 * still fits) is analysed in this thread instead (see `startWorker`).
 */
export const WORKER_OLD_GENERATION_MB = 1024;

/** What a worker is started with: core's data as this thread loaded it, to use instead of loading its own. */
export type WorkerData = { coreData?: SharedData };

/** Core's data for a worker (see WorkerData): loaded here once, shared by every worker. */
export function workerData(): WorkerData {
  return { coreData: sharedData() };
}

/**
 * A thread that analyses `script`'s way, with core's data as this thread loaded it, a young
 * generation of WORKER_YOUNG_GENERATION_MB and an old one of `oldGenerationMb` at most.
 *
 * Workers inherit this process's execArgv, except what a worker cannot take: `--input-type` (node
 * -e with ESM) stops one loading a file, and V8 flags (`--expose-gc`, `--max-old-space-size`) are
 * refused with ERR_WORKER_INVALID_EXEC_ARGV, which would leave every text to this thread.
 */
export function startAnalysisWorker(script: string | URL, oldGenerationMb: number): Worker {
  const options = (execArgv: string[]) => ({
    execArgv,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: oldGenerationMb },
    workerData: workerData(),
  });
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
  try {
    return new Worker(script, options(execArgv));
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    // Node names the flags it refused: "… invalid execArgv flags: --expose-gc, --foo".
    const refused = new Set(/flags: (.*)$/.exec((error as Error).message)?.[1]?.split(', ') ?? []);
    const flagOf = (arg: string) => arg.split('=')[0]!;
    return new Worker(script, options(refused.size > 0 ? execArgv.filter((arg) => !refused.has(arg) && !refused.has(flagOf(arg))) : []));
  }
}

/** `path`: the file's path, whose name or folders may give the article's date (core's `path` option). */
export type WorkerRequest = { id: number; text: string; path?: string | undefined };
export type WorkerReply = { ready: true } | { id: number; record: AnalysisRecord; index: IndexRecord } | { id: number; error: string };
/**
 * Analyses come back as records, with what the corpus indexes of them (index/article-index.ts), derived
 * on the analysing thread: a worker transfers the bytes instead of copying objects.
 */
export type AnalysisResult = { record: AnalysisRecord; index: IndexRecord } | { error: string };

export interface PoolOptions {
  /** Worker threads to start; 0 analyses in this thread. */
  workers: number;
  /** The worker script (dist/analyze-worker.js or .cjs). */
  script: string | URL;
  /**
   * Workers start once this many texts are waiting, or (`alongside`) a text too long for this thread;
   * fewer short ones are analysed in this thread, at `drain`.
   */
  minTexts?: number;
  /**
   * This thread analyses too while draining, between the results it is handed: one core more
   * without another copy of core (~100 MB), which this thread has loaded anyway.
   */
  alongside?: boolean;
  /** Each worker's old generation at most, in MB (default WORKER_OLD_GENERATION_MB). */
  workerHeapMb?: number;
  signal?: AbortSignal;
}

/** Texts a worker holds at once: enough queued that it never waits while this thread is busy indexing. */
const IN_FLIGHT = 8;
/** Alongside workers, this thread leaves longer texts to them: one analysis must not block it long. */
const ALONGSIDE_MAX_CHARS = 64 * 1024;
/** A text whose worker died is retried once elsewhere; a second death is blamed on the text. */
const MAX_ATTEMPTS = 2;

/**
 * Analyses texts with core on worker threads while more are being submitted, calling
 * `onResult(index, result)` on this thread as each one finishes (in any order; `index` counts
 * submissions from 0). When no worker can start (script missing, core not resolvable from it)
 * or all have died, what is left is analysed in this thread instead.
 */
export class AnalysisPool {
  private readonly texts: string[] = [];
  private readonly paths: Array<string | undefined> = [];
  private readonly retry: number[] = [];
  /** Texts in flight on a worker that ran out of memory: analysed in this thread, whatever their length. */
  private readonly hereOnly: number[] = [];
  private readonly attempts: number[] = [];
  private readonly live = new Map<Worker, { ready: boolean; inFlight: Set<number> }>();
  private next = 0;
  private finished = 0;
  private started = false;
  private draining = false;
  private inThisThread = false;
  private threads = 0;
  private helped = false;
  private waiters: Array<() => void> = [];
  private outcome: { error: unknown } | 'done' | undefined;
  private resolveDrain: (() => void) | undefined;
  private rejectDrain: ((error: unknown) => void) | undefined;
  private readonly onAbort = (): void => this.settle({ error: this.options.signal?.reason });

  constructor(
    private readonly options: PoolOptions,
    private readonly onResult: (index: number, result: AnalysisResult) => void,
  ) {
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
    if (options.signal?.aborted) this.onAbort();
  }

  submit(text: string, path?: string): void {
    if (this.draining) throw new Error('AnalysisPool: submit after drain');
    if (this.outcome) return; // aborted: drain rejects
    this.texts.push(text);
    this.paths.push(path);
    this.attempts.push(0);
    // A long text starts the workers however few texts wait: alongside them this thread leaves it to
    // them, and does not block on it (a caller that answers requests meanwhile, such as the language server).
    const long = this.options.alongside === true && text.length > ALONGSIDE_MAX_CHARS;
    if (!this.started && (long || this.texts.length - this.next >= (this.options.minTexts ?? 1))) this.start();
    for (const worker of this.live.keys()) this.feed(worker);
  }

  /** Resolves once every submitted text has its result, with the number of worker threads that answered. */
  drain(): Promise<{ threads: number }> {
    this.draining = true;
    const done = new Promise<void>((resolve, reject) => {
      this.resolveDrain = resolve;
      this.rejectDrain = reject;
    });
    if (this.outcome === undefined) {
      if (this.finished === this.texts.length) this.settle('done');
      else if (this.live.size === 0 || this.options.alongside) this.runHere();
    }
    this.deliver();
    return done.then(() => ({ threads: this.threads + (this.helped && this.threads > 0 ? 1 : 0) }));
  }

  /**
   * Resolves once at most `limit` submitted texts await their result, analysing here meanwhile
   * when `alongside`: what keeps a caller from reading a whole folder ahead of the analysis.
   * Resolves at once when no worker runs (texts then wait for `drain`).
   */
  async relieve(limit: number): Promise<void> {
    while (!this.outcome && this.live.size > 0 && this.texts.length - this.finished > limit) {
      const index = this.options.alongside && !this.inThisThread ? this.takeHere() : undefined;
      if (index !== undefined) {
        this.helped = true;
        this.finish(index, analyseHere(this.texts[index]!, this.paths[index]));
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Stops the workers and drops what is left (when the caller gives up before draining). */
  cancel(): void {
    this.settle({ error: new Error('analysis cancelled') });
  }

  private start(): void {
    this.started = true;
    const wanted = Math.max(0, Math.floor(this.options.workers));
    if (wanted === 0 || !scriptExists(this.options.script)) return;
    for (let i = 0; i < wanted; i++) this.startWorker();
  }

  private startWorker(): void {
    let worker: Worker;
    try {
      worker = startAnalysisWorker(this.options.script, this.options.workerHeapMb ?? WORKER_OLD_GENERATION_MB);
    } catch {
      return;
    }
    const state = { ready: false, inFlight: new Set<number>() };
    let failure = 'it stopped';
    let outOfMemory = false;
    this.live.set(worker, state);
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        state.ready = true;
        this.threads++;
        return;
      }
      state.inFlight.delete(reply.id);
      // Feed first: the caller's indexing of this result can take a while.
      this.feed(worker);
      this.finish(reply.id, 'record' in reply ? { record: reply.record, index: reply.index } : { error: reply.error });
    });
    worker.on('error', (error) => {
      failure = error.message;
      outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    });
    worker.on('exit', () => {
      if (this.outcome) return;
      this.live.delete(worker);
      this.wake();
      for (const index of state.inFlight) {
        // Out of memory, a text goes to this thread, whose heap has the process's limit.
        if (outOfMemory) this.hereOnly.push(index);
        // A worker that never started is no fault of its texts.
        else if (state.ready && ++this.attempts[index]! >= MAX_ATTEMPTS) this.finish(index, { error: `analysis worker failed: ${failure}` });
        else this.retry.push(index);
      }
      if (this.outcome) return;
      if (this.live.size > 0) for (const other of this.live.keys()) this.feed(other);
      if (this.live.size === 0 ? this.draining : this.hereOnly.length > 0) this.runHere();
    });
    this.feed(worker);
  }

  private take(): number | undefined {
    if (this.retry.length > 0) return this.retry.pop();
    return this.next < this.texts.length ? this.next++ : undefined;
  }

  private feed(worker: Worker): void {
    const state = this.live.get(worker);
    while (state && state.inFlight.size < IN_FLIGHT) {
      const index = this.take();
      if (index === undefined) return;
      state.inFlight.add(index);
      worker.postMessage({ id: index, text: this.texts[index]!, path: this.paths[index] } satisfies WorkerRequest);
    }
  }

  /**
   * Analyses what is left in this thread: all of it when no worker runs, else (alongside workers)
   * until the next text is a long one. Runs again when a dying worker leaves texts behind.
   */
  private runHere(): void {
    if (this.inThisThread) return;
    this.inThisThread = true;
    void (async () => {
      const slicer = new TimeSlicer(this.options.signal);
      try {
        for (let index = this.takeHere(); index !== undefined && !this.outcome; index = this.takeHere()) {
          if (this.live.size > 0) this.helped = true;
          this.finish(index, analyseHere(this.texts[index]!, this.paths[index]));
          await slicer.pause();
        }
      } finally {
        this.inThisThread = false;
      }
    })().catch((error: unknown) => this.settle({ error }));
  }

  private takeHere(): number | undefined {
    if (this.hereOnly.length > 0) return this.hereOnly.pop();
    if (this.live.size > 0 && !this.options.alongside) return undefined;
    if (this.live.size > 0) {
      const index = this.retry.length > 0 ? this.retry[this.retry.length - 1]! : this.next < this.texts.length ? this.next : undefined;
      if (index === undefined || this.texts[index]!.length > ALONGSIDE_MAX_CHARS) return undefined;
    }
    return this.take();
  }

  private finish(index: number, result: AnalysisResult): void {
    if (this.outcome) return;
    this.finished++;
    this.wake();
    // The text is no longer needed (the caller has its own copy).
    this.texts[index] = '';
    try {
      this.onResult(index, result);
    } catch (error) {
      this.settle({ error });
      return;
    }
    if (this.draining && this.finished === this.texts.length) this.settle('done');
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private settle(outcome: { error: unknown } | 'done'): void {
    if (this.outcome) return;
    this.outcome = outcome;
    this.wake();
    this.options.signal?.removeEventListener('abort', this.onAbort);
    for (const worker of this.live.keys()) void worker.terminate();
    this.live.clear();
    this.deliver();
  }

  private deliver(): void {
    if (!this.outcome || !this.resolveDrain) return;
    if (this.outcome === 'done') this.resolveDrain();
    else this.rejectDrain?.(this.outcome.error);
  }
}

/** Analyses one text (from the file at `path`, when known), answering as a worker does. */
export function analyseHere(text: string, path?: string): AnalysisResult {
  try {
    return analysisResult(analyze(text, path === undefined ? {} : { path }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The built worker next to the running module: dist/analyze-worker.js for ESM, .cjs for CJS. */
export function defaultWorkerScript(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.cjs') ? './analyze-worker.cjs' : './analyze-worker.js', here);
}

function scriptExists(script: string | URL): boolean {
  try {
    return existsSync(typeof script === 'string' ? script : fileURLToPath(script));
  } catch {
    return false;
  }
}
