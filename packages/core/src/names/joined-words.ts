import { hashRange, hashString } from '../fnv-hash.js';

/**
 * Membership in a word list kept as one sorted, "|"-joined string. The name lists hold 240,000
 * words: as Sets they cost 15 MB of heap in every thread that loads core, as their text under
 * 2 MB. The first look-ups search the string itself (a few dozen comparisons each); after
 * INDEX_AFTER of them a table of where each word starts, by hash (2 MB more, built in a few
 * milliseconds), answers instead: an article of unknown names asks about every word, and one
 * article or one process that asks little should not pay for the table.
 */
export class JoinedWords {
  /** Open addressing by hash: 1 + the offset where a word starts, 0 for an empty slot. */
  private table: Int32Array | undefined;
  private mask = 0;
  private asked = 0;
  /** Where each word starts, in list order (for `indexOf`, built on its first call). */
  private starts: Int32Array | undefined;

  /** `joined`: words sorted in code-unit order (`Array.prototype.sort`), joined by "|". */
  constructor(private readonly joined: string) {}

  has(word: string): boolean {
    return this.startOf(word) >= 0;
  }

  /** The position of `word` in the list (0 for the first word), -1 when it is not there. */
  indexOf(word: string): number {
    const start = this.startOf(word);
    if (start < 0) return -1;
    const starts = (this.starts ??= wordStarts(this.joined));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Where `word` starts in the joined string, -1 when it is not in the list. */
  private startOf(word: string): number {
    if (word.length === 0 || word.includes('|')) return -1;
    if (this.table === undefined) {
      if (++this.asked <= INDEX_AFTER) return this.search(word);
      this.table = this.index();
    }
    const list = this.joined;
    for (let slot = hashString(word) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.table[slot]!;
      if (at === 0) return -1;
      if (holdsAt(list, at - 1, word)) return at - 1;
    }
  }

  /** Binary search over the string: the word that holds position `mid` is compared in place. */
  private search(word: string): number {
    const list = this.joined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : list.lastIndexOf('|', mid - 1) + 1;
      const bar = list.indexOf('|', start);
      const end = bar < 0 ? list.length : bar;
      const order = compareAt(word, list, start, end);
      if (order === 0) return start;
      if (order < 0) hi = start;
      else lo = end + 1;
    }
    return -1;
  }

  private index(): Int32Array {
    const list = this.joined;
    let count = 1;
    for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === BAR) count++;
    let capacity = 2;
    while (capacity < count * 2) capacity <<= 1;
    this.mask = capacity - 1;
    const table = new Int32Array(capacity);
    for (let start = 0; start < list.length; ) {
      let end = list.indexOf('|', start);
      if (end < 0) end = list.length;
      if (end > start) {
        let slot = hashRange(list, start, end) & this.mask;
        while (table[slot] !== 0) slot = (slot + 1) & this.mask;
        table[slot] = start + 1;
      }
      start = end + 1;
    }
    return table;
  }
}

/**
 * A word list the generator split in two by width (scripts/build-gazetteer.mjs): the words of
 * Latin-1 characters only, then the others. V8 keeps a string with one character beyond Latin-1
 * at two bytes a character, so a few such words in one string would double the whole list in
 * every thread. Positions count the narrow words first.
 */
export class SplitWords {
  private readonly narrow: JoinedWords;
  private readonly wide: JoinedWords;
  private readonly narrowCount: number;

  constructor([narrow, wide]: readonly [string, string] | readonly string[]) {
    this.narrow = new JoinedWords(narrow ?? '');
    this.wide = new JoinedWords(wide ?? '');
    this.narrowCount = narrow ? countWords(narrow) : 0;
  }

  has(word: string): boolean {
    return (isWide(word) ? this.wide : this.narrow).has(word);
  }

  /** The position of `word` (narrow words first), -1 when it is not in the list. */
  indexOf(word: string): number {
    if (!isWide(word)) return this.narrow.indexOf(word);
    const at = this.wide.indexOf(word);
    return at < 0 ? -1 : this.narrowCount + at;
  }
}

/** Whether a string has a character beyond Latin-1. */
function isWide(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return true;
  return false;
}

function countWords(list: string): number {
  let count = 1;
  for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === BAR) count++;
  return count;
}

function wordStarts(list: string): Int32Array {
  const starts = new Int32Array(list.length === 0 ? 0 : countWords(list));
  for (let i = 0, n = 1; i < list.length; i++) if (list.charCodeAt(i) === BAR) starts[n++] = i + 1;
  return starts;
}

const BAR = 124;
/** Look-ups answered by binary search before the table is built. */
const INDEX_AFTER = 5_000;


/** Whether the word of `list` that starts at `start` is `word`. */
function holdsAt(list: string, start: number, word: string): boolean {
  const end = start + word.length;
  if (end > list.length || (end < list.length && list.charCodeAt(end) !== BAR)) return false;
  for (let i = 0; i < word.length; i++) if (list.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** `word` against `list.slice(start, end)` in code-unit order, without cutting the slice out. */
function compareAt(word: string, list: string, start: number, end: number): number {
  const length = end - start;
  const n = Math.min(word.length, length);
  for (let i = 0; i < n; i++) {
    const d = word.charCodeAt(i) - list.charCodeAt(start + i);
    if (d !== 0) return d;
  }
  return word.length - length;
}
