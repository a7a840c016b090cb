/*
 * Where a date could start: month and weekday abbreviations written with a capital ("Mar",
 * "Sun", also inside "March", "Sunday"), year-like numbers ("2014", the start of "1980s"),
 * short decades ("80s", "’90s") and deictic or calendar words ("today", "last year", "spring").
 * What the regular expression in triggers.test.ts finds, found by hand: that expression ran
 * over every character of every article, and a scanner that looks only at word starts, reading
 * character codes without cutting strings, does the same work in a fraction of the time.
 */

// ASCII word characters, as `\b` sees them.
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Three-letter abbreviations, as one number of their three character codes. */
const ABBREVIATIONS = new Set(
  ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map(
    (w) => (w.charCodeAt(0) << 16) | (w.charCodeAt(1) << 8) | w.charCodeAt(2),
  ),
);

/** Deictic and calendar words: the first letter in either case, the rest as written. */
const WORDS = [
  'today', 'tonight', 'now', 'currently', 'nowadays', 'yesterday', 'tomorrow', 'recently', 'lately', 'past', 'future', 'present',
  'week', 'month', 'year', 'decade', 'century', 'spring', 'summer', 'autumn', 'winter', 'fall',
];
/** "ago" only in lower case. */
const LOWER_ONLY = ['ago'];
const BY_LENGTH = new Map<number, { word: string; anyCase: boolean }[]>();
for (const [list, anyCase] of [[WORDS, true], [LOWER_ONLY, false]] as const) {
  for (const word of list) {
    const bucket = BY_LENGTH.get(word.length) ?? [];
    bucket.push({ word, anyCase });
    BY_LENGTH.set(word.length, bucket);
  }
}

const isQuote = (c: number): boolean => c === 39 || c === 0x2018 || c === 0x2019;

/**
 * Calls `visit(start, end)` for each trigger at or after `from`, left to right, never
 * overlapping: at each place the first of abbreviation, year, decade and word that fits wins.
 */
export function findTriggers(text: string, from: number, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isQuote(c)) {
      // "’90s": a quote, a digit, "0s", and no word character after.
      if (isDigit(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 48 && text.charCodeAt(i + 3) === 115 && !isWordChar(text.charCodeAt(i + 4))) {
        visit(i, i + 4);
        i += 4;
      } else i++;
      continue;
    }
    if (!isWordChar(c) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const length = matchAt(text, i, c);
    if (length > 0) {
      visit(i, i + length);
      i += length;
    } else i++;
  }
}

/** The length of the trigger that starts at word start `i` (whose code is `c`), or 0. */
function matchAt(text: string, i: number, c: number): number {
  if (c >= 65 && c <= 90 && ABBREVIATIONS.has((c << 16) | (text.charCodeAt(i + 1) << 8) | text.charCodeAt(i + 2))) return 3;
  if (isDigit(c)) {
    const c1 = text.charCodeAt(i + 1);
    if (((c === 49 && isDigit(c1)) || (c === 50 && c1 === 48)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) return 4;
    if (c1 === 48 && text.charCodeAt(i + 2) === 115 && !isWordChar(text.charCodeAt(i + 3))) return 3;
    return 0;
  }
  let end = i + 1;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  const candidates = BY_LENGTH.get(end - i);
  if (candidates === undefined) return 0;
  for (const { word, anyCase } of candidates) {
    const first = word.charCodeAt(0);
    if (c !== first && !(anyCase && c === first - 32)) continue;
    let k = 1;
    while (k < word.length && text.charCodeAt(i + k) === word.charCodeAt(k)) k++;
    if (k === word.length) return word.length;
  }
  return 0;
}
