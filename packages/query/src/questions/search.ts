// Search: the articles matching a query, best first. The query is parsed (query-parser.ts) and
// evaluated (query-evaluation.ts) over leaves answered from the indexes here:
//   words and phrases   BM25 from the full-text index (a phrase on the words of the articles holding all)
//   actor:, place:      (1 + ln mentions) × idf of the entities one of whose names holds the words
//   date:               mentions of dates within the queried one; after:, before: the article's DCT or span
//   kind:               articles mentioning an entity of that kind
import type { MentionType } from '@seedlens/core';
import type { Indexes } from '../index/indexes.js';
import { kindBit } from '../index/kinds.js';
import { countOf, docOf } from '../index/postings.js';
import { type DayRange, parseQueryDate, placeTimex, timexRange } from '../text/date-range.js';
import { foldedWords } from '../text/text-fold.js';
import type { SearchHit } from '../types.js';
import { bestHits } from './hits.js';
import { type DateNode, type DocScope, type SearchSource, evaluate } from './query-evaluation.js';
import { parseQuery } from './query-parser.js';

/** Day ranges of the TIMEX3 values met in searches, kept by the corpus from one search to the next. */
export type DateRanges = Map<string, DayRange | null>;

/** Articles matching a query, best first, at most `limit`; throws QuerySyntaxError. */
export function search(ix: Indexes, query: string, limit: number, dateRanges: DateRanges): SearchHit[] {
  const hits = [...matching(ix, query, dateRanges)].map(([id, score]) => {
    const doc = ix.articles.byId(id)!;
    return { uri: doc.uri, title: doc.document.title, score };
  });
  return bestHits(hits, limit);
}

/** The ids of the articles matching a query, with their scores; throws QuerySyntaxError. */
export function matching(ix: Indexes, query: string, dateRanges: DateRanges): Map<number, number> {
  return evaluate(parseQuery(query), searchSource(ix, dateRanges));
}

function searchSource(ix: Indexes, dateRanges: DateRanges): SearchSource {
  return {
    allDocs: () => [...ix.articles.values()].map((d) => d.id),
    words: (words, within) => wordScores(ix, words, within),
    entities: (field, text) => entityScores(ix, field === 'actor' ? 'actor' : 'place', foldedWords(text)),
    dates: (node) => dateScores(ix, node, dateRanges),
    kind: (kind) => {
      const bit = kindBit(kind);
      const out = new Map<number, number>();
      for (const d of ix.articles.values()) if (d.kinds & bit) out.set(d.id, 0);
      return out;
    },
  };
}

/** One word from the index; several as a phrase, matched on the words of the articles holding all. */
function wordScores({ words: index }: Indexes, words: readonly string[], within: DocScope | null): Map<number, number> {
  const out = new Map<number, number>();
  if (words.length === 0) return out;
  if (words.length === 1) {
    index.scoreWord(words[0]!, within, out);
    return out;
  }
  const { counts, candidates } = index.phraseCounts(words, within);
  for (const [id, n] of counts) out.set(id, index.bm25(n, candidates, id));
  return out;
}

/** Articles mentioning an entity named by `words`; score (1 + ln mentions) × idf, best entity per article. */
function entityScores({ join, articles }: Indexes, type: MentionType, words: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  const clusters = new Set(join.keysNamed(words, type).map((k) => join.clusterOfKey(k)));
  for (const c of clusters) {
    const postings = join.postings(c);
    const idf = Math.log((articles.size + 1) / Math.max(1, postings.length));
    for (const p of postings) {
      const s = (1 + Math.log(countOf(p))) * idf;
      if (s > (out.get(docOf(p)) ?? -1)) out.set(docOf(p), s);
    }
  }
  return out;
}

function dateScores({ join, articles }: Indexes, node: DateNode, dateRanges: DateRanges): Map<number, number> {
  const out = new Map<number, number>();
  const lo = node.from !== null ? dayRange(node.from).lo : -Infinity;
  const hi = node.to !== null ? dayRange(node.to).hi : Infinity;
  if (node.field === 'date') {
    // A mentioned date matches when it lies within the queried one: "February 16, 2017" is in
    // date:2017, a bare "2017" is not in date:2017-02-16.
    for (const [key, value] of join.dateKeys()) {
      const written = rangeOf(value, dateRanges);
      for (const p of join.keyPostings(key)) {
        const doc = articles.byId(docOf(p))!;
        const r = written ?? (doc.dct !== null ? placeTimex(value, doc.dct).range : null);
        if (r && r.lo >= lo && r.hi <= hi) out.set(doc.id, (out.get(doc.id) ?? 0) + countOf(p));
      }
    }
    // A filter more than a topic: half an entity match, growing slowly with matching mentions.
    for (const [id, n] of out) out.set(id, 0.5 * (1 + Math.log(n)));
    return out;
  }
  // after:/before: compare the article's DCT, or without one, the dates it mentions.
  for (const doc of articles.values()) {
    const span = doc.dct !== null ? { lo: doc.dct, hi: doc.dct } : doc.span;
    if (!span) continue;
    if (node.field === 'after' ? span.hi >= lo : span.lo < lo) out.set(doc.id, 0);
  }
  return out;
}

function rangeOf(value: string, dateRanges: DateRanges): DayRange | null {
  let r = dateRanges.get(value);
  if (r === undefined) dateRanges.set(value, (r = timexRange(value)));
  return r;
}

function dayRange(date: string): DayRange {
  const r = parseQueryDate(date);
  if ('error' in r) throw new Error(`unparsed date ${date}`); // the parser has checked it
  return r;
}
