// Who appears with whom: for one entity, every actor and place in the same articles, with the
// number of articles and of sentences they share.
import type { ClusterHandle, EntityJoin } from '../index/join/entity-join.js';
import type { Indexes } from '../index/indexes.js';
import { type IndexedDocument, sentencesOf } from '../index/indexed-document.js';
import { docOf } from '../index/postings.js';
import { compareStrings } from '../text/string-order.js';
import type { Cooccurrence } from '../types.js';

interface Tally {
  articles: number;
  sentences: number;
  byUri: Array<[string, number]>;
}

/** Entities sharing articles with an entity, most shared sentences first, then articles, then name; at most `limit`. */
export function cooccurrence({ join, articles }: Indexes, entityId: string, limit: number): Cooccurrence[] {
  const target = join.clusterByCorpusId(entityId);
  if (target === undefined) return [];
  const tallies = new Map<ClusterHandle, Tally>();
  for (const p of join.postings(target)) {
    const d = articles.byId(docOf(p));
    if (d) countArticle(d, target, join, tallies);
  }
  const out: Cooccurrence[] = [];
  for (const [c, t] of tallies) {
    const entity = join.entity(c);
    out.push({
      entityId: entity.id,
      name: entity.name,
      type: entity.type,
      articles: t.articles,
      sentences: t.sentences,
      uris: t.byUri.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([uri]) => uri),
    });
  }
  out.sort((a, b) => b.sentences - a.sentences || b.articles - a.articles || compareStrings(a.name, b.name) || compareStrings(a.entityId, b.entityId));
  return out.slice(0, Math.max(0, limit));
}

/** Adds one article's actors and places to the tallies, with the sentences they share with `target`. */
function countArticle(d: IndexedDocument, target: ClusterHandle, join: EntityJoin, tallies: Map<ClusterHandle, Tally>): void {
  const mentions = d.article.mentions();
  const starts = sentencesOf(d, mentions);
  // Mentions are sorted by start, so one walk gives each mention's sentence.
  const sentence = new Int32Array(mentions.length);
  const cluster = new Int32Array(mentions.length);
  const targetSentences = new Set<number>();
  let s = 0;
  mentions.forEach((m, i) => {
    while (s + 1 < starts.length && starts[s + 1]! <= m.start) s++;
    sentence[i] = s;
    cluster[i] = join.clusterOfKey(d.mentionKeys[i]!);
    if (cluster[i] === target) targetSentences.add(s);
  });
  // Per other entity: shared sentences (distinct, counted as they come in order) and the last one counted.
  const shared = new Map<ClusterHandle, [count: number, last: number]>();
  mentions.forEach((m, i) => {
    const c = cluster[i]!;
    if (c === target || m.type === 'date') return;
    let entry = shared.get(c);
    if (!entry) shared.set(c, (entry = [0, -1]));
    if (targetSentences.has(sentence[i]!) && entry[1] !== sentence[i]) {
      entry[0]++;
      entry[1] = sentence[i]!;
    }
  });
  for (const [c, [count]] of shared) {
    let t = tallies.get(c);
    if (!t) tallies.set(c, (t = { articles: 0, sentences: 0, byUri: [] }));
    t.articles++;
    t.sentences += count;
    t.byUri.push([d.uri, count]);
  }
}
