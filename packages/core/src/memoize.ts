/**
 * Remembers a function's answer per string. Name finding asks the same questions of the same
 * words again and again; the bound keeps a long-running language server's memory flat.
 *
 * The answers live in a table of a fixed size, two slots per hash (the one used last first), and
 * a new key takes the place of the older of the two. A `Map` cost more than most answers: it grew
 * by rehashing, was cleared whole at its bound, and made garbage all the while (a tenth of the
 * time of tagging news, more on text of ever new words).
 */
export function memoize<T>(compute: (key: string) => T, limit = 100_000): (key: string) => T {
  let size = 2;
  while (size < limit) size *= 2;
  const keys: (string | undefined)[] = new Array<string | undefined>(size).fill(undefined);
  const answers: T[] = new Array<T>(size);
  const pairMask = size - 2;
  return (key: string): T => {
    const first = hashOf(key) & pairMask;
    if (keys[first] === key) return answers[first]!;
    const second = first + 1;
    if (keys[second] === key) {
      // Used last: moves to the front of its pair, and the other becomes the one to give way.
      const answer = answers[second]!;
      keys[second] = keys[first];
      answers[second] = answers[first]!;
      keys[first] = key;
      answers[first] = answer;
      return answer;
    }
    // Kept under a copy of its own: the key is often cut from an article's text, and V8 keeps a
    // substring of 13 or more characters as a view of its parent, so the table would keep whole
    // texts alive. The answer is computed from the copy, so that what it cuts from it holds no text either.
    const own = key.length < 13 ? key : (' ' + key).slice(1);
    const answer = compute(own);
    keys[second] = keys[first];
    answers[second] = answers[first]!;
    keys[first] = own;
    answers[first] = answer;
    return answer;
  };
}

/** FNV-1a over UTF-16 code units, its high bits folded into the low ones that pick the slot. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}
