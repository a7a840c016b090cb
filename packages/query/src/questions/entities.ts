import type { MentionKind, MentionType } from '@seedlens/core';
import type { Indexes } from '../index/indexes.js';
import { compareStrings } from '../text/string-order.js';
import type { CorpusEntity } from '../types.js';

export function entity(ix: Indexes, id: string): CorpusEntity | undefined {
  const cluster = ix.join.clusterByCorpusId(id);
  return cluster === undefined ? undefined : ix.join.entity(cluster);
}

/** Entities of a type or kind (all when not given), most articles first, then most mentions, then name. */
export function entities({ join }: Indexes, filter: { type?: MentionType; kind?: MentionKind }): CorpusEntity[] {
  const out: CorpusEntity[] = [];
  for (const c of join.allClusters()) {
    if (filter.type !== undefined && join.typeOf(c) !== filter.type) continue;
    const e = join.entity(c);
    if (filter.kind === undefined || e.kind === filter.kind) out.push(e);
  }
  return out.sort(
    (a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || compareStrings(a.name, b.name) || compareStrings(a.id, b.id),
  );
}
