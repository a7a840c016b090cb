import type { Indexes } from '../index/indexes.js';
import { compareStrings } from '../text/string-order.js';
import type { CorpusPlace } from '../types.js';
import { articlesFor } from './articles-for.js';
import { entity } from './entities.js';
import { mentionsIn } from './mentions.js';

/**
 * The places of the corpus that have coordinates (those core's gazetteer knows), most articles
 * first, each with its top `articleLimit` articles. Where articles place one corpus entity
 * differently (Georgia the country in most, the US state in one), the point most articles give wins.
 */
export function places(ix: Indexes, articleLimit: number): CorpusPlace[] {
  // corpus id → "lon,lat,gazetteerId" → articles that place it there
  const seen = new Map<string, Map<string, number>>();
  for (const doc of ix.articles.values()) {
    const placed = new Map<string, string>();
    for (const e of doc.document.analysis.entities) {
      if (e.type === 'place' && e.coordinates) placed.set(e.id, `${e.coordinates[0]},${e.coordinates[1]},${e.gazetteerId ?? ''}`);
    }
    if (placed.size === 0) continue;
    const counted = new Set<string>();
    for (const m of mentionsIn(ix, doc.uri)) {
      const where = placed.get(m.mention.entityId);
      if (where === undefined || counted.has(m.entityId)) continue;
      counted.add(m.entityId);
      const tally = seen.get(m.entityId) ?? new Map<string, number>();
      tally.set(where, (tally.get(where) ?? 0) + 1);
      seen.set(m.entityId, tally);
    }
  }
  const out: CorpusPlace[] = [];
  for (const [id, tally] of seen) {
    const e = entity(ix, id);
    if (!e) continue;
    const [where] = [...tally].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]!;
    const [lon, lat, gazetteerId] = where.split(',');
    out.push({
      id,
      name: e.name,
      ...(e.kind !== undefined && { kind: e.kind }),
      coordinates: [Number(lon), Number(lat)],
      ...(gazetteerId && { gazetteerId }),
      articleCount: e.articleCount,
      mentionCount: e.mentionCount,
      articles: articleLimit > 0 ? articlesFor(ix, id, articleLimit) : [],
    });
  }
  return out.sort((a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
}
