import { hasLowerCase, type Token } from '../../segment/tokenize.js';
import { PARTICLE_PREFIX, stripPossessive } from '../affixes.js';
import { lookupPlace } from '../gazetteer.js';
import { continuesMultiWordPlace } from '../word-facts.js';
import { hashString } from '../../fnv-hash.js';
import { mix } from './feature-hash.js';
import { groupsOf, LIST, LIST_BIT_COUNT, newWordId, PLACE_KINDS, wordCodes, type WordCodes } from './word-codes.js';
import { F } from './word-groups.js';

/**
 * The version of the feature templates. A model stores the version it was trained with and
 * refuses to load under another: changing a template below means training again.
 */
export const FEATURE_VERSION = 6;

/**
 * The tokens of one article as the tagger sees them. A token's features are its word's groups
 * (its own, and those its neighbours lend it; see word-groups.ts) and the features of its context,
 * and only eligible tokens have any.
 */
export interface TokenFeatures {
  /** Context features of token i: `context[offsets[i] .. offsets[i + 1])`. */
  context: Int32Array;
  offsets: Int32Array;
  /** 1 where a token may belong to a name; the others are outside every name, and unscored. */
  eligible: Uint8Array;
  /** The codes of each eligible token's word and of its neighbours' (see `wordOf`). */
  codes: WordCodes[];
  /**
   * Five word ids per eligible token, in the order of ROLES: its own word's, then its neighbours'
   * (ABSENT's beyond its sentence). Scoring reads these for every token, kept where reading is cheap.
   */
  words: Int32Array;
  /** Each eligible token's lower-case word hash, and 1 where it is capitalized: what the tag history reads. */
  lower: Int32Array;
  capital: Uint8Array;
  /** Per capitalized eligible token, what the rest of the article says of its word (see documentEvidence): 1 written in lower case, 2 capitalized mid-sentence, 4 neither. */
  evidence: Uint8Array;
}

/** The roles a word plays for a token: the token itself, the word before it, after it, two before, two after. */
export const ROLES = ['self', 'prev', 'next', 'prev2', 'next2'] as const;
const ROLE_OFFSET = [0, -1, 1, -2, 2];

/** The codes of the word that plays `role` (an index into ROLES) for eligible token `i`. */
export const wordOf = (f: TokenFeatures, i: number, role: number): WordCodes =>
  f.words[i * 5 + role] === ABSENT.id ? ABSENT : f.codes[i + ROLE_OFFSET[role]!]!;

const NONE = hashString('<none>');
/** The codes that stand for a missing neighbour: a word of its own, which no text holds. */
export const ABSENT: WordCodes = {
  id: newWordId(), lower: NONE, shape: NONE, lists: 0, place: 0, capital: false, possessive: false, exact: NONE, lowerForm: '', acronym: false, groups: undefined,
};
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'ben', 'de', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'ul', 'y', 'of', 'for', 'and', 'the', '&']);
// A name holds at most this many tokens that are not capitalized in a row ("Bank of the Republic").
const MAX_GAP = 2;

// Real names' words are short (the longest place names run to about 60 letters); a longer token is
// a code, a hash or a run of capitals, and names nothing.
const MAX_NAME_WORD = 64;
/** A capitalized word (or one led by a particle, "al-Assad"): the tokens a name starts and ends with. */
function isAnchor(t: Token): boolean {
  return t.word && t.text.length <= MAX_NAME_WORD && (t.upper || (t.text.length > 3 && t.text.charCodeAt(2) === 45 && PARTICLE_PREFIX.test(t.text)) || (t.text.length > 4 && t.text.charCodeAt(3) === 45 && PARTICLE_PREFIX.test(t.text)));
}

// Scratch for the context features of one article, grown as needed and copied out at the end.
let scratch = new Int32Array(1 << 12);
const opens = (t: Token): boolean => t.lineStart || t.sentenceStart;

/** Features of every token of an article (the history of tags is added while decoding). */
export function extractFeatures(tokens: readonly Token[]): TokenFeatures {
  const n = tokens.length;
  const anchor = new Uint8Array(n);
  for (let i = 0; i < n; i++) anchor[i] = isAnchor(tokens[i]!) ? 1 : 0;
  const eligible = markEligible(tokens, anchor);
  // Codes only where features read them: eligible tokens and their neighbours. Most tokens of an
  // article are neither, and looking their words up cost more than tagging.
  const codes: WordCodes[] = new Array(n);
  const words = new Int32Array(n * 5);
  const lower = new Int32Array(n);
  const capital = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue;
    const c = (codes[i] ??= wordCodes(tokens[i]!.text));
    // Neighbours in the same sentence only: a line break ends a sentence, a headline, a dateline.
    const hasPrev = i > 0 && !opens(tokens[i]!);
    const hasNext = i + 1 < n && !opens(tokens[i + 1]!);
    words[i * 5] = c.id;
    words[i * 5 + 1] = (hasPrev ? (codes[i - 1] ??= wordCodes(tokens[i - 1]!.text)) : ABSENT).id;
    words[i * 5 + 2] = (hasNext ? (codes[i + 1] ??= wordCodes(tokens[i + 1]!.text)) : ABSENT).id;
    words[i * 5 + 3] = (hasPrev && i > 1 && !opens(tokens[i - 1]!) ? (codes[i - 2] ??= wordCodes(tokens[i - 2]!.text)) : ABSENT).id;
    words[i * 5 + 4] = (hasNext && i + 2 < n && !opens(tokens[i + 2]!) ? (codes[i + 2] ??= wordCodes(tokens[i + 2]!.text)) : ABSENT).id;
    lower[i] = c.lower;
    capital[i] = c.capital ? 1 : 0;
  }
  const place = placePhrases(tokens, codes, eligible);
  const evidence = documentEvidence(tokens, eligible);

  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    if (!eligible[i]) continue;
    // At most this many features per token: grow before, not per feature.
    if (k + 64 > scratch.length) {
      const grown = new Int32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    const ids = scratch;
    const t = tokens[i]!;
    const c = codes[i]!;
    const p1 = words[i * 5 + 1] === ABSENT.id ? ABSENT : codes[i - 1]!;
    const n1 = words[i * 5 + 2] === ABSENT.id ? ABSENT : codes[i + 1]!;
    ids[k++] = mix(F.Bias, 0);
    ids[k++] = mix(mix(F.PrevShapeShape, p1.shape), c.shape);
    ids[k++] = mix(mix(F.ShapeNextShape, c.shape), n1.shape);
    ids[k++] = mix(mix(F.PrevLowerLower, p1.lower), c.lower);
    ids[k++] = mix(mix(F.LowerNextLower, c.lower), n1.lower);
    // Where the token stands: a capital at a sentence start or in a headline says little.
    const position = (t.sentenceStart ? 1 : 0) | (t.headline ? 2 : 0) | (t.shouting ? 4 : 0) | (t.lineStart ? 8 : 0);
    ids[k++] = mix(mix(F.Position, position), c.shape);
    for (let b = 0; b < LIST_BIT_COUNT; b++) if (c.lists & (1 << b)) ids[k++] = mix(mix(F.Lists, b), position & 3);
    if (place[i]) ids[k++] = mix(F.PlacePhrase, place[i]!);
    if (evidence[i]) ids[k++] = mix(mix(F.SeenLower, evidence[i]!), position & 3);
    if (!t.upper && PARTICLES.has(t.text)) ids[k++] = mix(F.Particle, c.lower);
    if (c.possessive) ids[k++] = mix(F.Possessive, 0);
  }
  offsets[n] = k;
  return { context: scratch.slice(0, k), offsets, eligible, codes, words, lower, capital, evidence };
}

/**
 * All feature ids of token `i`, written to `out` from `at`; returns the new end. Training reads
 * features this way; tagging adds up the same features by group (name-model.ts). `forget` drops
 * the word's own identity (word, lower case, affixes) but not its shape: word dropout, so that the
 * model learns to read names it has never seen from their context and the word lists.
 */
export function expandFeatures(f: TokenFeatures, i: number, out: Int32Array, at: number, forget = false): number {
  const self = groupsOf(f.codes[i]!);
  at = copy(self.self, forget ? self.shapeOnly : self.self.length, out, at);
  for (let role = 1; role < ROLES.length; role++) {
    const lent = groupsOf(wordOf(f, i, role))[ROLES[role]!];
    at = copy(lent, lent.length, out, at);
  }
  for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) out[at++] = f.context[k]!;
  return at;
}

/** The most features `expandFeatures` writes for one token. */
export const MAX_FEATURES = 96;

function copy(from: Int32Array, count: number, out: Int32Array, at: number): number {
  for (let k = 0; k < count; k++) out[at++] = from[k]!;
  return at;
}

/**
 * Tokens that may belong to a name: capitalized words, and up to MAX_GAP tokens between two of
 * them in one sentence ("Bank of England", "AT&T", "Gen. Valery Gerasimov"), unless one of those
 * separates names (a comma, a bracket). Most tokens of an article are not, and the tagger spends
 * nothing on them.
 */
function markEligible(tokens: readonly Token[], anchor: Uint8Array): Uint8Array {
  const n = tokens.length;
  const eligible = new Uint8Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    // A name never runs across a line or a sentence end.
    if (tokens[i]!.lineStart || tokens[i]!.sentenceStart) last = -1;
    if (!anchor[i]) continue;
    eligible[i] = 1;
    if (last >= 0 && i - last - 1 <= MAX_GAP && gapJoins(tokens, last + 1, i)) for (let j = last + 1; j < i; j++) eligible[j] = 1;
    last = i;
  }
  return eligible;
}

// Punctuation that separates names rather than joins them ("Qardaha, Syria", "(Reuters)").
const SEPARATORS = new Set([',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '!', '?']);
function gapJoins(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (SEPARATORS.has(tokens[j]!.text)) return false;
  return true;
}

/**
 * Known places of up to four words, as BILOU parts with their kind: a gazetteer hit is a feature,
 * not a verdict ("Washington" the city, the state, the government, the person).
 */
function placePhrases(tokens: readonly Token[], codes: readonly WordCodes[], eligible: Uint8Array): Uint8Array {
  const out = new Uint8Array(tokens.length);
  const mark = (first: number, count: number, kind: number) => {
    if (count === 1) out[first] = 4 * 8 + kind;
    else for (let j = 0; j < count; j++) out[first + j] = (j === 0 ? 1 : j === count - 1 ? 3 : 2) * 8 + kind;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!eligible[i]) continue;
    const c = codes[i]!;
    let matched = 0;
    if (c.lists & LIST.multiPlaceStart) {
      let words = 1;
      while (words < 4 && i + words < tokens.length && !tokens[i + words]!.lineStart && tokens[i + words]!.word && continuesMultiWordPlace(tokens[i + words]!)) words++;
      for (let count = words; count >= 2 && !matched; count--) {
        let phrase = tokens[i]!.text;
        for (let j = 1; j < count; j++) phrase += ` ${tokens[i + j]!.text}`;
        const hit = lookupPlace(phrase);
        if (hit) {
          mark(i, count, 1 + PLACE_KINDS.indexOf(hit.kind));
          matched = count;
        }
      }
    }
    if (matched) i += matched - 1;
    // A small town that is also a family name ("Obama") is a place only where the sentence says so.
    else if (c.place && !(c.lists & LIST.weakPlace)) mark(i, 1, c.place);
  }
  return out;
}

// "Zorbin’s" is evidence for "zorbin": the word without its possessive, in lower case.
const evidenceKey = (t: Token): string => stripPossessive(t.text).toLowerCase();

/**
 * What the rest of the article says of a capitalized word: 1 when it is also written in lower
 * case (a common word), 2 when it is written capitalized in the middle of a sentence (a name), 3
 * both. "Leicestershire" in a headline of capitals takes the evidence of "Leicestershire" below.
 */
function documentEvidence(tokens: readonly Token[], eligible: Uint8Array): Uint8Array {
  // The lower-case forms of the article's capitalized words, then which of them the article also
  // writes in lower case. Most lower-case words cannot be one of them: a table of (first letter,
  // length) pairs of the capitalized words spares the look-up for those.
  const asked = new Map<string, number>();
  const keys: (string | undefined)[] = new Array(tokens.length);
  const shapes = new Uint8Array(128 * 32);
  const shapeOf = (w: string): number => (w.charCodeAt(0) & 127) * 32 + Math.min(w.length, 31);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!eligible[i] || !t.word || !t.upper) continue;
    const lower = (keys[i] = evidenceKey(t));
    const seen = asked.get(lower) ?? 0;
    asked.set(lower, seen | (!t.sentenceStart && !t.headline ? 2 : 0));
    shapes[shapeOf(lower)] = 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.upper || !shapes[shapeOf(t.text)]) continue;
    const seen = asked.get(t.text);
    if (seen !== undefined) asked.set(t.text, seen | 1);
  }
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!eligible[i] || !t.word || !t.upper) continue;
    // "US" and "us", "WHO" and "who" are different words: an acronym outside a line of capitals
    // takes no evidence from the lower-case word.
    const acronym = !t.shouting && !hasLowerCase(t.text);
    const seen = asked.get(keys[i]!)!;
    out[i] = (acronym ? seen & 2 : seen) || 4;
  }
  return out;
}
