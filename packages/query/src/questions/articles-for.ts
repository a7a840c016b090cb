import type { Indexes } from '../index/indexes.js';
import { countOf, docOf } from '../index/postings.js';
import type { SearchHit } from '../types.js';
import { bestHits } from './hits.js';

/** The articles mentioning an entity, most mentions first (score = mentions), at most `limit`. */
export function articlesFor(ix: Indexes, entityId: string, limit: number): SearchHit[] {
  const cluster = ix.join.clusterByCorpusId(entityId);
  if (cluster === undefined) return [];
  const hits = ix.join.postings(cluster).map((p) => {
    const doc = ix.articles.byId(docOf(p))!;
    return { uri: doc.uri, title: doc.document.title, score: countOf(p) };
  });
  return bestHits(hits, limit);
}
