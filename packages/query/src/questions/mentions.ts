// Mentions as the corpus gives them: each with its corpus entity id (core's is per article), found
// by article, by offset, or by entity. An article opened from a folder rebuilds its mentions from
// its record when asked, so these look at as few articles as they can.
import type { Mention } from '@seedlens/core';
import type { ClusterHandle } from '../index/join/entity-join.js';
import type { Indexes } from '../index/indexes.js';
import type { IndexedDocument } from '../index/indexed-document.js';
import { docOf } from '../index/postings.js';
import { compareStrings } from '../text/string-order.js';
import type { CorpusMention } from '../types.js';

/** The article's mentions, sorted by start; [] for an unknown uri. */
export function mentionsIn(ix: Indexes, uri: string): CorpusMention[] {
  const doc = ix.articles.get(uri);
  if (!doc) return [];
  return doc.article.mentions().map((mention, i) => located(ix, doc, mention, i));
}

/** The mention with start <= offset <= end (touching its end counts). */
export function mentionAt(ix: Indexes, uri: string, offset: number): CorpusMention | undefined {
  const doc = ix.articles.get(uri);
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
  return m && offset <= m.end ? located(ix, doc, m, found) : undefined;
}

/** Every mention of an entity, by uri then start; the first `limit` only. */
export function mentionsOf(ix: Indexes, entityId: string, limit: number): CorpusMention[] {
  const cluster = ix.join.clusterByCorpusId(entityId);
  if (cluster === undefined) return [];
  const docs = docsOf(ix, cluster).sort((a, b) => compareStrings(a.uri, b.uri));
  // Articles are rebuilt from their records one by one: a limited sample rebuilds only what it needs.
  const out: CorpusMention[] = [];
  for (const doc of docs) {
    if (out.length >= limit) break;
    out.push(...mentionsOfIn(ix, doc, cluster));
  }
  return out.length > limit ? out.slice(0, limit) : out;
}

/** First mention in the earliest article (by DCT, articles without one last, then uri). */
export function firstMention(ix: Indexes, entityId: string): CorpusMention | undefined {
  const cluster = ix.join.clusterByCorpusId(entityId);
  if (cluster === undefined) return undefined;
  const earliest = docsOf(ix, cluster).reduce<IndexedDocument | undefined>((best, doc) => (!best || earlier(doc, best) ? doc : best), undefined);
  return earliest ? mentionsOfIn(ix, earliest, cluster)[0] : undefined;
}

function located({ join }: Indexes, doc: IndexedDocument, mention: Mention, index: number): CorpusMention {
  return { uri: doc.uri, mention, entityId: join.corpusId(join.clusterOfKey(doc.mentionKeys[index]!)) };
}

function docsOf(ix: Indexes, cluster: ClusterHandle): IndexedDocument[] {
  return ix.join.postings(cluster).map((p) => ix.articles.byId(docOf(p))!);
}

function mentionsOfIn(ix: Indexes, doc: IndexedDocument, cluster: ClusterHandle): CorpusMention[] {
  const out: CorpusMention[] = [];
  doc.article.mentions().forEach((m, i) => {
    if (ix.join.keyInCluster(doc.mentionKeys[i]!, cluster)) out.push(located(ix, doc, m, i));
  });
  return out;
}

function earlier(a: IndexedDocument, b: IndexedDocument): boolean {
  const da = a.dct ?? Infinity;
  const db = b.dct ?? Infinity;
  return da !== db ? da < db : a.uri < b.uri;
}
