/**
 * Membership in a word list kept as one "|"-joined string, with a table of where each word
 * starts, by hash. The name lists hold 240,000 words: as Sets they cost 15 MB of heap in every
 * thread that loads core, as their text under 2 MB and the table 2 MB more. The table is built on
 * the first look-up (a few milliseconds): an article of unknown names asks about every word, and
 * a binary search over the string cost microseconds each.
 */
export class JoinedWords {
  /** Open addressing by hash: 1 + the offset where a word starts, 0 for an empty slot. */
  private table: Int32Array | undefined;
  private mask = 0;

  /** `joined`: the words joined by "|", in any order. */
  constructor(private readonly joined: string) {}

  has(word: string): boolean {
    if (word.length === 0 || word.includes('|')) return false;
    const table = (this.table ??= this.index());
    const list = this.joined;
    for (let slot = hashOf(word, 0, word.length) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = table[slot]!;
      if (at === 0) return false;
      if (holdsAt(list, at - 1, word)) return true;
    }
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
        let slot = hashOf(list, start, end) & this.mask;
        while (table[slot] !== 0) slot = (slot + 1) & this.mask;
        table[slot] = start + 1;
      }
      start = end + 1;
    }
    return table;
  }
}

const BAR = 124;

/** FNV-1a over the code units of `s.slice(start, end)`, without cutting the slice out. */
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Whether the word of `list` that starts at `start` is `word`. */
function holdsAt(list: string, start: number, word: string): boolean {
  const end = start + word.length;
  if (end > list.length || (end < list.length && list.charCodeAt(end) !== BAR)) return false;
  for (let i = 0; i < word.length; i++) if (list.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}
