// Full-text word index: folded word → articles with counts, each article's words in order,
// and BM25 scores.
//
// A small own index rather than minisearch: the query language needs exact boolean sets per
// word (intersections, differences, phrase candidates), not ranked fuzzy results, and
// minisearch keeps a Map per term and per field (tens of bytes per posting) where this keeps
// 4 bytes. Words are interned to ids once; each article keeps its words in order as ids
// (2 bytes a word while the ids fit, as they do for all but the rarest words), which is what
// phrases are matched on, and what removal subtracts, without re-reading the text.
//
// FullTextIndex is one class of about 300 lines on purpose: adding, removing, scoring and the
// snapshot all read and write the same parallel arrays (postings by word id, words by article,
// lengths) and scratch counters; split up, those arrays would be shared as public fields. What
// stands apart is: the text scanner (word-scanner.ts) and the typed postings (word-postings.ts).
import type { SnapshotReader, SnapshotWriter } from '../../records/snapshot-format.js';
import { countOf, docOf } from '../postings.js';
import { STEP_ITEMS, type Steps } from '../../time-slice.js';
import { WordIds } from './word-ids.js';
import { EMPTY, type WordPostings, addPosting, findPosting, removePosting } from './word-postings.js';
import { WordScanner } from './word-scanner.js';

const K1 = 1.2;
const B = 0.75;

/** The folded words of an article's text, in order, as indexes into `strings` (as an index record holds them). */
export interface ArticleWords {
  strings: readonly string[];
  /** Index in `strings` of each distinct word. */
  refs: Int32Array;
  /** Index in `refs` of each word of the text, in order. */
  tokens: Uint16Array | Uint32Array;
}

/** One article as the index holds it: the id of each word of its text, in order. */
type DocWords = Uint16Array | Uint32Array;

/**
 * An article's words as `stageWords` worked them out, to replace those of the article held under
 * an id: its words as ids, and the words whose count in it differs from the held article's.
 */
export interface StagedWords {
  readonly tokens: DocWords;
  /** Word id and its new count (0: no longer there), for each word whose count changes. */
  readonly changes: Uint32Array;
  /** What the article held when staged (undefined: none), and the word ids' state then. */
  readonly from: DocWords | undefined;
  readonly releases: number;
}

export class FullTextIndex {
  private ids = new WordIds();
  private readonly postingsOf: Array<WordPostings | undefined> = [];
  private readonly docWords: Array<DocWords | undefined> = [];
  private readonly lengths: number[] = [];
  private totalWords = 0;
  private docs = 0;
  // Scratch for indexing one article (reused: no per-article allocation beyond its own arrays).
  private readonly scanner = new WordScanner();
  private counts = new Uint32Array(0);
  private refIds = new Uint32Array(1024);
  private refCounts = new Uint32Array(1024);
  /** Per table of strings given to addWords: the word id + 1 of each string seen (0: not yet). */
  private readonly known = new WeakMap<readonly string[], Int32Array>();

  /** Indexes the words of an article's text. */
  add(doc: number, text: string): void {
    if (this.docWords[doc]) this.remove(doc);
    const n = this.scanner.scan(text, this.ids);
    // Every word id has its postings, empty until an article holds the word.
    for (let id = this.postingsOf.length; id < this.ids.capacity; id++) this.postingsOf.push({ items: EMPTY, length: 0 });
    this.addTokens(doc, this.scanner.tokens, n);
  }

  /**
   * Indexes an article's words as derived beforehand (../article-index.ts): the same as `add` of its
   * text, without reading the text again. Each string of `words.strings` is looked up once per
   * table, not once per article, when articles share their table (as those of one cache do).
   * Takes over `words.tokens` (rewritten into word ids).
   */
  addWords(doc: number, words: ArticleWords): void {
    if (this.docWords[doc]) this.remove(doc);
    const { strings, refs, tokens } = words;
    let known = this.known.get(strings);
    if (!known) this.known.set(strings, (known = new Int32Array(strings.length)));
    if (this.refIds.length < refs.length) this.refIds = new Uint32Array(refs.length * 2);
    if (this.refCounts.length < refs.length) this.refCounts = new Uint32Array(refs.length * 2);
    const ids = this.refIds;
    const counts = this.refCounts;
    let largest = 0;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      const word = strings[ref]!;
      let id = known[ref]! - 1;
      // An id is given to another word once no article holds its own.
      if (id < 0 || this.ids.word(id) !== word) known[ref] = (id = this.intern(word)) + 1;
      ids[i] = id;
      if (id > largest) largest = id;
    }
    const n = tokens.length;
    const out = largest < 0x10000 || tokens instanceof Uint32Array ? tokens : new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      counts[t]!++;
      out[i] = ids[t]!;
    }
    for (let i = 0; i < refs.length; i++) {
      if (counts[i]! > 0) addPosting(this.postingsOf[ids[i]!]!, doc, counts[i]!);
      counts[i] = 0;
    }
    this.docWords[doc] = out;
    this.lengths[doc] = n;
    this.totalWords += n;
    this.docs++;
  }

  /**
   * What `addWords(doc, words)` in place of `doc`'s words will change, worked out in steps
   * (time-slice.ts) without changing what questions see: a new document's words are given ids,
   * but no postings (a word without postings answers as one never seen), so that `commitStaged`
   * then only touches the postings of the words whose counts change (few, for an edit of a large
   * document). Leaves `words` as it is. `interned` gets the ids of the words given ids, for
   * `releaseUnheld` should the article not come in after all.
   */
  *stageWords(doc: number, words: ArticleWords, interned: number[]): Steps<StagedWords> {
    const { strings, refs, tokens } = words;
    // Before the first look-up: an id given up from here on may name another word by the end.
    const releases = this.ids.releases;
    const ids = new Uint32Array(refs.length);
    let largest = 0;
    for (let i = 0; i < refs.length; i++) {
      const word = strings[refs[i]!]!;
      let id = this.ids.idOf(word);
      if (id === undefined) interned.push((id = this.intern(word)));
      ids[i] = id;
      if (id > largest) largest = id;
      if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    }
    const n = tokens.length;
    const out = largest < 0x10000 ? new Uint16Array(n) : new Uint32Array(n);
    const counts = new Uint32Array(refs.length);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      counts[t]!++;
      out[i] = ids[t]!;
      if (i % (64 * STEP_ITEMS) === 64 * STEP_ITEMS - 1) yield;
    }
    const from = this.docWords[doc];
    // The held article's counts by word id, with the new ones taken off: what is left differs.
    const delta = new Int32Array(Math.max(this.ids.capacity, largest + 1));
    if (from) {
      for (let i = 0; i < from.length; i++) {
        delta[from[i]!]!++;
        if (i % (64 * STEP_ITEMS) === 64 * STEP_ITEMS - 1) yield;
      }
    }
    const changes: number[] = [];
    for (let i = 0; i < refs.length; i++) {
      const count = counts[i]!;
      if (count === 0) continue;
      const id = ids[i]!;
      if (delta[id] !== count) changes.push(id, count);
      delta[id] = 0;
      if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    }
    if (from) {
      for (let i = 0; i < from.length; i++) {
        const id = from[i]!;
        if (delta[id] !== 0) {
          changes.push(id, 0);
          delta[id] = 0;
        }
        if (i % (64 * STEP_ITEMS) === 64 * STEP_ITEMS - 1) yield;
      }
    }
    return { tokens: out, changes: Uint32Array.from(changes), from, releases };
  }

  /**
   * Whether `staged` can still replace `doc`'s words: the article held is the one it was staged
   * against, and no word id has been given up since (which could have been given to another word).
   */
  canCommit(doc: number, staged: StagedWords): boolean {
    return this.docWords[doc] === staged.from && this.ids.releases === staged.releases;
  }

  /** Replaces `doc`'s words by `staged`'s (which `canCommit`), changing only the postings that differ. */
  commitStaged(doc: number, staged: StagedWords): void {
    const { changes, tokens, from } = staged;
    for (let i = 0; i < changes.length; i += 2) {
      const id = changes[i]!;
      const count = changes[i + 1]!;
      const postings = this.postingsOf[id]!;
      removePosting(postings, doc);
      if (count > 0) addPosting(postings, doc, count);
      else if (postings.length === 0) {
        postings.items = EMPTY;
        this.ids.release(id);
      }
    }
    this.docWords[doc] = tokens;
    this.totalWords += tokens.length - (from ? from.length : 0);
    this.lengths[doc] = tokens.length;
    if (!from) this.docs++;
  }

  /** Gives up those of `ids` (given by `stageWords`) whose words no article has taken since. */
  releaseUnheld(ids: readonly number[]): void {
    for (const id of ids) {
      const postings = this.postingsOf[id];
      if (postings && postings.length === 0 && this.ids.word(id) !== undefined) this.ids.release(id);
    }
  }

  /** Indexes the first `n` word ids of `tokenIds` as `doc`'s words. */
  private addTokens(doc: number, tokenIds: Uint32Array, n: number): void {
    if (this.counts.length < this.postingsOf.length) this.growScratch();
    const counts = this.counts;
    let largest = 0;
    for (let i = 0; i < n; i++) {
      const word = tokenIds[i]!;
      counts[word]!++;
      if (word > largest) largest = word;
    }
    for (let i = 0; i < n; i++) {
      const word = tokenIds[i]!;
      const count = counts[word]!;
      if (count === 0) continue;
      addPosting(this.postingsOf[word]!, doc, count);
      counts[word] = 0;
    }
    const tokens = largest < 0x10000 ? new Uint16Array(n) : new Uint32Array(n);
    tokens.set(tokenIds.subarray(0, n));
    this.docWords[doc] = tokens;
    this.lengths[doc] = n;
    this.totalWords += n;
    this.docs++;
  }

  /** Removes an article added with `add`. */
  remove(doc: number): void {
    const tokens = this.docWords[doc];
    if (!tokens) return;
    if (this.counts.length < this.postingsOf.length) this.growScratch();
    const seen = this.counts;
    for (const word of tokens) {
      if (seen[word]) continue;
      seen[word] = 1;
      const postings = this.postingsOf[word]!;
      removePosting(postings, doc);
      if (postings.length === 0) {
        // A word no article holds any more (an edit's half-typed word) is forgotten.
        postings.items = EMPTY;
        this.ids.release(word);
      }
    }
    for (const word of tokens) seen[word] = 0;
    this.docWords[doc] = undefined;
    this.totalWords -= this.lengths[doc] ?? 0;
    this.lengths[doc] = 0;
    this.docs--;
  }

  /** Number of articles holding `word` (folded). */
  df(word: string): number {
    const id = this.ids.idOf(word);
    return id === undefined ? 0 : this.postingsOf[id]!.length;
  }

  /** Sorted ids of the articles that hold every one of `words`. */
  withAll(words: readonly string[]): number[] {
    const lists: WordPostings[] = [];
    for (const w of new Set(words)) {
      const id = this.ids.idOf(w);
      if (id === undefined) return [];
      lists.push(this.postingsOf[id]!);
    }
    lists.sort((a, b) => a.length - b.length);
    if (lists.length === 0 || lists[0]!.length === 0) return [];
    const first = lists[0]!;
    let docs: number[] = [];
    for (let i = 0; i < first.length; i++) docs.push(docOf(first.items[i]!));
    for (const list of lists.slice(1)) {
      const next: number[] = [];
      let j = 0;
      for (const d of docs) {
        while (j < list.length && docOf(list.items[j]!) < d) j++;
        if (j < list.length && docOf(list.items[j]!) === d) next.push(d);
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

  /**
   * Adds the BM25 scores of the articles holding `word` to `out`; only those `within` holds when
   * given (looked up in the postings when `within` is the smaller).
   */
  scoreWord(word: string, within: { has(doc: number): boolean; keys(): Iterable<number>; readonly size: number } | null, out: Map<number, number>): void {
    const id = this.ids.idOf(word);
    if (id === undefined) return;
    const postings = this.postingsOf[id]!;
    const df = postings.length;
    if (within && within.size * 8 < df) {
      for (const doc of within.keys()) {
        const i = findPosting(postings, doc);
        if (i >= 0) out.set(doc, this.bm25(countOf(postings.items[i]!), df, doc));
      }
      return;
    }
    for (let i = 0; i < df; i++) {
      const p = postings.items[i]!;
      const doc = docOf(p);
      if (!within || within.has(doc)) out.set(doc, this.bm25(countOf(p), df, doc));
    }
  }

  /**
   * Articles where `words` (folded) occur one after the other (separated only by non-word
   * characters in the text), with the number of non-overlapping occurrences; only articles
   * `within` holds when given. `candidates`: the articles (within) holding all the words.
   * Matched on each article's word ids, never on its text.
   */
  phraseCounts(words: readonly string[], within: { has(doc: number): boolean } | null): { counts: Map<number, number>; candidates: number } {
    const counts = new Map<number, number>();
    const ids: number[] = [];
    for (const w of words) {
      const id = this.ids.idOf(w);
      if (id === undefined) return { counts, candidates: 0 };
      ids.push(id);
    }
    let candidates = 0;
    for (const doc of ids.length > 0 ? this.withAll(words) : []) {
      if (within && !within.has(doc)) continue;
      candidates++;
      const n = this.countRun(doc, ids);
      if (n > 0) counts.set(doc, n);
    }
    return { counts, candidates };
  }

  /** Occurrences of a phrase in one article (see phraseCounts). */
  phraseCount(doc: number, words: readonly string[]): number {
    const ids = words.map((w) => this.ids.idOf(w));
    if (ids.length === 0 || ids.some((id) => id === undefined)) return 0;
    return this.countRun(doc, ids as number[]);
  }

  private countRun(doc: number, ids: readonly number[]): number {
    const tokens = this.docWords[doc];
    if (!tokens) return 0;
    const first = ids[0]!;
    const m = ids.length;
    let n = 0;
    for (let i = 0; i + m <= tokens.length; i++) {
      if (tokens[i] !== first) continue;
      let j = 1;
      while (j < m && tokens[i + j] === ids[j]) j++;
      if (j === m) {
        n++;
        i += m - 1;
      }
    }
    return n;
  }

  // ------------------------------------------------------------------ snapshot

  /**
   * Writes the index (see store/corpus-snapshot.ts): the word ids, then the postings and each article's
   * words as runs of raw numbers, which `fromSnapshot` takes back as views without a loop over them.
   */
  *writeSnapshot(w: SnapshotWriter): Generator<void, void, void> {
    this.ids.writeSnapshot(w);
    yield;
    const words = this.postingsOf.length;
    const lengths = new Uint32Array(words);
    let total = 0;
    for (let i = 0; i < words; i++) total += lengths[i] = this.postingsOf[i]?.length ?? 0;
    w.array(lengths);
    w.uint(total);
    for (let i = 0; i < words; i++) {
      const p = this.postingsOf[i];
      if (p && p.length > 0) w.values(p.items.subarray(0, p.length));
      if ((i & 4095) === 4095) yield;
    }
    // Each article's words: 0 for none, else 2 or 4 (bytes a word) and the count; then the words.
    const shapes: number[] = [];
    let narrow = 0;
    let wide = 0;
    for (const tokens of this.docWords) {
      if (!tokens) shapes.push(0, 0);
      else {
        shapes.push(tokens.BYTES_PER_ELEMENT, tokens.length);
        if (tokens instanceof Uint16Array) narrow += tokens.length;
        else wide += tokens.length;
      }
    }
    w.uints(shapes);
    yield;
    w.uint(narrow);
    for (const tokens of this.docWords) if (tokens instanceof Uint16Array) w.values(tokens);
    w.uint(wide);
    for (const tokens of this.docWords) if (tokens instanceof Uint32Array) w.values(tokens);
  }

  /** The index `writeSnapshot` wrote (views of the snapshot's bytes); throws a RangeError on a damaged one. */
  static fromSnapshot(r: SnapshotReader): FullTextIndex {
    const index = new FullTextIndex();
    index.ids = WordIds.fromSnapshot(r);
    const lengths = r.uint32s();
    const items = r.uint32s();
    let at = 0;
    for (let i = 0; i < lengths.length; i++) {
      const n = lengths[i]!;
      if (at + n > items.length) throw new RangeError('bad postings in snapshot');
      index.postingsOf.push({ items: n === 0 ? EMPTY : items.subarray(at, at + n), length: n });
      at += n;
    }
    if (at !== items.length || lengths.length < index.ids.capacity) throw new RangeError('bad postings in snapshot');
    const shapes = r.uints();
    const narrow = r.uint16s();
    const wide = r.uint32s();
    let atNarrow = 0;
    let atWide = 0;
    for (let i = 0; i < shapes.length; i += 2) {
      const size = shapes[i]!;
      const n = shapes[i + 1]!;
      let tokens: DocWords | undefined;
      if (size === 2 && atNarrow + n <= narrow.length) tokens = narrow.subarray(atNarrow, (atNarrow += n));
      else if (size === 4 && atWide + n <= wide.length) tokens = wide.subarray(atWide, (atWide += n));
      else if (size !== 0 || n !== 0) throw new RangeError('bad words in snapshot');
      index.docWords.push(tokens);
      index.lengths.push(n);
      if (tokens) {
        for (let t = 0; t < tokens.length; t++) if (tokens[t]! >= lengths.length) throw new RangeError('bad word in snapshot');
        index.totalWords += n;
        index.docs++;
      }
    }
    return index;
  }

  private intern(word: string): number {
    const id = this.ids.intern(word);
    this.postingsOf[id] ??= { items: EMPTY, length: 0 };
    return id;
  }

  private growScratch(): void {
    const size = Math.max(1024, this.postingsOf.length * 2);
    this.counts = new Uint32Array(size);
  }
}

