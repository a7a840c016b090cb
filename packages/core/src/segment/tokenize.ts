import type { Range } from '../types.js';

export interface Token extends Range {
  text: string;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** A word of letters (possibly with inner hyphens, apostrophes or dots: "al-Assad", "U.S."). */
  word: boolean;
  /** First word of a sentence or line, where capitals say nothing about names. */
  sentenceStart: boolean;
  /** Inside a title-case line (a headline), where capitals say little about names. */
  headline: boolean;
  /** Whitespace before this token holds a line break. */
  lineStart: boolean;
  /** Position in the token list. */
  index: number;
}

// Dotted acronyms ("U.S.", "U. S.", "U.N."), words with inner hyphens or apostrophes
// ("al-Assad", "Dunford’s"), or any other single character. Every branch is linear.
const TOKEN = /\p{Lu}\.(?: ?\p{Lu}\.)+|[\p{L}\p{M}\p{N}]+(?:[-'’‘][\p{L}\p{M}\p{N}]+)*|\S/gu;
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
// Abbreviations after which a period does not end a sentence; a closed class of titles and
// calendar abbreviations.
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cpl', 'pvt', 'brig', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'st', 'sr', 'jr', 'no', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'inc', 'corp', 'ltd', 'co', 'mt', 'ft',
]);

/** Tokens with the sentence and headline flags that name finding relies on. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let atStart = true;
  let prevEnd = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const t = m[0];
    const start = m.index;
    let lineStart = start === from;
    for (let i = prevEnd; i < start && !lineStart; i++) lineStart = text.charCodeAt(i) === 10;
    if (lineStart) atStart = true;
    const c = t.charCodeAt(0);
    // ASCII letters decide without a Unicode regex, which costs more than the rest of the loop.
    const asciiUpper = c >= 65 && c <= 90;
    const asciiLower = c >= 97 && c <= 122;
    const word = asciiUpper || asciiLower || (c > 127 && LETTER.test(t)) || (c >= 48 && c <= 57 && LETTER.test(t));
    const upper = asciiUpper || (c > 127 && UPPER.test(t));
    const token: Token = { start, end: start + t.length, text: t, upper, word, sentenceStart: word && atStart, headline: false, lineStart, index: tokens.length };
    tokens.push(token);
    if (word) atStart = false;
    else if (SENTENCE_END.has(t)) {
      const prev = tokens[tokens.length - 2];
      const abbreviation = prev && prev.end === start && prev.word && (ABBREVIATIONS.has(prev.text.toLowerCase()) || /^\p{Lu}$/u.test(prev.text));
      if (!abbreviation) atStart = true;
    } else if (t === ':' || t === '•') atStart = true;
    prevEnd = start + t.length;
  }
  markHeadlines(tokens);
  return tokens;
}

// A line where most longer words are capitalized and that does not end like a sentence.
function markHeadlines(tokens: Token[]): void {
  let i = 0;
  while (i < tokens.length) {
    let j = i + 1;
    while (j < tokens.length && !tokens[j]!.lineStart) j++;
    let long = 0;
    let capital = 0;
    for (let k = i; k < j; k++) {
      const t = tokens[k]!;
      if (t.word && t.text.length > 3) {
        long++;
        if (t.upper) capital++;
      }
    }
    const last = tokens[j - 1]!;
    if (long >= 2 && capital / long >= 0.75 && !SENTENCE_END.has(last.text)) {
      for (let k = i; k < j; k++) tokens[k]!.headline = true;
    }
    i = j;
  }
}
