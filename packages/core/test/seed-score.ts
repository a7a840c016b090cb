// Scores analyses against the development gold set, with the definitions of the shared
// scorer (score.mjs): one-to-one matching per document and type, exact or overlapping spans,
// date values on overlap matches, pairwise 'same entity' linking within documents.
import type { Mention } from '../src/types.js';

export interface GoldEntity {
  start: number;
  end: number;
  text: string;
  type: 'actor' | 'place' | 'date';
  kind?: string;
  id: string;
  value?: string;
  mod?: string;
}
export interface GoldDoc {
  id: string;
  file: string;
  entities: GoldEntity[];
  furniture: [number, number][];
}
interface Span {
  start: number;
  end: number;
}
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  f1: number;
}

const overlapLen = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Greedy one-to-one matching: exact spans first, then by overlap length. */
export function matchSpans<P extends Span, G extends Span>(preds: P[], golds: G[], mode: 'exact' | 'overlap'): [P, G][] {
  const cands: [number, number, number][] = [];
  preds.forEach((p, pi) => golds.forEach((g, gi) => {
    const exact = p.start === g.start && p.end === g.end;
    if (mode === 'exact' ? exact : overlapLen(p, g) > 0) cands.push([overlapLen(p, g) + (exact ? 1e9 : 0), pi, gi]);
  }));
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [P, G][] = [];
  for (const [, pi, gi] of cands) {
    if (usedP.has(pi) || usedG.has(gi)) continue;
    usedP.add(pi);
    usedG.add(gi);
    pairs.push([preds[pi]!, golds[gi]!]);
  }
  return pairs;
}

const prf = (tp: number, fp: number, fn: number): Prf => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export interface SeedScores {
  overlap: Record<'actor' | 'place' | 'date', Prf>;
  exactOverall: Prf;
  dateValueAccuracy: number;
  withinDocLinking: Prf;
}

export function scoreSeeds(docs: { gold: GoldDoc; mentions: Mention[] }[]): SeedScores {
  const types = ['actor', 'place', 'date'] as const;
  const counts = { actor: [0, 0, 0], place: [0, 0, 0], date: [0, 0, 0] } as Record<(typeof types)[number], number[]>;
  const exact = [0, 0, 0];
  let valuePairs = 0;
  let valueRight = 0;
  const link = [0, 0, 0];
  for (const { gold, mentions } of docs) {
    const inFurniture = (m: Span) => gold.furniture.some(([s, e]) => m.start >= s && m.end <= e);
    const linked: [Mention, GoldEntity][] = [];
    for (const type of types) {
      const golds = gold.entities.filter((g) => g.type === type);
      const preds = mentions.filter((m) => m.type === type);
      const scored = preds.filter((m) => !inFurniture(m));
      const chrome = preds.length - scored.length;
      const pairs = matchSpans(scored, golds, 'overlap');
      const c = counts[type];
      c[0]! += pairs.length;
      c[1]! += scored.length - pairs.length + chrome;
      c[2]! += golds.length - pairs.length;
      const ex = matchSpans(scored, golds, 'exact').length;
      exact[0]! += ex;
      exact[1]! += scored.length - ex + chrome;
      exact[2]! += golds.length - ex;
      if (type === 'date') {
        for (const [p, g] of pairs) {
          valuePairs++;
          if (p.value === g.value) valueRight++;
        }
      } else linked.push(...pairs);
    }
    for (let i = 0; i < linked.length; i++) {
      for (let j = i + 1; j < linked.length; j++) {
        const samePred = linked[i]![0].entityId === linked[j]![0].entityId;
        const sameGold = linked[i]![1].id === linked[j]![1].id;
        if (samePred && sameGold) link[0]!++;
        else if (samePred) link[1]!++;
        else if (sameGold) link[2]!++;
      }
    }
  }
  const overlap = Object.fromEntries(types.map((t) => [t, prf(counts[t][0]!, counts[t][1]!, counts[t][2]!)])) as SeedScores['overlap'];
  return {
    overlap,
    exactOverall: prf(exact[0]!, exact[1]!, exact[2]!),
    dateValueAccuracy: valuePairs ? valueRight / valuePairs : 0,
    withinDocLinking: prf(link[0]!, link[1]!, link[2]!),
  };
}
