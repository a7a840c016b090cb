import type { WordFacts } from '../names/word-facts.js';
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
  /** Inside a line written in capitals ("SOCCER - JAPAN GET LUCKY WIN"), where even acronyms are unsure. */
  shouting: boolean;
  /** Whitespace before this token holds a line break. */
  lineStart: boolean;
  /** Position in the token list. */
  index: number;
  /** What the word lists say of `text`; name finding fills it in on first use. */
  facts?: WordFacts | undefined;
}

// Dotted acronyms ("U.S.", "U. S.", "U.N."), words with inner hyphens or apostrophes
// ("al-Assad", "Dunford’s"), or any other single character. Every branch is linear.
// The scanner below reads ASCII words and punctuation itself and asks this regex (anchored at
// the token's start) only where a non-ASCII character or a dotted acronym may be involved:
// running the regex for every token costs more than all the rest of tokenizing.
const TOKEN = /\p{Lu}\.(?: ?\p{Lu}\.)+|[\p{L}\p{M}\p{N}]+(?:[-'’‘][\p{L}\p{M}\p{N}]+)*|\S/uy;
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
  const line: LineShape = { first: 0, long: 0, capital: 0, lettered: 0, allCaps: 0 };
  let atStart = true;
  let pos = from;
  // A start inside a surrogate pair reads the whole pair, as a Unicode regex searching from there would.
  if (isLowSurrogate(text.charCodeAt(pos)) && isHighSurrogate(text.charCodeAt(pos - 1))) pos--;
  for (;;) {
    // Whitespace between tokens; a line feed in it starts a line.
    let newline = false;
    for (let c = text.charCodeAt(pos); pos < text.length && isSpace(c); c = text.charCodeAt(++pos)) {
      if (c === 10) newline = true;
    }
    if (pos >= text.length || pos >= to) break;
    const start = pos;
    const end = tokenEnd(text, start, to);
    const t = text.slice(start, end);
    pos = end;
    const lineStart = start === from || newline;
    if (lineStart) {
      atStart = true;
      closeLine(tokens, line);
    }
    const c = t.charCodeAt(0);
    // ASCII letters and the quotes and dashes of news decide without a Unicode regex, which
    // costs more than the rest of the loop.
    const asciiUpper = c >= 65 && c <= 90;
    const asciiLower = c >= 97 && c <= 122;
    const otherLetter = c > 127 && !isGeneralPunctuation(c);
    const word = asciiUpper || asciiLower || (otherLetter && LETTER.test(t)) || (c >= 48 && c <= 57 && LETTER.test(t));
    const upper = asciiUpper || (otherLetter && UPPER.test(t));
    const token: Token = { start, end: start + t.length, text: t, upper, word, sentenceStart: word && atStart, headline: false, shouting: false, lineStart, index: tokens.length, facts: undefined };
    tokens.push(token);
    if (word && t.length > 1) countWord(line, t, upper);
    if (word) atStart = false;
    else if (SENTENCE_END.has(t)) {
      const prev = tokens[tokens.length - 2];
      const abbreviation = prev && prev.end === start && prev.word && isAbbreviation(prev.text);
      if (!abbreviation) atStart = true;
    } else if (t === ':' || t === '•') atStart = true;
  }
  closeLine(tokens, line);
  return tokens;
}

// Every abbreviation is at most five letters; an initial ("J.") is one capital.
const isAbbreviation = (word: string): boolean =>
  word.length <= 5 && (ABBREVIATIONS.has(word.toLowerCase()) || (word.length <= 2 && /^\p{Lu}$/u.test(word)));
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
// A table read per character: the scanner's inner loop runs once for every character of the text.
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
/** `c` is an ASCII letter or digit (false past the end of the text, where charCodeAt gives NaN). */
const isAsciiAlnum = (c: number): boolean => c < 128 && ASCII_ALNUM[c] === 1;
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 0x2018;
/**
 * U+2010–U+205E: dashes, curly quotes, the ellipsis, bullets. None is a letter, mark or digit, so
 * none continues a word, and one alone is a token of one character (TOKEN's `\S`).
 * (U+2028, U+2029 and U+202F in the range are white space, which never starts a token.)
 */
const isGeneralPunctuation = (c: number): boolean => c >= 0x2010 && c <= 0x205e;

/** What `\s` matches (ECMAScript WhiteSpace and LineTerminator), without a regex. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * End of the token that starts at `start` (a non-space character): where TOKEN's match ends, or
 * `to` if that is sooner. A window of a long text may end inside a word (text-windows.ts), and
 * reading on to the word's end would read a text of one word to its end once per window.
 */
function tokenEnd(text: string, start: number, to: number): number {
  const c = text.charCodeAt(start);
  // Non-ASCII letters, marks and digits, and acronyms ("U.S."), are the regex's to read.
  if (isGeneralPunctuation(c)) return start + 1;
  if (c >= 128 || (c >= 65 && c <= 90 && text.charCodeAt(start + 1) === 46)) return regexEnd(text, start, to);
  if (!isAsciiAlnum(c)) return start + 1;
  let i = start + 1;
  for (;;) {
    let d = text.charCodeAt(i);
    while (isAsciiAlnum(d) && i < to) d = text.charCodeAt(++i);
    if (i >= to) return to;
    if (isJoiner(d)) {
      const e = text.charCodeAt(i + 1);
      if (isAsciiAlnum(e)) {
        i += 2;
        continue;
      }
      if (e >= 128 && !isGeneralPunctuation(e)) return regexEnd(text, start, to);
      return i;
    }
    // A non-ASCII character may be a letter that continues the word ("nature—for" ends at the dash).
    return d >= 128 && !isGeneralPunctuation(d) ? regexEnd(text, start, to) : i;
  }
}

function regexEnd(text: string, start: number, to: number): number {
  // Within a window the regex reads only the window (a slice of a flat string costs no copy).
  const within = to < text.length ? text.slice(0, to) : text;
  TOKEN.lastIndex = start;
  TOKEN.test(within);
  return TOKEN.lastIndex;
}

/*
 * Headlines: a line where most longer words are capitalized and that does not end like a
 * sentence. Its words are counted as they are read, and the line is judged when the next begins.
 */
interface LineShape {
  /** Index of the line's first token. */
  first: number;
  /** Words of more than three letters, and how many of them are capitalized. */
  long: number;
  capital: number;
  /** Words of more than one letter, and how many of them are all capitals. */
  lettered: number;
  allCaps: number;
}

function countWord(line: LineShape, text: string, upper: boolean): void {
  line.lettered++;
  if (upper && !hasLowerCase(text)) line.allCaps++;
  if (text.length > 3) {
    line.long++;
    if (upper) line.capital++;
  }
}

/** Judges the line that ends before the next token, then starts a fresh count. */
function closeLine(tokens: Token[], line: LineShape): void {
  const end = tokens.length;
  if (end > line.first) {
    // Wire copy writes its headlines in capitals, and ends them with a period.
    const shouting = line.lettered >= 3 && line.allCaps / line.lettered >= 0.8;
    if (shouting || (line.long >= 2 && line.capital / line.long >= 0.75 && !SENTENCE_END.has(tokens[end - 1]!.text))) {
      for (let k = line.first; k < end; k++) {
        tokens[k]!.headline = true;
        tokens[k]!.shouting = shouting;
      }
    }
  }
  line.first = end;
  line.long = line.capital = line.lettered = line.allCaps = 0;
}

/** What `text !== text.toUpperCase()` says, without building the upper-case copy for ASCII words. */
export function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127) return text !== text.toUpperCase();
  }
  return false;
}
