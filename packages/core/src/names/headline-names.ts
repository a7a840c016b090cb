import type { Token } from '../segment/tokenize.js';
import { NAME_TYPES, type TokenSpan } from './tagger/labels.js';

const PERSON = NAME_TYPES.indexOf('person');
const OTHER = NAME_TYPES.indexOf('other');

/**
 * A title-case headline capitalizes every word, so a name the tagger read there can run on into
 * the words beside it ("Biden Visits Ukraine" as one organization). Where the article's body never
 * names the whole span but names parts of it ("Joe Biden", "Ukraine"), the span becomes those
 * parts, each with the type the body gives it: two parts or more, or one that opens the span
 * ("Tesla" of "Tesla Recalls"). Spans the body does not speak of stay as they are,
 * and so do those of title-case lines with numbers, which are a table's rows ("1. Erik Breukink
 * (Netherlands) Rabobank 4:21:30"), not headlines.
 * `spans` are in text order, and so is the result.
 */
export function splitHeadlineNames(spans: readonly TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  const titleCaseLine = (s: TokenSpan) => tokens[s.first]!.headline && !tokens[s.first]!.shouting;
  // Most articles have no name of several words on a title-case line: nothing else is made for them.
  if (!spans.some((s) => s.last > s.first && titleCaseLine(s))) return spans as TokenSpan[];
  const numbered = numberedLines(tokens);
  const inTitleCase = (s: TokenSpan) => titleCaseLine(s) && !numbered[s.first];
  // What the body names, by its words; a person's family name alone too ("Biden" of "Joe Biden").
  const body = new Map<string, number>();
  for (const s of spans) {
    if (inTitleCase(s) || s.type === OTHER) continue;
    const words = wordsOf(tokens, s.first, s.last);
    if (!body.has(words)) body.set(words, s.type);
    if (s.type === PERSON && s.last > s.first && !body.has(tokens[s.last]!.text)) body.set(tokens[s.last]!.text, PERSON);
  }
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (s.last === s.first || !inTitleCase(s) || body.has(wordsOf(tokens, s.first, s.last))) {
      out.push(s);
      continue;
    }
    // The longest parts the body names, from left to right.
    const parts: TokenSpan[] = [];
    for (let i = s.first; i <= s.last; i++) {
      for (let last = s.last - (i === s.first ? 1 : 0); last >= i; last--) {
        const type = body.get(wordsOf(tokens, i, last));
        if (type === undefined) continue;
        parts.push({ first: i, last, type });
        i = last;
        break;
      }
    }
    // One part that ends the span is a person's family name the body writes alone ("Mark Waugh"
    // and "Waugh"), not a name run on into other words: the span stays.
    if (parts.length === 0 || (parts.length === 1 && parts[0]!.first > s.first)) out.push(s);
    else for (const p of parts) out.push(p);
  }
  return out;
}

function wordsOf(tokens: readonly Token[], first: number, last: number): string {
  let words = tokens[first]!.text;
  for (let i = first + 1; i <= last; i++) words += ` ${tokens[i]!.text}`;
  return words;
}

/** 1 for each token whose line holds a number (a token that starts with a digit). */
function numberedLines(tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let first = 0; first < tokens.length; ) {
    let end = first + 1;
    while (end < tokens.length && !tokens[end]!.lineStart) end++;
    for (let i = first; i < end; i++) {
      const c = tokens[i]!.text.charCodeAt(0);
      if (c >= 48 && c <= 57) {
        out.fill(1, first, end);
        break;
      }
    }
    first = end;
  }
  return out;
}
