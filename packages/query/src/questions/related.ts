// Related articles: weighted Jaccard (Tanimoto) similarity of entity vectors.
//
// An article is a vector over corpus entities, each weighted
//   type weight × (1 + ln mentions) × ln((N + 1) / articles with the entity)
// with type weights actor 1, place 0.5, date 0.3 (dates that name a year only: "October" or
// "today" say nothing about which events two articles share). The score is
//   q·d / (|q|² + |d|² − q·d)
// the share of both articles' weight that their common entities carry. Sublinear counts
// and this normalisation keep a long article from winning by length: a digest of 150
// entities shares a few with every article, but they explain little of it. (Cosine, q·d over
// |q||d|, forgives size too much: the seed digest ties with a short report of the same event.)
//
// Cost: dot products accumulate through the postings of the query's entities into a scratch
// array, so only articles sharing an entity are touched. An entity in more than half of a
// large corpus does not make candidates; it only adds to the articles already found. Each
// article's |d|² and each entity's weight are cached until the corpus changes.
import type { MentionType } from '@seedlens/core';
import type { ClusterHandle } from '../index/join/entity-join.js';
import type { Indexes } from '../index/indexes.js';
import type { IndexedDocument } from '../index/indexed-document.js';
import { type Postings, countOf, docOf, postingCount } from '../index/postings.js';
import type { RelatedArticle, SharedEntity } from '../types.js';

const TYPE_WEIGHTS: Readonly<Record<MentionType, number>> = { actor: 1, place: 0.5, date: 0.3 };
/** Shared entities listed per result. */
const MAX_SHARED = 10;
/** Postings longer than this and than half the corpus do not make candidates. */
const COMMON_FLOOR = 50;

/** Other articles ranked by the entities they share with the article at `uri`, at most `limit`. */
export function related(ix: Indexes, scorer: RelatedScorer, uri: string, limit: number): RelatedArticle[] {
  const doc = ix.articles.get(uri);
  return doc ? scorer.related(ix, doc, limit) : [];
}

type Vector = Map<ClusterHandle, number>;

/** Scores related articles; holds the caches and scratch arrays that make repeated queries cheap. */
export class RelatedScorer {
  private weights = new Float64Array(0);
  private weightVersion = new Float64Array(0);
  private norms = new Float64Array(0);
  private normVersion = new Float64Array(0);
  private dots = new Float64Array(0);
  private counts = new Float64Array(0);

  related(ix: Indexes, query: IndexedDocument, limit: number): RelatedArticle[] {
    if (limit <= 0) return [];
    this.fit(ix);
    const q = this.vector(ix, query);
    const q2 = squared(q);
    if (q2 === 0) return [];

    const { join } = ix;
    const common = Math.max(COMMON_FLOOR, ix.articles.size / 2);
    const touched: number[] = [];
    const dots = this.dots;
    const entries = [...q].map(([cluster, wq]) => ({ cluster, wq, postings: join.postings(cluster) }));
    for (const { cluster, wq, postings } of entries) {
      if (postings.length > common) continue;
      const w = wq * this.weight(ix, cluster);
      for (const p of postings) {
        const d = docOf(p);
        if (d === query.id) continue;
        if (dots[d] === 0) touched.push(d);
        dots[d]! += w * (1 + Math.log(countOf(p)));
      }
    }
    for (const { cluster, wq, postings } of entries) {
      if (postings.length <= common) continue;
      const w = wq * this.weight(ix, cluster);
      addToFound(postings, touched, dots, w);
    }

    const top: Array<{ doc: number; score: number }> = [];
    for (const d of touched) {
      const dot = dots[d]!;
      dots[d] = 0;
      const score = dot / (q2 + this.norm2(ix, d) - dot);
      insertTop(top, { doc: d, score }, limit, ix);
    }

    return top.map(({ doc: id, score }) => {
      const doc = ix.articles.byId(id)!;
      const d = this.vector(ix, doc);
      let dot = 0;
      for (const [cluster, w] of d) dot += w * (q.get(cluster) ?? 0);
      const scale = q2 + squared(d) - dot;
      const shared: SharedEntity[] = [];
      for (const [cluster, w] of d) {
        const wq = q.get(cluster);
        if (!wq) continue;
        const entity = join.entity(cluster);
        shared.push({ entityId: entity.id, name: entity.name, type: entity.type, weight: (w * wq) / scale });
      }
      shared.sort((a, b) => b.weight - a.weight || (a.entityId < b.entityId ? -1 : 1));
      return { uri: doc.uri, title: doc.document.title, score, shared: shared.slice(0, MAX_SHARED) };
    });
  }

  /** An article's weighted entity vector. */
  vector(ix: Indexes, doc: IndexedDocument): Vector {
    const counts: Vector = new Map();
    for (let i = 0; i < doc.keyIds.length; i++) {
      const cluster = ix.join.clusterOfKey(doc.keyIds[i]!);
      counts.set(cluster, (counts.get(cluster) ?? 0) + doc.keyCounts[i]!);
    }
    const vector: Vector = new Map();
    for (const [cluster, tf] of counts) {
      const w = this.weight(ix, cluster);
      if (w > 0) vector.set(cluster, w * (1 + Math.log(tf)));
    }
    return vector;
  }

  /** |d|², cached for the corpus version. */
  private norm2(ix: Indexes, id: number): number {
    if (this.normVersion[id] === ix.version) return this.norms[id]!;
    const doc = ix.articles.byId(id)!;
    const clusters: number[] = [];
    for (let i = 0; i < doc.keyIds.length; i++) {
      const c = ix.join.clusterOfKey(doc.keyIds[i]!);
      if (this.counts[c] === 0) clusters.push(c);
      this.counts[c]! += doc.keyCounts[i]!;
    }
    let s = 0;
    for (const c of clusters) {
      const w = this.weight(ix, c) * (1 + Math.log(this.counts[c]!));
      s += w * w;
      this.counts[c] = 0;
    }
    this.norms[id] = s;
    this.normVersion[id] = ix.version;
    return s;
  }

  /** Type weight × idf of an entity, cached for the corpus version. */
  private weight(ix: Indexes, cluster: ClusterHandle): number {
    if (this.weightVersion[cluster] === ix.version) return this.weights[cluster]!;
    const { join } = ix;
    const size = ix.articles.size;
    const type = join.typeOf(cluster);
    const dated = type !== 'date' || /^\d{4}/.test(join.keyValue(cluster) ?? '');
    const w = dated ? TYPE_WEIGHTS[type] * Math.log((size + 1) / Math.max(1, join.df(cluster))) : 0;
    this.weights[cluster] = w;
    this.weightVersion[cluster] = ix.version;
    return w;
  }

  /** Grows the arrays indexed by doc id and by cluster handle to the corpus's current capacity. */
  private fit(ix: Indexes): void {
    const keys = ix.join.keyCapacity();
    if (this.weights.length < keys) {
      const n = Math.max(keys, this.weights.length * 2);
      this.weights = grow(this.weights, n, 0);
      this.weightVersion = grow(this.weightVersion, n, -1);
      this.counts = grow(this.counts, n, 0);
    }
    const docs = ix.articles.capacity;
    if (this.norms.length < docs) {
      const n = Math.max(docs, this.norms.length * 2);
      this.norms = grow(this.norms, n, 0);
      this.normVersion = grow(this.normVersion, n, -1);
      this.dots = grow(this.dots, n, 0);
    }
  }
}

/**
 * Adds a common entity's share to the dot products of the documents already found (those with
 * a dot product above 0): walking its postings, or looking each found document up in them
 * when that is cheaper.
 */
function addToFound(postings: Readonly<Postings>, found: readonly number[], dots: Float64Array, w: number): void {
  if (found.length * Math.log2(postings.length + 1) < postings.length) {
    for (const d of found) {
      const tf = postingCount(postings, d);
      if (tf > 0) dots[d]! += w * (1 + Math.log(tf));
    }
    return;
  }
  for (const p of postings) {
    const d = docOf(p);
    if (dots[d]! > 0) dots[d]! += w * (1 + Math.log(countOf(p)));
  }
}

/** Keeps `top` sorted best first (score, then uri) and at most `limit` long. */
function insertTop(top: Array<{ doc: number; score: number }>, item: { doc: number; score: number }, limit: number, ix: Indexes): void {
  const better = (a: { doc: number; score: number }, b: { doc: number; score: number }) =>
    a.score !== b.score ? a.score > b.score : ix.articles.byId(a.doc)!.uri < ix.articles.byId(b.doc)!.uri;
  if (top.length === limit && !better(item, top[limit - 1]!)) return;
  let i = top.length;
  while (i > 0 && better(item, top[i - 1]!)) i--;
  top.splice(i, 0, item);
  if (top.length > limit) top.pop();
}

function grow(a: Float64Array, n: number, fill: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(n).fill(fill);
  b.set(a);
  return b;
}

function squared(v: Vector): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return s;
}
