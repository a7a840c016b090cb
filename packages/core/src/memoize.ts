import { hashString } from './fnv-hash.js';

/** What a memoized function keeps for an answer of undefined. */
const NOTHING: unique symbol = Symbol('nothing');

/**
 * Remembers a function's answer per string. Name finding asks the same questions of the same
 * words again and again; the bound keeps a long-running language server's memory flat.
 *
 * With `from: 'second meeting'`, a key is remembered from its second meeting on: for a function
 * asked about once per token or name that needs it (the tagger's word codes, linking's keys), whose
 * answers are large. A text of ever new words (a list of names, a hostile file) would otherwise fill the table
 * with answers asked for once, each kept long enough to be moved to the old generation, and let
 * them all go at once when the table is full: garbage the heap grows to hold (issue 13). Which
 * keys were met once is kept as bits, by a hash of the key, in a table of a few hundred kilobytes
 * at most; a key whose bit another key set (one in ten or so, when the bits are fullest) is
 * remembered at once. A function asked several times per word keeps the default: there, waiting
 * for the second meeting would compute most answers twice.
 */
export function memoize<T>(compute: (key: string) => T, limit = 100_000, { from = 'first meeting' }: { from?: 'first meeting' | 'second meeting' } = {}): (key: string) => T {
  // An answer of undefined is kept as NOTHING, so that one look-up tells a known key from a new one.
  const answers = new Map<string, T | typeof NOTHING>();
  const metOnce = from === 'second meeting' ? new MetOnce(limit) : undefined;
  return (key: string): T => {
    const known = answers.get(key);
    if (known !== undefined) return (known === NOTHING ? undefined : known) as T;
    // Kept under a copy of its own: the key is often cut from an article's text, and V8 keeps a
    // substring of 13 or more characters as a view of its parent, so the table would keep whole
    // texts alive. The answer is computed from the copy, so that what it cuts from it holds no text
    // either (remembered or not: a caller may keep it).
    const own = key.length < 13 ? key : (' ' + key).slice(1);
    const answer = compute(own);
    if (metOnce?.firstMeeting(own)) return answer;
    if (answers.size >= limit) answers.clear();
    answers.set(own, answer === undefined ? NOTHING : answer);
    return answer;
  };
}

class MetOnce {
  private bits: Uint32Array | undefined;
  private marked = 0;
  constructor(private readonly limit: number) {}

  /** Whether `key` is met here for the first time (since the last clearing); it counts as met from now on. */
  firstMeeting(key: string): boolean {
    // Made on the first question: many memoized functions of a process are never asked one.
    const bits = (this.bits ??= new Uint32Array(wordsFor(this.limit)));
    const h = hashString(key) & (bits.length * 32 - 1);
    const word = h >>> 5;
    const bit = 1 << (h & 31);
    if ((bits[word]! & bit) !== 0) return false;
    if (this.marked >= this.limit) {
      bits.fill(0);
      this.marked = 0;
    }
    bits[word] = bits[word]! | bit;
    this.marked++;
    return true;
  }
}

/** 32-bit words for eight bits per key remembered, a power of two of them. */
function wordsFor(limit: number): number {
  let words = 1;
  while (words * 32 < limit * 8) words *= 2;
  return words;
}
