// Full-text word index: folded word → articles with counts, and BM25 scores.
//
// A small own index rather than minisearch: the query language needs exact boolean sets per
// word (intersections, differences, phrase candidates), not ranked fuzzy results, and
// minisearch keeps a Map per term and per field (tens of bytes per posting) where this keeps
// one number. Phrases are checked on the article text, which the corpus already holds; the
// index keeps no positions and no copy of the text.
import { type Postings, addPosting, countOf, docOf, removePosting } from './postings.js';
import { foldedWords } from './text-fold.js';

const K1 = 1.2;
const B = 0.75;

export class FullTextIndex {
  private readonly terms = new Map<string, Postings>();
  private readonly lengths: number[] = [];
  private totalWords = 0;
  private docs = 0;

  add(doc: number, text: string): void {
    const counts = wordCounts(text);
    let total = 0;
    for (const [word, n] of counts) {
      let postings = this.terms.get(word);
      if (!postings) this.terms.set(word, (postings = []));
      addPosting(postings, doc, n);
      total += n;
    }
    this.lengths[doc] = total;
    this.totalWords += total;
    this.docs++;
  }

  /** Removes an article indexed with `add(doc, text)` (the same text). */
  remove(doc: number, text: string): void {
    for (const word of wordCounts(text).keys()) {
      const postings = this.terms.get(word);
      if (!postings) continue;
      removePosting(postings, doc);
      if (postings.length === 0) this.terms.delete(word);
    }
    this.totalWords -= this.lengths[doc] ?? 0;
    this.lengths[doc] = 0;
    this.docs--;
  }

  /** Articles holding `word` (folded), with counts. */
  postings(word: string): Readonly<Postings> {
    return this.terms.get(word) ?? [];
  }

  /** Sorted ids of the articles that hold every one of `words`. */
  withAll(words: readonly string[]): number[] {
    const lists = [...new Set(words)].map((w) => this.postings(w)).sort((a, b) => a.length - b.length);
    if (lists.length === 0 || lists[0]!.length === 0) return [];
    let docs = lists[0]!.map(docOf);
    for (const list of lists.slice(1)) {
      const next: number[] = [];
      let j = 0;
      for (const d of docs) {
        while (j < list.length && docOf(list[j]!) < d) j++;
        if (j < list.length && docOf(list[j]!) === d) next.push(d);
      }
      docs = next;
    }
    return docs;
  }

  /** BM25 weight of a term occurring `tf` times in `doc`, the term being in `df` articles. */
  bm25(tf: number, df: number, doc: number): number {
    const idf = Math.log(1 + (this.docs - df + 0.5) / (df + 0.5));
    const avg = this.docs > 0 ? this.totalWords / this.docs : 1;
    const norm = 1 - B + (B * (this.lengths[doc] ?? 0)) / (avg || 1);
    return (idf * tf * (K1 + 1)) / (tf + K1 * norm);
  }

  /** Scores of the articles holding a single word. */
  scoreWord(word: string): Map<number, number> {
    const postings = this.postings(word);
    const scores = new Map<number, number>();
    for (const p of postings) scores.set(docOf(p), this.bm25(countOf(p), postings.length, docOf(p)));
    return scores;
  }
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of foldedWords(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}
