// The corpus: analyses keyed by URI, with the indexes that answer questions over all of them.
// Articles come in (upsert, remove; from a folder, as records: upsertRecords) and are indexed
// (index/indexes.ts); each question is a function over the indexes in questions/, one file a
// kind, which the methods below only name.
import { type Analysis, type MentionKind, type MentionType, analyze as coreAnalyze } from '@seedlens/core';
import { type ArticleFacts, type IndexRecord, articleFacts, decodeArticleIndex } from './index/article-index.js';
import { ArticleTable } from './index/article-table.js';
import { type Indexes, putArticle, readIndexes, removeArticle, writeIndexes } from './index/indexes.js';
import { EntityJoin } from './index/join/entity-join.js';
import { type ArticleWords, FullTextIndex } from './index/words/full-text.js';
import { type AnalysisRecord, type RecordHead, recordHead } from './records/analysis-record.js';
import type { AsideRef, SnapshotReader, SnapshotWriter } from './records/snapshot-format.js';
import { StoredArticle, type TextSpooler } from './records/stored-article.js';
import { commitStaged, stageArticle } from './index/staged-article.js';
import type { TimeSlicer } from './time-slice.js';
import { articleDates } from './questions/article-dates.js';
import { articlesFor } from './questions/articles-for.js';
import { cooccurrence } from './questions/cooccurrence.js';
import { entities, entity } from './questions/entities.js';
import { findEntities } from './questions/find-entities.js';
import { firstMention, mentionAt, mentionsIn, mentionsOf } from './questions/mentions.js';
import { places } from './questions/places.js';
import { RelatedScorer, related } from './questions/related.js';
import { type DateRanges, search } from './questions/search.js';
import { timeline } from './questions/timeline.js';
import { compareStrings } from './text/string-order.js';
import type {
  Cooccurrence,
  CorpusDocument,
  CorpusEntity,
  CorpusMention,
  CorpusPlace,
  DatedArticle,
  RelatedArticle,
  SearchHit,
  TimelineEntry,
  TimelineFilter,
} from './types.js';

export type AnalyzeFunction = (text: string, options?: { dct?: string | null; path?: string }) => Analysis;

/** One article for `upsertMany`: as `upsert(uri, input, { dct })`. */
export interface CorpusEntry {
  uri: string;
  input: string | Analysis;
  dct?: string | null;
}

export interface CorpusOptions {
  /** Analyses article text; core's `analyze` by default. */
  analyze?: AnalyzeFunction;
}

const DEFAULT_RELATED = 10;
const DEFAULT_HITS = 100;
const DEFAULT_COOCCURRENCES = 20;
const DEFAULT_FOUND = 20;

export class Corpus {
  private readonly analyze: AnalyzeFunction;
  // The indexes (index/indexes.ts); replaced whole only when a snapshot is read into an empty corpus.
  private articles = new ArticleTable();
  private join = new EntityJoin();
  private words = new FullTextIndex();
  private changes = 0;
  // What questions keep from one call to the next: weights of related articles, day ranges of dates.
  private readonly scorer = new RelatedScorer();
  private readonly dateRanges: DateRanges = new Map();

  constructor(options: CorpusOptions = {}) {
    this.analyze = options.analyze ?? coreAnalyze;
  }

  /** Number of articles. */
  get size(): number {
    return this.articles.size;
  }

  /** Increases on every upsert and every remove that removed something. */
  get version(): number {
    return this.changes;
  }

  /**
   * Adds or replaces one article; touches only that article's postings. Text is analysed
   * (with `options.dct` as DCT, else the date core finds in the uri, the header or the text); an analysis is taken as is, `options.dct` overriding its DCT
   * for placing dates.
   */
  upsert(uri: string, input: string | Analysis, options: { dct?: string | null } = {}): CorpusDocument {
    const doc = this.put(uri, input, options);
    this.join.settle();
    return doc;
  }

  /**
   * Adds or replaces many articles, with the same result as upserting them one by one, but
   * re-deciding the entity join once at the end rather than after each (what makes opening a
   * folder fast). A failing entry goes to `onError` when given, and the others are indexed;
   * without `onError` the first failure is thrown, after the entries before it are indexed.
   */
  upsertMany(entries: Iterable<CorpusEntry>, options: { onError?: (entry: CorpusEntry, error: unknown) => void } = {}): CorpusDocument[] {
    const out: CorpusDocument[] = [];
    try {
      for (const entry of entries) {
        try {
          out.push(this.put(entry.uri, entry.input, entry.dct !== undefined ? { dct: entry.dct } : {}));
        } catch (error) {
          if (!options.onError) throw error;
          options.onError(entry, error);
        }
      }
    } finally {
      this.join.settle();
    }
    return out;
  }

  /** Removes one article; false when the corpus did not hold it. */
  remove(uri: string): boolean {
    const doc = this.articles.get(uri);
    if (!doc) return false;
    removeArticle(this.indexes(), doc);
    this.join.settle();
    this.changes++;
    return true;
  }

  has(uri: string): boolean {
    return this.articles.get(uri) !== undefined;
  }

  get(uri: string): CorpusDocument | undefined {
    return this.articles.get(uri)?.document;
  }

  /** Every URI, sorted. */
  uris(): string[] {
    return [...this.articles.uris()].sort(compareStrings);
  }

  // ------------------------------------------------------------------ questions (questions/)

  entity(id: string): CorpusEntity | undefined {
    return entity(this.indexes(), id);
  }

  /** Entities, most articles first, then most mentions, then name. */
  entities(filter: { type?: MentionType; kind?: MentionKind } = {}): CorpusEntity[] {
    return entities(this.indexes(), filter);
  }

  /** Actors and places by any name: word prefixes first, then letters in order; best first. */
  findEntities(text: string, limit = DEFAULT_FOUND): CorpusEntity[] {
    return findEntities(this.indexes(), text, limit);
  }

  /** The article's mentions, sorted by start; [] for an unknown uri. */
  mentionsIn(uri: string): CorpusMention[] {
    return mentionsIn(this.indexes(), uri);
  }

  /** The mention with start <= offset <= end (touching its end counts). */
  mentionAt(uri: string, offset: number): CorpusMention | undefined {
    return mentionAt(this.indexes(), uri, offset);
  }

  /** Every mention of an entity, by uri then start. */
  mentionsOf(entityId: string, options: { limit?: number } = {}): CorpusMention[] {
    return mentionsOf(this.indexes(), entityId, options.limit ?? Number.POSITIVE_INFINITY);
  }

  /** First mention in the earliest article (by DCT, articles without one last, then uri). */
  firstMention(entityId: string): CorpusMention | undefined {
    return firstMention(this.indexes(), entityId);
  }

  /** Other articles ranked by shared entities weighted by rarity (see questions/related.ts). */
  related(uri: string, options: { limit?: number } = {}): RelatedArticle[] {
    return related(this.indexes(), this.scorer, uri, options.limit ?? DEFAULT_RELATED);
  }

  /** Articles mentioning an entity, most mentions first (score = mentions). */
  articlesFor(entityId: string, options: { limit?: number } = {}): SearchHit[] {
    return articlesFor(this.indexes(), entityId, options.limit ?? DEFAULT_HITS);
  }

  /** Articles matching a query (see README for the language); throws QuerySyntaxError. */
  search(query: string, options: { limit?: number } = {}): SearchHit[] {
    return search(this.indexes(), query, options.limit ?? DEFAULT_HITS, this.dateRanges);
  }

  /** Places with coordinates, most articles first, each with its top articles (at most `articles`, default 5). */
  places(options: { articles?: number } = {}): CorpusPlace[] {
    return places(this.indexes(), options.articles ?? 5);
  }

  /** Dated mentions in time order, optionally of the articles matching a query or mentioning an entity. */
  timeline(filter: TimelineFilter = {}): TimelineEntry[] {
    return timeline(this.indexes(), filter, this.dateRanges);
  }

  /** The dated articles of the same articles as `timeline(filter)`, by their own date (DCT), then uri. */
  articleDates(filter: TimelineFilter = {}): DatedArticle[] {
    return articleDates(this.indexes(), filter, this.dateRanges);
  }

  /** Actors and places appearing with an entity: shared sentences, then shared articles. */
  cooccurrence(entityId: string, options: { limit?: number } = {}): Cooccurrence[] {
    return cooccurrence(this.indexes(), entityId, options.limit ?? DEFAULT_COOCCURRENCES);
  }

  // ------------------------------------------------------------------ indexing (index/)

  /** What questions read and indexing changes: the indexes as they stand. */
  private indexes(): Indexes {
    return { articles: this.articles, join: this.join, words: this.words, version: this.changes };
  }

  /** Indexes one article, leaving the entity join to settle. */
  private put(uri: string, input: string | Analysis, options: { dct?: string | null }): CorpusDocument {
    checkUri(uri);
    // The uri is the article's path: a date in its file name or folders is its DCT.
    const analysis = typeof input === 'string' ? this.analyze(input, options.dct !== undefined ? { dct: options.dct, path: uri } : { path: uri }) : checkedAnalysis(input);
    const article = StoredArticle.holding(analysis);
    return this.replace(uri, article, articleFacts(analysis), analysis.source.text, options.dct !== undefined ? options.dct : analysis.dct);
  }

  /**
   * Indexes articles opened from a folder (see `upsertRecords`): each kept as its analysis record,
   * indexed from its index record, with the same result as `upsertMany` of the analyses.
   */
  private putRecords(entries: Iterable<RecordEntry>, onError: (entry: RecordEntry, error: unknown) => void, settle: boolean, spool?: TextSpooler): void {
    try {
      for (const entry of entries) {
        try {
          this.putRecord(entry, spool);
        } catch (error) {
          onError(entry, error);
        }
      }
    } finally {
      if (settle) this.join.settle();
    }
  }

  private putRecord({ uri, record, index, text, head = recordHead(record, text.length), utf8, spooled }: RecordEntry, spool?: TextSpooler): void {
    checkUri(uri);
    if (!head) throw new Error('a damaged analysis record');
    const article = StoredArticle.fromRecord(record, text, utf8, spool && { spool, record: spooled });
    const derived = decodeArticleIndex(index);
    if (derived && derived.mentionKey.length === head.mentions) this.replace(uri, article, derived, derived.words, head.dct);
    else {
      // A damaged index record: derive it again (as from an analysis given to upsert).
      this.replace(uri, article, articleFacts(article.transient()), text, head.dct);
    }
  }

  /**
   * As `putRecord` then settling the join, but with what does not change the indexes worked out
   * first, a slice at a time (index/staged-article.ts): until the end, questions see the article
   * as it was. Rejects with the signal's reason when it aborts, the corpus unchanged.
   */
  private async putRecordSliced(entry: RecordEntry, slicer: TimeSlicer): Promise<CorpusDocument> {
    const { uri, record, index, text, utf8 } = entry;
    checkUri(uri);
    const head = entry.head ?? recordHead(record, text.length);
    if (!head) throw new Error('a damaged analysis record');
    const article = StoredArticle.fromRecord(record, text, utf8);
    await slicer.pause();
    const staged = await stageArticle(this.indexes(), uri, article, index, head.dct, slicer);
    if (staged) {
      const doc = commitStaged(this.indexes(), staged);
      this.changes++;
      this.join.settle();
      return doc.document;
    }
    // A damaged index record: derived again from the analysis, at once (as putRecord does).
    this.putRecord({ ...entry, head });
    this.join.settle();
    return this.get(uri)!;
  }

  private replace(uri: string, article: StoredArticle, facts: ArticleFacts, words: ArticleWords | string, dct: string | null): CorpusDocument {
    const doc = putArticle(this.indexes(), uri, article, facts, words, dct);
    this.changes++;
    return doc.document;
  }

  // ------------------------------------------------------------------ snapshot (store/corpus-snapshot.ts)

  /** Writes the corpus whole, a step at each `next()` (see index/indexes.ts). */
  private writeSnapshot(w: SnapshotWriter): Generator<void, void, void> {
    return writeIndexes(this.indexes(), w);
  }

  /** Takes the state of a snapshot, all or nothing; the corpus must be empty. Throws on a damaged snapshot. */
  private readSnapshot(r: SnapshotReader): void {
    if (this.articles.capacity > 0 || this.changes > 0) throw new Error('Corpus: a snapshot is read only into an empty corpus');
    const { articles, join, words, version } = readIndexes(r);
    Object.assign(this, { articles, join, words, changes: version });
  }
}

/** An article opened from a folder: its analysis record, its index record (index/article-index.ts) and its text. */
export interface RecordEntry {
  uri: string;
  record: AnalysisRecord;
  index: IndexRecord;
  text: string;
  /** What recordHead found when the caller checked the record against this text. */
  head?: RecordHead | undefined;
  /** The text as UTF-8, when the caller has it. */
  utf8?: Uint8Array | undefined;
  /** Where the spool given to `upsertRecords` keeps the record's bytes already. */
  spooled?: AsideRef | undefined;
}

/**
 * Indexes articles opened from a folder into `corpus` (what openCorpus does with analyses from the
 * cache and from worker threads). Not a method of Corpus so that it stays out of its public API.
 */
export function upsertRecords(
  corpus: Corpus,
  entries: Iterable<RecordEntry>,
  onError: (entry: RecordEntry, error: unknown) => void,
  options: { settle?: boolean; spool?: TextSpooler } = {},
): void {
  corpus['putRecords'](entries, onError, options.settle ?? true, options.spool);
}

/**
 * Indexes one article opened or analysed elsewhere (see `upsertRecords`) with the same result, but
 * yielding to the event loop between slices of `slicer`'s length: questions asked meanwhile are
 * answered from the corpus as it was, and the article comes in at once at the end. Rejects with
 * the reason of the slicer's signal once it aborts, leaving the corpus as it was.
 */
export function upsertRecordSliced(corpus: Corpus, entry: RecordEntry, slicer: TimeSlicer): Promise<CorpusDocument> {
  return corpus['putRecordSliced'](entry, slicer);
}

/**
 * Re-decides the entity join after `upsertRecords` with `settle: false`: until then the corpus
 * must not be asked anything (its joined entities are not up to date).
 */
export function settleCorpus(corpus: Corpus): void {
  corpus['join'].settle();
}

/**
 * Writes a corpus into a snapshot (store/corpus-snapshot.ts), a step at each `next()`: the corpus must
 * not change until the generator is done. The join must be settled, as it is after every public call.
 */
export function writeCorpusSnapshot(corpus: Corpus, w: SnapshotWriter): Generator<void, void, void> {
  return corpus['writeSnapshot'](w);
}

/** Reads a snapshot into an empty corpus, all or nothing; throws on a damaged snapshot. */
export function readCorpusSnapshot(corpus: Corpus, r: SnapshotReader): void {
  corpus['readSnapshot'](r);
}

/** Moves the articles and indexes of `from` into `to`, which must be empty; `from` is not to be used after. */
export function moveCorpus(from: Corpus, to: Corpus): void {
  if (to.size > 0 || to.version > 0) throw new Error('Corpus: can move only into an empty corpus');
  Object.assign(to, { changes: from['changes'], articles: from['articles'], join: from['join'], words: from['words'] });
}

function checkUri(uri: unknown): void {
  if (typeof uri !== 'string' || uri === '') throw new TypeError('Corpus.upsert: the uri must be a non-empty string');
}

function checkedAnalysis(input: unknown): Analysis {
  const a = input as Partial<Analysis> | null;
  if (!a || typeof a !== 'object' || typeof a.source?.text !== 'string' || !Array.isArray(a.mentions) || !Array.isArray(a.entities)) {
    throw new TypeError('Corpus.upsert: expected article text or an Analysis from @seedlens/core');
  }
  const analysis = a as Analysis;
  const sorted = analysis.mentions.every((m, i, all) => i === 0 || all[i - 1]!.start <= m.start);
  return sorted ? analysis : { ...analysis, mentions: [...analysis.mentions].sort((x, y) => x.start - y.start) };
}
