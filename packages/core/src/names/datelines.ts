import type { Token } from '../segment/tokenize.js';
import type { Range } from '../types.js';
import { lookupPlace } from './gazetteer.js';
import { NAME_TYPES, type TokenSpan } from './tagger/labels.js';

const ORGANIZATION = NAME_TYPES.indexOf('organization');
const PLACE = NAME_TYPES.indexOf('place');

/**
 * The positions in `spans` of the places of a dateline: places that open a line and are followed
 * on it, past commas and other places only, by a date or a wire credit ("NEW YORK 1996-08-30",
 * "BERN, Dec. 18 (Reuters) -", "TAVILDARA, Tajikistan 1996-08-30", "BEIRUT (AP) —"). A dateline
 * says where the article was written: a place, whatever the same words stand for elsewhere in it
 * (a team in a table).
 */
export function datelinePlaces(spans: readonly TokenSpan[], tokens: readonly Token[], isDate: (t: Range) => boolean): Set<number> {
  // By token, the span that starts there (-1: none); an array, not a map, of a few hundred tokens.
  const byFirst = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, n) => (byFirst[s.first] = n));
  const out = new Set<number>();
  spans.forEach((span, n) => {
    if (span.type !== PLACE || !tokens[span.first]!.lineStart) return;
    const places = [n];
    for (let i = span.last + 1; i < tokens.length && !tokens[i]!.lineStart; ) {
      const t = tokens[i]!;
      const next = byFirst[i]!;
      if (t.text === ',') i++;
      else if (next >= 0 && spans[next]!.type === PLACE) {
        places.push(next);
        i = spans[next]!.last + 1;
      } else {
        if (isDate(t) || wireCredit(tokens, i) > 0) for (const p of places) out.add(p);
        return;
      }
    }
  });
  return out;
}

// An agency's name is short ("AP", "Reuters", "Agence France-Presse").
const MAX_CREDIT_TOKENS = 4;
// "SANAA, Yemen, Dec. 18": a dateline's place and date hold a few words.
const MAX_DATELINE_TOKENS = 10;
const DASHES = new Set(['-', '--', '–', '—']);

/**
 * The last token of the agency credited at token `open` ("(" of "BEIRUT (AP) —"), or -1: a
 * capitalized name of at most four words in brackets, then a dash, on the line of a dateline, where
 * only capitalized words, numbers and commas come before it.
 */
export function wireCredit(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(' || tokens[open]!.lineStart) return -1;
  let close = open + 1;
  while (close < tokens.length && close - open <= MAX_CREDIT_TOKENS + 1 && tokens[close]!.text !== ')' && !tokens[close]!.lineStart) close++;
  const first = tokens[open + 1];
  const dash = tokens[close + 1];
  // "Radnicki (N) - Spartak": one letter in brackets is a table's mark, not an agency.
  if (close === open + 1 || tokens[close]?.text !== ')' || !first!.upper || first!.text.length < 2 || !dash || dash.lineStart || !DASHES.has(dash.text)) return -1;
  for (let i = open - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (open - i > MAX_DATELINE_TOKENS || !(t.upper || /^[\d.,]+$/.test(t.text))) return -1;
    if (t.lineStart) return close - 1;
  }
  return -1;
}

/**
 * "BEIRUT (AP) — The talks …": the article's first sentence starts after a wire credit's dash, on
 * the dateline's own line, and its first word is capitalized as any sentence's is. Marks that token
 * as a sentence start, as the tokenizer marks those after a full stop; before tagging, which reads it.
 */
export function markSentencesAfterCredits(tokens: readonly Token[]): void {
  for (let open = 1; open < tokens.length; open++) {
    if (tokens[open]!.text !== '(') continue;
    const last = wireCredit(tokens, open);
    const first = tokens[last + 3];
    if (last >= 0 && first && !first.lineStart && first.word) first.sentenceStart = true;
  }
}

/**
 * A wire dateline's credit is an organization, whatever the tagger made of an acronym it never
 * met ("AP" as a place, defining "BEIRUT"), and a known place before it on the line is a place
 * ("ATHENS (AP) —"). Datelines without a known place are left as they are ("Radnicki (Belgrade) -
 * Spartak", a table's line). `spans` are in text order, and so is the result.
 */
export function withWireCredits(spans: readonly TokenSpan[], tokens: readonly Token[], text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  const placeAt = (s: TokenSpan) => s.type === PLACE || knownPlace(text.slice(tokens[s.first]!.start, tokens[s.last]!.end));
  // One pass over tokens and spans together: a text of a million datelines has as many credits.
  let k = 0;
  let line = 0;
  for (let open = 0; open < tokens.length; open++) {
    if (tokens[open]!.lineStart) line = open;
    if (tokens[open]!.text !== '(') continue;
    const last = wireCredit(tokens, open);
    if (last < 0) continue;
    while (k < spans.length && spans[k]!.first < line) out.push(spans[k++]!);
    let before = k;
    while (before < spans.length && spans[before]!.last < open) before++;
    const dateline = spans.slice(k, before);
    if (!dateline.some(placeAt)) continue;
    for (const s of dateline) out.push(s.type !== PLACE && placeAt(s) ? { ...s, type: PLACE } : s);
    // What the tagger made of the bracket and the credit gives way to it.
    k = before;
    while (k < spans.length && spans[k]!.first <= last + 1) k++;
    out.push({ first: open + 1, last, type: ORGANIZATION });
  }
  while (k < spans.length) out.push(spans[k++]!);
  return out;
}

// A dateline writes its place in capitals, which the gazetteer reads as a code when short ("ROME",
// "KYIV" are not "US"): asked again in title case.
const knownPlace = (surface: string): boolean =>
  lookupPlace(surface) !== undefined || (surface === surface.toUpperCase() && lookupPlace(surface.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase())) !== undefined);
