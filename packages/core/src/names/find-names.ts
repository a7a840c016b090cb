import type { Range } from '../types.js';
import { tokenize, type Token } from '../segment/tokenize.js';
import { findCandidates, stripPossessive, trimAffixes } from './candidates.js';
import { classify, type NameClass } from './classify.js';
import { fold } from './gazetteer.js';
import { placePrefix, splitCandidate, type Piece } from './split.js';

/** A name found in the text, before it is linked to an entity. */
export type NameMention = Range & NameClass & { text: string; role?: string };

/** Actors and places in `text`, outside the `blocked` ranges (chrome, dates, front matter). */
export function findNames(text: string, blocked: readonly Range[]): NameMention[] {
  const tokens = trimAffixes(tokenize(text), text);
  const isBlocked = blockedTest(blocked);
  const found: { piece: Piece; cls: NameClass | null; surface: string }[] = [];
  for (const candidate of findCandidates(text, tokens, isBlocked)) {
    for (const piece of splitCandidate(candidate.tokens, text)) {
      const first = piece.tokens[0]!;
      const last = piece.tokens[piece.tokens.length - 1]!;
      const index = first.index;
      const after = tokens[last.index + 1];
      const cls = classify(piece, { text, prev: tokens[index - 1], next: after, commaCountry: commaCountry(tokens, last.index), sentenceStart: first.sentenceStart || first.headline });
      found.push({ piece, cls, surface: surfaceOf(text, piece.tokens) });
    }
  }
  harmonize(found);
  const units = findUnits(text, isBlocked, tokens);
  const out: NameMention[] = [...units];
  for (const { piece, cls, surface } of found) {
    // Pieces never overlap one another (they are disjoint runs of tokens): only units can.
    if (!cls || units.some((u) => u.start < piece.tokens[0]!.end && piece.tokens[0]!.start < u.end)) continue;
    const start = piece.tokens[0]!.start;
    // The surface is the text from the first token on, without a possessive ending.
    const name = { start, end: start + surface.length, text: surface, type: cls.type, kind: cls.kind } as NameMention;
    if (cls.placeId !== undefined) name.placeId = cls.placeId;
    if (piece.role !== undefined && cls.kind === 'person') name.role = piece.role;
    out.push(name);
  }
  return out;
}

// "Ufa, Russia": the length of a country that follows token `i` after a comma (not a possessive one,
// "Lavrov, Russia's foreign minister", which is an apposition).
function commaCountry(tokens: readonly Token[], i: number): number {
  if (tokens[i + 1]?.text !== ',') return 0;
  const following = tokens.slice(i + 2, i + 6);
  const n = placePrefix(following);
  if (n === 0 || following[n - 1]!.text !== stripPossessive(following[n - 1]!.text)) return 0;
  // The country ends the phrase ("Ufa, Russia, on Friday"), unlike "the Cold War, U.S. officials said".
  const after = following[n];
  if (after === undefined || after.lineStart || !after.word || after.upper) return after?.text === "'" || after?.text === '’' ? 0 : n;
  return CLAUSE_WORDS.test(after.text) ? n : 0;
}
const CLAUSE_WORDS = /^(?:on|in|at|and|or|but|to|for|with|where|when|which|who|after|before|during|since|from|is|was|were|has|have|had|said|says)$/;

// "8th brigade", "5th assault corps": military units named by number, in lower case.
const UNIT_HEADS = ['brigade', 'division', 'corps', 'regiment', 'battalion', 'army', 'fleet', 'squadron'];
const UNIT = new RegExp(`\\b\\d{1,3}(?:st|nd|rd|th) (?:[a-z]+ )?(?:${UNIT_HEADS.join('|')})\\b`, 'g');
function findUnits(text: string, isBlocked: (t: Token) => boolean, tokens: readonly Token[]): NameMention[] {
  const out: NameMention[] = [];
  // No pre-search for the head words: eight substring searches over the whole text cost five
  // times the pattern's own single pass (measured), which rejects most places at the digit.
  if (tokens.length === 0) return out;
  for (const m of text.matchAll(UNIT)) {
    const range = { start: m.index, end: m.index + m[0].length };
    if (isBlocked({ ...tokens[0]!, ...range })) continue;
    out.push({ ...range, text: m[0], type: 'actor', kind: 'organization' });
  }
  return out;
}

// The surface without a possessive ending ("Dunford’s" → "Dunford").
function surfaceOf(text: string, tokens: readonly Token[]): string {
  const last = tokens[tokens.length - 1]!;
  const raw = text.slice(tokens[0]!.start, last.end);
  return raw.slice(0, raw.length - (last.text.length - stripPossessive(last.text).length));
}

// One sense per document: a name that is a person once is a person throughout, and a lone
// family name takes the class of the full name it shortens.
// Most surfaces are single-spaced already; only the others are rebuilt.
const IRREGULAR_SPACE = /[^\S ]| {2}/;

function harmonize(found: { piece: Piece; cls: NameClass | null; surface: string }[]): void {
  // Per surface, the classes it was given with their weights (a few at most: a list, not a map).
  const votes = new Map<string, Array<{ cls: NameClass; n: number }>>();
  const personWords = new Set<string>();
  // Each surface is folded once: these are fresh strings, and folding them dominated this step.
  const keys = found.map((f) => fold(IRREGULAR_SPACE.test(f.surface) ? f.surface.replace(/\s+/g, ' ') : f.surface));
  found.forEach((f, i) => {
    if (!f.cls) return;
    const key = keys[i]!;
    const weight = f.piece.hint ? 3 : f.cls.type === 'place' && !f.cls.placeId ? 2 : 1;
    let byClass = votes.get(key);
    if (byClass === undefined) votes.set(key, (byClass = []));
    // Kinds are unique across types (person, organization; country, city, …): the kind is the class.
    const ck = f.cls.kind;
    let v = byClass.find((x) => x.cls.kind === ck);
    if (v === undefined) byClass.push((v = { cls: f.cls, n: 0 }));
    v.n += weight;
    if (f.cls.kind === 'person') {
      const firstSpace = key.indexOf(' ');
      if (firstSpace > 0) {
        personWords.add(key.slice(key.lastIndexOf(' ') + 1));
        personWords.add(key.slice(0, firstSpace));
      }
    }
  });
  found.forEach((f, i) => {
    const key = keys[i]!;
    if (!key.includes(' ') && personWords.has(key) && f.cls?.type !== 'place') {
      f.cls = { type: 'actor', kind: 'person' };
      return;
    }
    const byClass = votes.get(key);
    if (!byClass) return;
    let best: { cls: NameClass; n: number } | undefined;
    for (const v of byClass) if (!best || v.n > best.n) best = v;
    // An unclassified occurrence follows only a confident sense (one a title or context gave).
    if (best && (f.cls || best.n >= 2)) f.cls = best.cls;
  });
}

function blockedTest(blocked: readonly Range[]): (t: Token) => boolean {
  const sorted = [...blocked].sort((a, b) => a.start - b.start);
  return (t: Token) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.end <= t.start) lo = mid + 1;
      else hi = mid;
    }
    const r = sorted[lo];
    return r !== undefined && r.start < t.end;
  };
}
