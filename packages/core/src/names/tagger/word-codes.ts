import { memoize } from '../../memoize.js';
import { stripPossessive } from '../affixes.js';
import { FACT, factsOf } from '../word-facts.js';
import { FNV_OFFSET, fnvStep, hashString } from '../../fnv-hash.js';
import { wordGroups } from './word-groups.js';

/** What the tagger's features read of one word, as hashes and bits: computed once per distinct word. */
export interface WordCodes {
  exact: number;
  lower: number;
  /** The lower-case form whose hash is `lower` ("russia" for "Russia’s", "us" for "U.S."). */
  lowerForm: string;
  shape: number;
  /** Written in capitals and short ("NATO", "US"): its letters are initials, its affixes say nothing. */
  acronym: boolean;
  /** Bits of LIST_BITS: what the word lists say of the word. */
  lists: number;
  /** 1 + index into PLACE_KINDS when the word alone is a known place, else 0. */
  place: number;
  /** Starts with an upper-case letter. */
  capital: boolean;
  /** Ends in a possessive ("Russia’s", "Leeds'"), which the other codes leave out. */
  possessive: boolean;
  /**
   * The word's feature groups (see word-groups.ts), once `groupsOf` has mixed them. Tagging sums
   * them once per word and keeps only the sums (see name-model.ts); training reads them for every
   * token, and keeps them here.
   */
  groups: WordGroups | undefined;
  /**
   * A number of its own (from 1): a model remembers each word's summed scores under it, in typed
   * arrays (see name-model.ts), since tagging reads them for every token and an object per word
   * read at random costs a cache miss each.
   */
  id: number;
}

/** Feature ids of one word, by the role it plays for the token being tagged. */
export interface WordGroups {
  /** The word's own features: shape, then its identity (word, lower case, affixes). */
  self: Int32Array;
  /** How many of `self` are shape features, which word dropout keeps. */
  shapeOnly: number;
  prev: Int32Array;
  next: Int32Array;
  prev2: Int32Array;
  next2: Int32Array;
}

export const PLACE_KINDS = ['country', 'city', 'region', 'water', 'continent', 'other'] as const;

/** The word lists the tagger reads, one bit each (gazetteers and closed classes become features). */
export const LIST = {
  given: 1 << 0,
  personal: 1 << 1,
  common: 1 << 2,
  title: 1 << 3,
  titleHead: 1 << 4,
  service: 1 << 5,
  orgHead: 1 << 6,
  leadingOrgHead: 1 << 7,
  group: 1 << 8,
  demonym: 1 << 9,
  weakPlace: 1 << 10,
  multiPlaceStart: 1 << 11,
} as const;
export const LIST_BIT_COUNT = 12;

/**
 * The shape of a word with runs collapsed: "Gerasimov" → "Xx", "U.S." → "X.X.", "1996-08-30" →
 * "d-d-d", "McCain" → "XxXx". Letters outside ASCII count by their case.
 */
export function shapeOf(word: string): string {
  let out = '';
  forEachShapeUnit(word, (unit) => (out += String.fromCharCode(unit)));
  return out;
}

/** hashString(shapeOf(word)), without making the string: asked of every new word. */
export function shapeHash(word: string): number {
  let h = FNV_OFFSET;
  forEachShapeUnit(word, (unit) => (h = fnvStep(h, unit)));
  return h >>> 0;
}

const X = 88;
const LOWER_X = 120;
const D = 100;
/** The code units of a word's shape, runs collapsed, in order. */
function forEachShapeUnit(word: string, unit: (c: number) => void): void {
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let k: number;
    if (c >= 65 && c <= 90) k = X;
    else if (c >= 97 && c <= 122) k = LOWER_X;
    else if (c >= 48 && c <= 57) k = D;
    else if (c < 128) k = c;
    else {
      const ch = word[i]!;
      k = ch !== ch.toLowerCase() ? X : ch !== ch.toUpperCase() ? LOWER_X : c;
    }
    if (k !== last) unit(k);
    last = k;
  }
}

// "U.S.", "U.N.": an acronym written with periods is the same word as without ("US", "UN").
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}?\.?$/u;

function codesOf(written: string): WordCodes {
  // "Russia’s" is read as "Russia": the training corpora split possessives off, and a word's
  // statistics should not depend on the apostrophe a site types.
  const bare = stripPossessive(written);
  const possessive = bare.length < written.length;
  const word = possessive ? bare : written;
  const form = word.length > 2 && word.charCodeAt(1) === 46 && DOTTED_ACRONYM.test(word) ? word.replace(/\./g, '') : word.includes('’') ? word.replace(/’/g, "'") : word;
  const lower = form.toLowerCase();
  // An acronym's letters are initials: its prefixes and suffixes say nothing ("ISIS" is no "crisis").
  const acronym = form.length <= 6 && form === form.toUpperCase() && form !== lower;
  // Word lists are asked of capitalized words only: a name's neighbours in lower case ("said",
  // "of") need none of them, and the look-ups cost more than all the rest.
  const letter = /^\p{Lu}/u.test(word);
  const facts = letter ? factsOf(word) : undefined;
  const f = facts?.flags ?? 0;
  const lists = !facts
    ? 0
    : (f & FACT.given ? LIST.given : 0) |
      (f & (FACT.personal | FACT.given) ? LIST.personal : 0) |
      // "US" is not "us", nor "WHO" "who": an acronym is no common word.
      (f & FACT.common && !acronym ? LIST.common : 0) |
      (f & FACT.title ? LIST.title : 0) |
      (f & FACT.titleHead ? LIST.titleHead : 0) |
      (f & FACT.service ? LIST.service : 0) |
      (f & FACT.orgHead ? LIST.orgHead : 0) |
      (f & FACT.leadingOrgHead ? LIST.leadingOrgHead : 0) |
      (f & FACT.group ? LIST.group : 0) |
      (facts.demonym !== undefined ? LIST.demonym : 0) |
      (facts.place?.weak ? LIST.weakPlace : 0) |
      (f & FACT.multiStart ? LIST.multiPlaceStart : 0);
  const place = facts?.place ? 1 + PLACE_KINDS.indexOf(facts.place.kind) : 0;
  const c = word.charCodeAt(0);
  const capital = (c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0]!.toLowerCase());
  // One literal, the fields tagging reads for every token first: they share the object's first cache line.
  return { id: newWordId(), lower: hashString(lower), shape: shapeHash(word), lists, place, capital, possessive, exact: hashString(form), lowerForm: lower, acronym, groups: undefined };
}

/** The feature groups of a word, mixed on first use and kept on its codes. */
export const groupsOf = (codes: WordCodes): WordGroups => (codes.groups ??= wordGroups(codes));
let lastWordId = 0;
/** A number no other word's codes have. */
export const newWordId = (): number => ++lastWordId;

/** The codes of a word; remembered, since the same words recur within and across articles. */
// Remembered from a word's second meeting on (features.ts asks once per token it reads): a text of
// ever new words (a list of names, a hostile file) would fill the table with answers asked for once.
export const wordCodes: (word: string) => WordCodes = memoize(codesOf, 200_000, { from: 'second meeting' });
