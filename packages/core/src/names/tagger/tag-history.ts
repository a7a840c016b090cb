import { mix } from './feature-hash.js';
import { O, TAG_COUNT, typeOfTag } from './labels.js';

const HISTORY = 101;
const HISTORY_IN_NAME = 102;
const TYPES = (TAG_COUNT - 1) / 4;
// The lower-case word's hash cut to 30 bits: a small integer, which a Map hashes fastest.
const key = (lower: number): number => lower & 0x3fffffff;
/** Numbers per word in TagHistory's table. */
const COUNTS = 1 + TYPES;

/**
 * How the article so far has tagged each capitalized word: the document-level evidence that
 * makes "Netanyahu" agree with "Benjamin Netanyahu" three paragraphs up. Kept per article,
 * filled in as each run of tokens is decoded, read as features by the runs after it.
 */
export class TagHistory {
  /**
   * By lower-case word hash: where its counts start in `table` (how often it was outside a name,
   * then in a name of each type). One table, not an array per word: a text of ever new names has
   * as many words as tokens.
   */
  private readonly counts = new Map<number, number>();
  private table = new Int32Array(64 * COUNTS);
  private used = 0;
  /** By lower-case word hash: bits of the types of the names of several words it was part of. */
  private readonly inLongerName = new Map<number, number>();

  /** Appends the history features of the word whose lower-case hash is `lower` to `out` from `at`; returns the new end. */
  features(lower: number, out: Int32Array, at: number): number {
    const c = this.counts.get(key(lower));
    if (c !== undefined) {
      const counts = this.table;
      let best = -1;
      let names = 0;
      for (let t = 0; t < TYPES; t++) {
        names += counts[c + 1 + t]!;
        if (counts[c + 1 + t]! > 0 && (best < 0 || counts[c + 1 + t]! > counts[c + 1 + best]!)) best = t;
      }
      // Only names are evidence: "never a name so far" would let one early miss silence every
      // later mention of the word.
      if (best >= 0) out[at++] = mix(HISTORY, best + 1);
      if (names > 0 && counts[c]! > 0) out[at++] = mix(HISTORY, 100);
    }
    const longer = this.inLongerName.get(key(lower));
    if (longer !== undefined) for (let t = 0; t < TYPES; t++) if (longer & (1 << t)) out[at++] = mix(HISTORY_IN_NAME, t);
    return at;
  }

  /** Records the tags decoded for tokens `from`..`to` (exclusive), by their words' lower-case hashes and capitals. */
  record(lower: Int32Array, capital: Uint8Array, tags: Uint8Array, from: number, to: number): void {
    let nameStart = -1;
    for (let i = from; i < to; i++) {
      const tag = tags[i]!;
      if (capital[i]) {
        // Found (or made, which may grow the table) before the table is read.
        const c = this.countsOf(key(lower[i]!));
        this.table[c + (tag === O ? 0 : 1 + typeOfTag(tag))]!++;
      }
      if (tag === O) continue;
      const part = (tag - 1) & 3;
      if (part === 0) nameStart = i;
      else if (part === 2 && nameStart >= 0) {
        const bit = 1 << typeOfTag(tag);
        for (let j = nameStart; j <= i; j++) if (capital[j]) this.inLongerName.set(key(lower[j]!), (this.inLongerName.get(key(lower[j]!)) ?? 0) | bit);
        nameStart = -1;
      }
    }
  }

  /** Where the counts of the word keyed `k` start in the table, made (zero) on its first tag. */
  private countsOf(k: number): number {
    const known = this.counts.get(k);
    if (known !== undefined) return known;
    if (this.used + COUNTS > this.table.length) {
      const grown = new Int32Array(this.table.length * 2);
      grown.set(this.table);
      this.table = grown;
    }
    this.counts.set(k, this.used);
    this.used += COUNTS;
    return this.used - COUNTS;
  }
}

/** The most features the history adds to one token. */
export const MAX_HISTORY_FEATURES = 2 + TYPES;
