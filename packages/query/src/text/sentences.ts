// Sentence boundaries for "who appears with whom". Core's tokenizer is not exported, and
// Intl.Segmenter both breaks after every "Gen." and "A." and takes 3.5 s over 10,000 articles,
// so this is a small linear scanner: a sentence ends at . ! ? … (and closing quotes) followed
// by space and a character that is not a lower-case letter, or at a line break. A period after
// one of a closed class of abbreviations or after an initial does not end one, nor does any
// boundary strictly inside a span the caller keeps together (mentions with their titles).
import type { Range } from '@seedlens/core';

// Titles, ranks and calendar words that are followed by a period mid-sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cpl', 'pvt', 'brig', 'cmdr', 'gov', 'sen',
  'rep', 'rev', 'st', 'sr', 'jr', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'inc', 'corp', 'ltd', 'co', 'mt', 'ft',
]);
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', "'", '”', '’', ')', ']', '»']);
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/**
 * Start offsets of the sentences of `text`, ascending, the first being 0. A boundary never
 * falls strictly inside a range of `keepTogether` (which must not overlap one another).
 */
export function sentenceStarts(text: string, keepTogether: readonly Range[] = []): Int32Array {
  const spans = [...keepTogether].sort((a, b) => a.start - b.start);
  let span = 0;
  const inside = (offset: number): boolean => {
    while (span < spans.length && spans[span]!.end <= offset) span++;
    const s = spans[span];
    return s !== undefined && s.start < offset;
  };
  const starts: number[] = [0];
  const n = text.length;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    const at = m.index;
    let end = at + 1;
    let newline = text.charCodeAt(at) === 10;
    if (!newline) {
      while (end < n && (TERMINAL.has(text[end]!) || CLOSING.has(text[end]!))) end++;
      if (end < n && !isSpace(text.charCodeAt(end))) continue;
      if (text[at] === '.' && abbreviationBefore(text, at)) continue;
    }
    let next = end;
    for (; next < n && isSpace(text.charCodeAt(next)); next++) if (text.charCodeAt(next) === 10) newline = true;
    if (next < n && (newline || !LOWER.test(text[next]!)) && !inside(next) && next > starts[starts.length - 1]!) starts.push(next);
    BREAK.lastIndex = Math.max(next, at + 1);
  }
  return Int32Array.from(starts);
}

// Where a sentence may end: terminal punctuation or a line break.
const BREAK = /[.!?…\n]/g;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

/** True when the period at `dot` follows an abbreviation or an initial ("Gen.", "A."), not "U.S.". */
function abbreviationBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  if (start === dot || text[start - 1] === '.') return false;
  const word = text.slice(start, dot);
  return ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && word !== word.toLowerCase());
}

/** Index of the sentence holding `offset`, given the starts from `sentenceStarts`. */
export function sentenceAt(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
