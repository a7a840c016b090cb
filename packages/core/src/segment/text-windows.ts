import type { Range } from '../types.js';
import { ABBREVIATIONS, isSpace } from './tokenize.js';

/**
 * The longest text analysed as one piece. A news article runs to some tens of thousands of
 * characters and is always read whole, so that what it says of a word in one place (document
 * evidence, one sense per article) holds in all of it.
 */
export const WHOLE_TEXT_CHARS = 1 << 18;
/**
 * A longer text (a book, a feed dump, a hostile file) is many articles' worth: it is read in
 * pieces of about an article's length, so that time grows with its length and memory with the
 * piece, not with the whole (issue 13). Measured on 20 MB of dense news: pieces of 16 K
 * characters peak at about half the memory of pieces of 256 K, whose tokens outlive the young
 * generation and pile up in the old one.
 */
export const PIECE_CHARS = 1 << 14;

/**
 * `text` whole when it is at most `whole` characters long, else cut into pieces of at most
 * `piece` characters, each ending at the last paragraph break of its second half, else the last
 * line break, else the last sentence end, else the last white space, else wherever it must (a
 * text without spaces), never inside a surrogate pair.
 */
export function textWindows(text: string, whole = WHOLE_TEXT_CHARS, piece = PIECE_CHARS): Range[] {
  if (text.length <= whole) return [{ start: 0, end: text.length }];
  const windows: Range[] = [];
  let start = 0;
  while (text.length - start > piece) {
    const end = cutBefore(text, start + (piece >> 1), start + piece);
    windows.push({ start, end });
    start = end;
  }
  if (start < text.length) windows.push({ start, end: text.length });
  return windows;
}

/**
 * Where to end a window that may end anywhere in `min..max`: after the best break found there.
 * One pass from the end, keeping the last break of each kind, since a text without a paragraph
 * break would otherwise be read once per kind.
 */
function cutBefore(text: string, min: number, max: number): number {
  let line = -1;
  let sentence = -1;
  let space = -1;
  for (let i = max - 1; i >= min; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (text.charCodeAt(i - 1) === 10) return i + 1;
      if (line < 0) line = i;
    } else if (space < 0 || sentence < 0) {
      if (!isSpace(c)) continue;
      if (space < 0) space = i;
      // "talks. The": a sentence end, where the next sentence starts with a capital ("Gen. Gerasimov" is none).
      if (sentence < 0 && isSentenceEnd(text.charCodeAt(i - 1)) && isAsciiUpper(text.charCodeAt(i + 1)) && !ABBREVIATIONS.has(wordBefore(text, i - 1))) sentence = i;
    }
  }
  const best = line >= 0 ? line : sentence >= 0 ? sentence : space;
  if (best >= 0) return best + 1;
  // No white space at all: cut anywhere but inside a surrogate pair.
  const c = text.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}

/** The lower-case ASCII word that ends at `end` ("" when there is none). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > end - 6 && start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isSentenceEnd = (c: number): boolean => c === 46 || c === 33 || c === 63;
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
