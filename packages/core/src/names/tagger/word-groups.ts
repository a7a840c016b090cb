import { hashString, mix } from './feature-hash.js';
import type { WordCodes, WordGroups } from './word-codes.js';

/**
 * Template numbers: each feature is a template mixed with the values it reads. Shared by the
 * word groups below and the features of a token in its context (features.ts).
 */
export const F = {
  Bias: 1,
  Exact: 2,
  Lower: 3,
  Shape: 4,
  Affix: 5,
  PrevLower: 6,
  NextLower: 7,
  Prev2Lower: 8,
  Next2Lower: 9,
  PrevShape: 10,
  NextShape: 11,
  PrevShapeShape: 12,
  ShapeNextShape: 13,
  PrevLowerLower: 14,
  LowerNextLower: 15,
  Position: 16,
  Lists: 17,
  PrevLists: 18,
  NextLists: 19,
  PlacePhrase: 20,
  SeenLower: 21,
  Particle: 22,
  Possessive: 23,
} as const;

const LIST_BITS = 12;
const AFFIX_LENGTHS = [2, 3, 4];

/**
 * The features that depend on one word alone, by role. Most features of a token are of this
 * kind; computing them once per distinct word lets tagging add up remembered sums instead of
 * looking up each feature of each token.
 */
export function wordGroups(c: WordCodes): WordGroups {
  const self = [mix(F.Shape, c.shape), mix(F.Exact, c.exact), mix(F.Lower, c.lower)];
  // Prefixes, then suffixes, of 2, 3 and 4 characters of the lower-case form; none of an acronym.
  const lower = c.lowerForm;
  if (!c.acronym) {
    for (let k = 0; k < AFFIX_LENGTHS.length; k++) if (lower.length > AFFIX_LENGTHS[k]!) self.push(mix(mix(F.Affix, k), hashString(lower.slice(0, AFFIX_LENGTHS[k]))));
    for (let k = 0; k < AFFIX_LENGTHS.length; k++) if (lower.length > AFFIX_LENGTHS[k]!) self.push(mix(mix(F.Affix, AFFIX_LENGTHS.length + k), hashString(lower.slice(-AFFIX_LENGTHS[k]!))));
  }
  const prev = [mix(F.PrevLower, c.lower), mix(F.PrevShape, c.shape)];
  const next = [mix(F.NextLower, c.lower), mix(F.NextShape, c.shape)];
  for (let b = 0; b < LIST_BITS; b++) {
    if (!(c.lists & (1 << b))) continue;
    prev.push(mix(F.PrevLists, b));
    next.push(mix(F.NextLists, b));
  }
  return {
    self: Int32Array.from(self),
    shapeOnly: 1,
    prev: Int32Array.from(prev),
    next: Int32Array.from(next),
    prev2: Int32Array.of(mix(F.Prev2Lower, c.lower)),
    next2: Int32Array.of(mix(F.Next2Lower, c.lower)),
  };
}
