/**
 * Membership in a word list kept as one sorted, "|"-joined string, by binary search over the
 * string itself. The name lists hold 240,000 words: as Sets they cost 15 MB of heap in every
 * thread that loads core, as their text under 2 MB. Look-ups are rare (each distinct word is
 * asked once, see word-facts.ts), so a few dozen comparisons each cost nothing that shows.
 */
export class SortedWords {
  /** `joined`: words sorted in code-unit order (`Array.prototype.sort`), joined by "|". */
  constructor(private readonly joined: string) {}

  has(word: string): boolean {
    if (word.length === 0 || word.includes('|')) return false;
    const list = this.joined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      // The word that holds position `mid` (or ends right before it).
      const start = mid === 0 ? 0 : list.lastIndexOf('|', mid - 1) + 1;
      const bar = list.indexOf('|', start);
      const end = bar < 0 ? list.length : bar;
      const order = compareAt(word, list, start, end);
      if (order === 0) return true;
      if (order < 0) hi = start;
      else lo = end + 1;
    }
    return false;
  }
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
