// Evaluates a parsed query to scored article ids. AND intersects and sums scores, OR unites
// and sums, NOT subtracts; expensive leaves (phrases, matched on each candidate's words) run last inside an
// AND, only over the articles the cheaper leaves left. What a leaf matches is the SearchSource's
// to say (search.ts answers from the corpus indexes).
import type { MentionKind } from '@seedlens/core';
import type { QueryNode } from './query-parser.js';
import { foldedWords } from '../text/text-fold.js';

export type DateNode = Extract<QueryNode, { type: 'date' }>;

/** The articles a leaf may return: a Set, or the Map of scores so far (no copy of its keys). */
export interface DocScope {
  has(doc: number): boolean;
  keys(): Iterable<number>;
  readonly size: number;
}

/** What evaluation asks of the corpus: the scored articles matching each kind of leaf. */
export interface SearchSource {
  allDocs(): Iterable<number>;
  /** Articles holding the folded words one after the other; only those in `within` when given. */
  words(words: readonly string[], within: DocScope | null): Map<number, number>;
  entities(field: 'actor' | 'place', text: string): Map<number, number>;
  dates(node: DateNode): Map<number, number>;
  kind(kind: MentionKind): Map<number, number>;
}

export function evaluate(node: QueryNode, source: SearchSource, within: DocScope | null = null): Map<number, number> {
  switch (node.type) {
    case 'word':
    case 'phrase':
      return source.words(foldedWords(node.text), within);
    case 'entity':
      return restrict(source.entities(node.field, node.text), within);
    case 'date':
      return restrict(source.dates(node), within);
    case 'kind':
      return restrict(source.kind(node.kind), within);
    case 'not': {
      const excluded = evaluate(node.child, source, within);
      return universe(source, within, excluded);
    }
    case 'or': {
      const scores = new Map<number, number>();
      for (const child of node.children) {
        for (const [doc, s] of evaluate(child, source, within)) scores.set(doc, (scores.get(doc) ?? 0) + s);
      }
      return scores;
    }
    case 'and':
      return evaluateAnd(node.children, source, within);
  }
}

function evaluateAnd(children: readonly QueryNode[], source: SearchSource, within: DocScope | null): Map<number, number> {
  const positives = children.filter((c) => c.type !== 'not').sort((a, b) => cost(a) - cost(b));
  const negatives = children.filter((c): c is Extract<QueryNode, { type: 'not' }> => c.type === 'not');
  let scores: Map<number, number> | null = null;
  for (const child of positives) {
    const scope: DocScope | null = scores ?? within;
    const found = evaluate(child, source, scope);
    const next = new Map<number, number>();
    for (const [doc, s] of found) {
      const before: number | undefined = scores ? scores.get(doc) : 0;
      if (before !== undefined) next.set(doc, before + s);
    }
    scores = next;
    if (scores.size === 0) return scores;
  }
  scores ??= universe(source, within, new Map());
  for (const n of negatives) {
    for (const doc of evaluate(n.child, source, scores).keys()) scores.delete(doc);
  }
  return scores;
}

/** Phrases, matched word by word in each candidate, cost most; run them over the fewest articles. */
function cost(node: QueryNode): number {
  if (node.type === 'phrase') return 3;
  if (node.type === 'word') return /[^\p{L}\p{N}]/u.test(node.text) ? 3 : 1;
  if (node.type === 'and' || node.type === 'or') return 2;
  return 0;
}

function universe(source: SearchSource, within: DocScope | null, excluded: Map<number, number>): Map<number, number> {
  const all = new Map<number, number>();
  for (const doc of within ? within.keys() : source.allDocs()) if (!excluded.has(doc)) all.set(doc, 0);
  return all;
}

function restrict(scores: Map<number, number>, within: DocScope | null): Map<number, number> {
  if (!within) return scores;
  for (const doc of scores.keys()) if (!within.has(doc)) scores.delete(doc);
  return scores;
}
