// Case- and accent-insensitive comparison of words and names. Hand-written because it is two
// lines over String.normalize; the packages that do it (e.g. `diacritics`) add nothing to that.

// Letters that NFD does not decompose but readers treat as plain Latin letters.
const EXTRA: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const EXTRA_RE = /[ßæœøłđðþı]/g;
const MARKS = /\p{M}+/gu;
// Anything beyond ASCII, except spaces and punctuation such as curly quotes and dashes,
// which are common in English news and neither fold nor form words.
const BEYOND_ASCII = /[^\x00-\x7f\u00a0\u2000-\u206f]/;

/** Lower-case, accents stripped ("Erdoğan" → "erdogan"). Length may differ from the input. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!BEYOND_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(EXTRA_RE, (c) => EXTRA[c] ?? c);
}

const WORD = /[\p{L}\p{N}]+/gu;
// Same words when the text has no letters beyond ASCII; several times faster than \p{…}.
const ASCII_WORD = /[a-z0-9]+/g;

/** The folded words of a text: runs of letters and digits ("U.S." → ["u", "s"]). */
export function foldedWords(text: string): string[] {
  const folded = fold(text);
  return (BEYOND_ASCII.test(folded) ? folded.match(WORD) : folded.match(ASCII_WORD)) ?? [];
}

/**
 * A counter of the places where `words` (folded) occur one after the other in a text,
 * separated only by non-word characters: the phrase check the word index cannot answer alone.
 * Compiled once per phrase; texts without letters beyond ASCII take a faster ASCII pattern.
 */
export function phraseCounter(words: readonly string[]): (text: string) => number {
  if (words.length === 0) return () => 0;
  const body = words.map(escapeRegExp);
  const unicode = new RegExp(`(?<![\\p{L}\\p{N}])${body.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'gu');
  // Over a text with no letters beyond ASCII, folding is lower-casing: match case-insensitively
  // on the text itself instead of copying it.
  const ascii = words.every((w) => /^[a-z0-9]+$/.test(w))
    ? new RegExp(`(?<![A-Za-z0-9])${body.join('[^A-Za-z0-9]+')}(?![A-Za-z0-9])`, 'gi')
    : null;
  const count = (re: RegExp, text: string): number => {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(text)) n++;
    return n;
  };
  return (text) => {
    if (!BEYOND_ASCII.test(text)) return ascii ? count(ascii, text) : 0;
    return count(unicode, fold(text));
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
