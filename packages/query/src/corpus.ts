// The corpus: analyses keyed by URI, with the indexes that answer questions over all of them.
//
//   upsert(uri, text | analysis)
//     → name keys (entity-keys) → entity join (postings per key, clusters = corpus entities)
//     → full-text word index → dates, kinds
//
// Every index keeps each article's contribution separately (postings by small int document
// id), so replacing or removing one article subtracts exactly its own and re-decides only the
// entity groups its names belong to.
import { type Analysis, type Mention, type MentionKind, type MentionType, analyze as coreAnalyze } from '@seedlens/core';
import { cooccurrences } from './questions/cooccurrence.js';
import { type AnalysisRecord, type RecordHead, recordHead } from './records/analysis-record.js';
import { type ArticleFacts, type ArticleWords, type IndexRecord, articleFacts, decodeArticleIndex } from './index/article-index.js';
import { type DayRange, placeTimex, timexRange, parseQueryDate } from './text/date-range.js';
import { documentKeys } from './index/entity-keys.js';
import { type ClusterHandle, EntityJoin, compareStrings } from './index/entity-join.js';
import { findEntities } from './questions/find-entities.js';
import { FullTextIndex } from './index/full-text.js';
import { type IndexedDocument, dctDay, documentTitle } from './index/indexed-document.js';
import { kindBit } from './index/kinds.js';
import { countOf, docOf } from './index/postings.js';
import { parseQuery } from './questions/query-parser.js';
import { RelatedScorer } from './questions/related.js';
import { type DateNode, type DocScope, type SearchSource, evaluate } from './questions/query-evaluation.js';
import type { SnapshotReader, SnapshotWriter } from './records/snapshot-format.js';
import { StoredArticle } from './records/stored-article.js';
import { foldedWords } from './text/text-fold.js';
import { timelineEntries } from './questions/timeline.js';
import type {
  Cooccurrence,
  CorpusDocument,
  CorpusEntity,
  CorpusMention,
  RelatedArticle,
  SearchHit,
  TimelineEntry,
  TimelineFilter,
} from './types.js';

export type AnalyzeFunction = (text: string, options?: { dct?: string | null }) => Analysis;

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
  // Replaced whole only when a snapshot is read into an empty corpus.
  private docs: Array<IndexedDocument | undefined> = [];
  private freeIds: number[] = [];
  private byUri = new Map<string, IndexedDocument>();
  private join = new EntityJoin();
  private words = new FullTextIndex();
  private readonly dateRanges = new Map<string, DayRange | null>();
  private readonly scorer = new RelatedScorer();
  private changes = 0;

  constructor(options: CorpusOptions = {}) {
    this.analyze = options.analyze ?? coreAnalyze;
  }

  /** Number of articles. */
  get size(): number {
    return this.byUri.size;
  }

  /** Increases on every upsert and every remove that removed something. */
  get version(): number {
    return this.changes;
  }

  /**
   * Adds or replaces one article; touches only that article's postings. Text is analysed
   * (with `options.dct` as DCT); an analysis is taken as is, `options.dct` overriding its DCT
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

  /** Indexes one article, leaving the entity join to settle. */
  private put(uri: string, input: string | Analysis, options: { dct?: string | null }): CorpusDocument {
    checkUri(uri);
    const analysis = typeof input === 'string' ? this.analyze(input, options.dct !== undefined ? { dct: options.dct } : {}) : checkedAnalysis(input);
    const article = StoredArticle.holding(analysis);
    return this.replace(uri, article, articleFacts(analysis), analysis.source.text, options.dct !== undefined ? options.dct : analysis.dct);
  }

  /**
   * Indexes articles opened from a folder (see `upsertRecords`): each kept as its analysis record,
   * indexed from its index record, with the same result as `upsertMany` of the analyses.
   */
  private putRecords(entries: Iterable<RecordEntry>, onError: (entry: RecordEntry, error: unknown) => void, settle: boolean): void {
    try {
      for (const entry of entries) {
        try {
          this.putRecord(entry);
        } catch (error) {
          onError(entry, error);
        }
      }
    } finally {
      if (settle) this.join.settle();
    }
  }

  private putRecord({ uri, record, index, text, head = recordHead(record, text.length), utf8 }: RecordEntry): void {
    checkUri(uri);
    if (!head) throw new Error('a damaged analysis record');
    const article = StoredArticle.fromRecord(record, text, utf8);
    const derived = decodeArticleIndex(index);
    if (derived && derived.mentionKey.length === head.mentions) this.replace(uri, article, derived, derived.words, head.dct);
    else {
      // A damaged index record: derive it again (as from an analysis given to upsert).
      this.replace(uri, article, articleFacts(article.transient()), text, head.dct);
    }
  }

  private replace(uri: string, article: StoredArticle, facts: ArticleFacts, words: ArticleWords | string, dct: string | null): CorpusDocument {
    const previous = this.byUri.get(uri);
    if (previous) this.unindex(previous);
    const id = previous?.id ?? this.freeIds.pop() ?? this.docs.length;
    const doc = this.index(id, uri, article, facts, words, dct);
    this.changes++;
    return doc.document;
  }

  /** Removes one article; false when the corpus did not hold it. */
  remove(uri: string): boolean {
    const doc = this.byUri.get(uri);
    if (!doc) return false;
    this.unindex(doc);
    this.join.settle();
    this.byUri.delete(uri);
    this.docs[doc.id] = undefined;
    this.freeIds.push(doc.id);
    this.changes++;
    return true;
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  get(uri: string): CorpusDocument | undefined {
    return this.byUri.get(uri)?.document;
  }

  /** Every URI, sorted. */
  uris(): string[] {
    return [...this.byUri.keys()].sort(compareStrings);
  }

  entity(id: string): CorpusEntity | undefined {
    const cluster = this.join.clusterByCorpusId(id);
    return cluster === undefined ? undefined : this.join.entity(cluster);
  }

  /** Entities, most articles first, then most mentions, then name. */
  entities(filter: { type?: MentionType; kind?: MentionKind } = {}): CorpusEntity[] {
    const out: CorpusEntity[] = [];
    for (const c of this.join.allClusters()) {
      if (filter.type !== undefined && this.join.typeOf(c) !== filter.type) continue;
      const e = this.join.entity(c);
      if (filter.kind === undefined || e.kind === filter.kind) out.push(e);
    }
    return out.sort(
      (a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || compareStrings(a.name, b.name) || compareStrings(a.id, b.id),
    );
  }

  /** Actors and places by any name: word prefixes first, then letters in order; best first. */
  findEntities(text: string, limit = DEFAULT_FOUND): CorpusEntity[] {
    return findEntities(this.join, text, limit);
  }

  /** The article's mentions, sorted by start; [] for an unknown uri. */
  mentionsIn(uri: string): CorpusMention[] {
    const doc = this.byUri.get(uri);
    if (!doc) return [];
    return doc.article.mentions().map((mention, i) => this.located(doc, mention, i));
  }

  /** The mention with start <= offset <= end (touching its end counts). */
  mentionAt(uri: string, offset: number): CorpusMention | undefined {
    const doc = this.byUri.get(uri);
    if (!doc) return undefined;
    const mentions = doc.article.mentions();
    let lo = 0;
    let hi = mentions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const m = mentions[found];
    return m && offset <= m.end ? this.located(doc, m, found) : undefined;
  }

  /** Every mention of an entity, by uri then start. */
  mentionsOf(entityId: string, options: { limit?: number } = {}): CorpusMention[] {
    const cluster = this.join.clusterByCorpusId(entityId);
    if (cluster === undefined) return [];
    const docs = this.docsOf(cluster).sort((a, b) => compareStrings(a.uri, b.uri));
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    // Articles are rebuilt from their records one by one: a limited sample rebuilds only what it needs.
    const out: CorpusMention[] = [];
    for (const doc of docs) {
      if (out.length >= limit) break;
      out.push(...this.mentionsOfIn(doc, cluster));
    }
    return out.length > limit ? out.slice(0, limit) : out;
  }

  /** First mention in the earliest article (by DCT, articles without one last, then uri). */
  firstMention(entityId: string): CorpusMention | undefined {
    const cluster = this.join.clusterByCorpusId(entityId);
    if (cluster === undefined) return undefined;
    const earliest = this.docsOf(cluster).reduce<IndexedDocument | undefined>((best, doc) => (!best || earlier(doc, best) ? doc : best), undefined);
    return earliest ? this.mentionsOfIn(earliest, cluster)[0] : undefined;
  }

  /** Other articles ranked by shared entities weighted by rarity (see related.ts). */
  related(uri: string, options: { limit?: number } = {}): RelatedArticle[] {
    const doc = this.byUri.get(uri);
    if (!doc) return [];
    const source = { join: this.join, doc: (id: number) => this.docs[id], size: this.size, version: this.changes, docCapacity: () => this.docs.length };
    return this.scorer.related(source, doc, options.limit ?? DEFAULT_RELATED);
  }

  /** Articles mentioning an entity, most mentions first (score = mentions). */
  articlesFor(entityId: string, options: { limit?: number } = {}): SearchHit[] {
    const cluster = this.join.clusterByCorpusId(entityId);
    if (cluster === undefined) return [];
    const hits = this.join.postings(cluster).map((p) => {
      const doc = this.docs[docOf(p)]!;
      return { uri: doc.uri, title: doc.document.title, score: countOf(p) };
    });
    return sortHits(hits).slice(0, options.limit ?? DEFAULT_HITS);
  }

  /** Articles matching a query (see README for the language); throws QuerySyntaxError. */
  search(query: string, options: { limit?: number } = {}): SearchHit[] {
    const scores = evaluate(parseQuery(query), this.searchSource());
    const hits = [...scores].map(([id, score]) => {
      const doc = this.docs[id]!;
      return { uri: doc.uri, title: doc.document.title, score };
    });
    return sortHits(hits).slice(0, options.limit ?? DEFAULT_HITS);
  }

  /** Dated mentions in time order, optionally of the articles matching a query or mentioning an entity. */
  timeline(filter: TimelineFilter = {}): TimelineEntry[] {
    let docs: IndexedDocument[] = [...this.byUri.values()];
    if (filter.query !== undefined && filter.query.trim() !== '') {
      const found = evaluate(parseQuery(filter.query), this.searchSource());
      docs = docs.filter((d) => found.has(d.id));
    }
    if (filter.entityId !== undefined) {
      const cluster = this.join.clusterByCorpusId(filter.entityId);
      if (cluster === undefined) return [];
      const withEntity = new Set(this.join.postings(cluster).map(docOf));
      docs = docs.filter((d) => withEntity.has(d.id));
    }
    return timelineEntries(docs, this.join);
  }

  /** Actors and places appearing with an entity: shared sentences, then shared articles. */
  cooccurrence(entityId: string, options: { limit?: number } = {}): Cooccurrence[] {
    const cluster = this.join.clusterByCorpusId(entityId);
    if (cluster === undefined) return [];
    return cooccurrences(cluster, this.join, (id) => this.docs[id], options.limit ?? DEFAULT_COOCCURRENCES);
  }

  // ------------------------------------------------------------------ indexing

  private index(id: number, uri: string, article: StoredArticle, facts: ArticleFacts, words: ArticleWords | string, dct: string | null): IndexedDocument {
    const { keys, mentionKey } = facts;
    const keyIds = this.join.addDocument(id, keys);
    if (typeof words === 'string') this.words.add(id, words);
    else this.words.addWords(id, words);
    const keyCounts = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) keyCounts[i] = keys[i]!.mentions;
    const mentionKeys = new Int32Array(mentionKey.length);
    for (let i = 0; i < mentionKey.length; i++) mentionKeys[i] = keyIds[mentionKey[i]!]!;
    const doc: IndexedDocument = {
      id,
      uri,
      document: documentOf(uri, article, documentTitle(uri, facts.title)),
      article,
      keyIds,
      keyCounts,
      mentionKeys,
      dct: dctDay(dct),
      span: facts.span,
      kinds: facts.kinds,
      sentences: undefined,
    };
    this.docs[id] = doc;
    this.byUri.set(uri, doc);
    return doc;
  }

  // ------------------------------------------------------------------ snapshot

  /**
   * Writes the corpus whole (see corpus-snapshot.ts): articles in the order they were added, then
   * the indexes. Yields between articles, so that the caller can let other work run.
   */
  private *writeSnapshot(w: SnapshotWriter): Generator<void, void, void> {
    w.uint(this.changes);
    w.uint(this.docs.length);
    for (const doc of this.docs) {
      yield;
      if (!doc) {
        w.uint(0);
        continue;
      }
      w.uint(1);
      w.str(doc.uri);
      w.str(doc.document.title);
      doc.article.writeSnapshot(w);
      w.array(doc.keyIds);
      w.array(doc.keyCounts);
      w.array(doc.mentionKeys);
      w.uint(doc.dct === null ? 0 : 1);
      if (doc.dct !== null) w.int(doc.dct);
      w.uint(doc.span ? 1 : 0);
      if (doc.span) {
        w.int(doc.span.lo);
        w.int(doc.span.hi);
      }
      w.uint(doc.kinds);
    }
    w.uints(this.freeIds);
    w.uints([...this.byUri.values()].map((d) => d.id));
    yield;
    this.join.writeSnapshot(w);
    yield;
    yield* this.words.writeSnapshot(w);
  }

  /** Takes the state of a snapshot, all or nothing; the corpus must be empty. Throws on a damaged snapshot. */
  private readSnapshot(r: SnapshotReader): void {
    if (this.docs.length > 0 || this.changes > 0) throw new Error('Corpus: a snapshot is read only into an empty corpus');
    const changes = r.uint();
    const docs: Array<IndexedDocument | undefined> = new Array(r.count());
    for (let id = 0; id < docs.length; id++) {
      if (r.uint() === 0) continue;
      const uri = r.str();
      const title = r.str();
      const article = StoredArticle.fromSnapshot(r);
      const keyIds = r.int32s();
      const keyCounts = r.int32s();
      const mentionKeys = r.int32s();
      const dct = r.uint() === 1 ? r.int() : null;
      const span = r.uint() === 1 ? { lo: r.int(), hi: r.int() } : null;
      const kinds = r.uint();
      if (keyCounts.length !== keyIds.length) throw new RangeError('bad article in snapshot');
      docs[id] = { id, uri, document: documentOf(uri, article, title), article, keyIds, keyCounts, mentionKeys, dct, span, kinds, sentences: undefined };
    }
    const freeIds = r.uints();
    const byUri = new Map<string, IndexedDocument>();
    for (const id of r.uints()) {
      const doc = docs[id];
      if (!doc || byUri.has(doc.uri)) throw new RangeError('bad article order in snapshot');
      byUri.set(doc.uri, doc);
    }
    const join = EntityJoin.fromSnapshot(r);
    const words = FullTextIndex.fromSnapshot(r);
    for (const doc of byUri.values()) {
      for (const k of doc.keyIds) if (k >= join.keyCapacity()) throw new RangeError('bad key in snapshot');
      for (const k of doc.mentionKeys) if (k >= join.keyCapacity()) throw new RangeError('bad key in snapshot');
    }
    if (freeIds.some((id) => docs[id] !== undefined) || byUri.size !== docs.filter(Boolean).length) throw new RangeError('bad article ids in snapshot');
    Object.assign(this, { changes, docs, freeIds, byUri, join, words });
  }

  private unindex(doc: IndexedDocument): void {
    // What adding the article added, derived again from its analysis (a pure function of it).
    this.join.removeDocument(doc.id, documentKeys(doc.article.transient()).keys);
    this.words.remove(doc.id);
  }

  // ------------------------------------------------------------------ reading

  private located(doc: IndexedDocument, mention: Mention, index: number): CorpusMention {
    return { uri: doc.uri, mention, entityId: this.join.corpusId(this.join.clusterOfKey(doc.mentionKeys[index]!)) };
  }

  private docsOf(cluster: ClusterHandle): IndexedDocument[] {
    return this.join.postings(cluster).map((p) => this.docs[docOf(p)]!);
  }

  private mentionsOfIn(doc: IndexedDocument, cluster: ClusterHandle): CorpusMention[] {
    const out: CorpusMention[] = [];
    doc.article.mentions().forEach((m, i) => {
      if (this.join.keyInCluster(doc.mentionKeys[i]!, cluster)) out.push(this.located(doc, m, i));
    });
    return out;
  }

  private searchSource(): SearchSource {
    return {
      allDocs: () => [...this.byUri.values()].map((d) => d.id),
      words: (words, within) => this.wordScores(words, within),
      entities: (field, text) => this.entityScores(field === 'actor' ? 'actor' : 'place', foldedWords(text)),
      dates: (node) => this.dateScores(node),
      kind: (kind) => {
        const bit = kindBit(kind);
        const out = new Map<number, number>();
        for (const d of this.byUri.values()) if (d.kinds & bit) out.set(d.id, 0);
        return out;
      },
    };
  }

  /** One word from the index; several as a phrase, matched on the words of the articles holding all. */
  private wordScores(words: readonly string[], within: DocScope | null): Map<number, number> {
    const out = new Map<number, number>();
    if (words.length === 0) return out;
    if (words.length === 1) {
      this.words.scoreWord(words[0]!, within, out);
      return out;
    }
    const { counts, candidates } = this.words.phraseCounts(words, within);
    for (const [id, n] of counts) out.set(id, this.words.bm25(n, candidates, id));
    return out;
  }

  /** Articles mentioning an entity named by `words`; score (1 + ln mentions) × idf, best entity per article. */
  private entityScores(type: MentionType, words: readonly string[]): Map<number, number> {
    const out = new Map<number, number>();
    const clusters = new Set(this.join.keysNamed(words, type).map((k) => this.join.clusterOfKey(k)));
    for (const c of clusters) {
      const postings = this.join.postings(c);
      const idf = Math.log((this.size + 1) / Math.max(1, postings.length));
      for (const p of postings) {
        const s = (1 + Math.log(countOf(p))) * idf;
        if (s > (out.get(docOf(p)) ?? -1)) out.set(docOf(p), s);
      }
    }
    return out;
  }

  private dateScores(node: DateNode): Map<number, number> {
    const out = new Map<number, number>();
    const lo = node.from !== null ? dayRange(node.from).lo : -Infinity;
    const hi = node.to !== null ? dayRange(node.to).hi : Infinity;
    if (node.field === 'date') {
      // A mentioned date matches when it lies within the queried one: "February 16, 2017" is in
      // date:2017, a bare "2017" is not in date:2017-02-16.
      for (const [key, value] of this.join.dateKeys()) {
        const written = this.rangeOf(value);
        for (const p of this.join.keyPostings(key)) {
          const doc = this.docs[docOf(p)]!;
          const r = written ?? (doc.dct !== null ? placeTimex(value, doc.dct).range : null);
          if (r && r.lo >= lo && r.hi <= hi) out.set(doc.id, (out.get(doc.id) ?? 0) + countOf(p));
        }
      }
      // A filter more than a topic: half an entity match, growing slowly with matching mentions.
      for (const [id, n] of out) out.set(id, 0.5 * (1 + Math.log(n)));
      return out;
    }
    // after:/before: compare the article's DCT, or without one, the dates it mentions.
    for (const doc of this.byUri.values()) {
      const span = doc.dct !== null ? { lo: doc.dct, hi: doc.dct } : doc.span;
      if (!span) continue;
      if (node.field === 'after' ? span.hi >= lo : span.lo < lo) out.set(doc.id, 0);
    }
    return out;
  }

  private rangeOf(value: string): DayRange | null {
    let r = this.dateRanges.get(value);
    if (r === undefined) this.dateRanges.set(value, (r = timexRange(value)));
    return r;
  }
}

/** An article opened from a folder: its analysis record, its index record (article-index.ts) and its text. */
export interface RecordEntry {
  uri: string;
  record: AnalysisRecord;
  index: IndexRecord;
  text: string;
  /** What recordHead found when the caller checked the record against this text. */
  head?: RecordHead | undefined;
  /** The text as UTF-8, when the caller has it. */
  utf8?: Uint8Array | undefined;
}

/**
 * Indexes articles opened from a folder into `corpus` (what openCorpus does with analyses from the
 * cache and from worker threads). Not a method of Corpus so that it stays out of its public API.
 */
export function upsertRecords(
  corpus: Corpus,
  entries: Iterable<RecordEntry>,
  onError: (entry: RecordEntry, error: unknown) => void,
  options: { settle?: boolean } = {},
): void {
  corpus['putRecords'](entries, onError, options.settle ?? true);
}

/**
 * Re-decides the entity join after `upsertRecords` with `settle: false`: until then the corpus
 * must not be asked anything (its joined entities are not up to date).
 */
export function settleCorpus(corpus: Corpus): void {
  corpus['join'].settle();
}

/**
 * Writes a corpus into a snapshot (corpus-snapshot.ts), a step at each `next()`: the corpus must
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
  Object.assign(to, { changes: from['changes'], docs: from['docs'], freeIds: from['freeIds'], byUri: from['byUri'], join: from['join'], words: from['words'] });
}

/** The document as `get` returns it; an analysis kept as a record is rebuilt when read. */
function documentOf(uri: string, article: StoredArticle, title: string): CorpusDocument {
  const document = { uri, analysis: undefined as unknown as Analysis, title };
  return Object.defineProperty(document, 'analysis', { enumerable: true, get: () => article.analysis() });
}

function checkUri(uri: unknown): void {
  if (typeof uri !== 'string' || uri === '') throw new TypeError('Corpus.upsert: the uri must be a non-empty string');
}

function dayRange(date: string): DayRange {
  const r = parseQueryDate(date);
  if ('error' in r) throw new Error(`unparsed date ${date}`); // the parser has checked it
  return r;
}

function earlier(a: IndexedDocument, b: IndexedDocument): boolean {
  const da = a.dct ?? Infinity;
  const db = b.dct ?? Infinity;
  return da !== db ? da < db : a.uri < b.uri;
}

function sortHits(hits: SearchHit[]): SearchHit[] {
  return hits.sort((a, b) => b.score - a.score || compareStrings(a.uri, b.uri));
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
