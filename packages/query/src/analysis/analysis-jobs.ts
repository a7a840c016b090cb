// The texts of a folder analysed once per distinct content: each new content goes to the pool
// (analysis-pool.ts) as it is read, and every file with that content gets the outcome, those
// found after it came back too (with their own text, the same as the job's).
import type { IndexRecord } from '../index/article-index.js';
import { type AnalysisRecord, StringTable, VarintWriter, transcodeRecord } from '../records/analysis-record.js';
import type { AsideRef } from '../records/snapshot-format.js';
import type { TextSpooler } from '../records/stored-article.js';
import { AnalysisPool, type AnalysisResult, type PoolOptions } from './analysis-pool.js';
import { type ArticleRecords, withIndex } from './article-records.js';

/**
 * Texts read ahead of their analysis, at most: a folder is not held in memory whole while it is
 * analysed. Few: a text lives in this thread until its analysis comes back, and with 64 ahead most
 * texts lived through two young-generation collections and were promoted, 30 MB of garbage in the
 * old generation for 10,000 articles. A worker still has IN_FLIGHT texts queued (analysis-pool.ts).
 */
const READ_AHEAD = 16;

/** What becomes of the texts given to `analyse`, told as each analysis comes back. */
export interface AnalysisOutcomes {
  /** The records of the text of the file at `path`. */
  analysed(path: string, text: string, records: ArticleRecords): void;
  failed(path: string, error: string): void;
  /** The records of a content analysed for the first time (worth caching). */
  made(hash: string, records: ArticleRecords): void;
}

/**
 * A job is one distinct content. It keeps its outcome for copies found later, without the index
 * record (large, and derived again for such a copy).
 */
type Outcome = { record: AnalysisRecord; index?: IndexRecord; spooled?: AsideRef | undefined } | { strings: readonly string[]; spooled: AsideRef } | { error: string };
type Job = { hash: string; text: string; paths: string[]; outcome?: Outcome };

export class AnalysisJobs {
  private readonly pool: AnalysisPool;
  private readonly jobs: Job[] = [];
  private readonly byHash = new Map<string, Job>();
  // The strings of records from workers (entity names, kinds, …) are the same in many articles:
  // the records are rewritten onto one table for the whole opening, as a snapshot's are, instead
  // of each keeping an array of its own (about 100 references an article: 8 MB for 10,000).
  private readonly table = new StringTable();
  private readonly scratch = new VarintWriter();

  /**
   * `spool`: where the records' bytes can be kept out of memory (made on first use); the corpus
   * keeps them there too, and a job keeps only where they are, for copies of its content found later.
   */
  constructor(
    options: PoolOptions,
    private readonly outcomes: AnalysisOutcomes,
    private readonly spool: () => TextSpooler | undefined = () => undefined,
  ) {
    this.pool = new AnalysisPool(options, (i, result) => this.finished(this.jobs[i]!, result));
  }

  /**
   * Analyses the text of the file at `path`, whose content hash is `hash`, unless that content is
   * being or was analysed: then the file gets that analysis. Resolves once few enough texts wait.
   */
  async analyse(hash: string, path: string, text: string): Promise<void> {
    const same = this.byHash.get(hash);
    if (same) {
      if (same.outcome) this.deliver(same.outcome, path, text);
      else same.paths.push(path);
      return;
    }
    const job = { hash, text, paths: [path] };
    this.jobs.push(job);
    this.byHash.set(hash, job);
    this.pool.submit(text, path);
    await this.pool.relieve(READ_AHEAD);
  }

  /** Resolves once every text has its outcome, with the number of threads that analysed (see AnalysisPool.drain). */
  drain(): Promise<{ threads: number }> {
    return this.pool.drain();
  }

  /** Stops analysing (the caller gives up). */
  cancel(): void {
    this.pool.cancel();
  }

  private finished(job: Job, result: AnalysisResult): void {
    const made = 'record' in result ? withIndex(this.share(result.record), result.index as IndexRecord | undefined, job.text) : undefined;
    const spooled = made && this.spool()?.put(made.record.bytes);
    const records = made && (spooled ? { ...made, spooled } : made);
    job.outcome = records ?? { error: `analysis failed: ${'error' in result ? result.error : 'a damaged result'}` };
    for (const path of job.paths) this.deliver(job.outcome, path, job.text);
    if (records) {
      this.outcomes.made(job.hash, records);
      job.outcome = spooled ? { strings: records.record.strings, spooled } : { record: records.record };
    }
    job.text = '';
  }

  private deliver(outcome: Outcome, path: string, text: string): void {
    let records: ArticleRecords | undefined;
    if ('strings' in outcome) {
      const { from, at, length } = outcome.spooled;
      const record = { strings: outcome.strings, bytes: from.read(at, length) };
      records = withIndex(record, undefined, text);
      if (records) records.spooled = outcome.spooled;
    } else if ('record' in outcome) {
      records = outcome.index ? { ...outcome, index: outcome.index } : withIndex(outcome.record, undefined, text);
    }
    if (records) this.outcomes.analysed(path, text, records);
    else this.outcomes.failed(path, 'error' in outcome ? outcome.error : 'analysis failed: a damaged result');
  }

  private share(record: AnalysisRecord): AnalysisRecord {
    const out = this.scratch;
    out.length = 0;
    try {
      transcodeRecord(record, this.table, out);
    } catch {
      // A damaged record stays as it came (withIndex refuses it).
      return record;
    }
    return { strings: this.table.strings, bytes: out.take() };
  }
}
