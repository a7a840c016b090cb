import { hashRange } from '../../fnv-hash.js';
import { mix } from './feature-hash.js';
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
/** The most features `writeRole` writes for one word in one role. */
export const MAX_ROLE_FEATURES = 2 + LIST_BITS;

/**
 * The features that depend on one word alone, by role. Most features of a token are of this
 * kind; computing them once per distinct word lets tagging add up remembered sums instead of
 * looking up each feature of each token. Training keeps them (see groupsOf); tagging sums each
 * role as `writeRole` writes it, and keeps only the sums.
 */
export function wordGroups(c: WordCodes): WordGroups {
  const scratch = new Int32Array(MAX_ROLE_FEATURES);
  const role = (r: number) => scratch.slice(0, writeRole(c, r, scratch, 0));
  return { self: role(0), shapeOnly: 1, prev: role(1), next: role(2), prev2: role(3), next2: role(4) };
}

/**
 * Writes the features of word `c` in `role` (an index into ROLES of features.ts: the token
 * itself, the word before it, after it, two before, two after) to `out` from `at`, and returns the
 * new end. Nothing is allocated: a text of ever new words asks this of every word (issue 13).
 */
export function writeRole(c: WordCodes, role: number, out: Int32Array, at: number): number {
  switch (role) {
    case 0:
      // Shape first (word dropout keeps it), then the word, its lower case, and the prefixes and
      // suffixes of 2, 3 and 4 characters of the lower-case form; none of an acronym.
      out[at++] = mix(F.Shape, c.shape);
      out[at++] = mix(F.Exact, c.exact);
      out[at++] = mix(F.Lower, c.lower);
      return c.acronym ? at : writeAffixes(c.lowerForm, out, at);
    case 1:
      out[at++] = mix(F.PrevLower, c.lower);
      out[at++] = mix(F.PrevShape, c.shape);
      return writeLists(c.lists, F.PrevLists, out, at);
    case 2:
      out[at++] = mix(F.NextLower, c.lower);
      out[at++] = mix(F.NextShape, c.shape);
      return writeLists(c.lists, F.NextLists, out, at);
    case 3:
      out[at++] = mix(F.Prev2Lower, c.lower);
      return at;
    default:
      out[at++] = mix(F.Next2Lower, c.lower);
      return at;
  }
}

const AFFIX_LENGTHS = [2, 3, 4];

// Prefixes (affix templates 0–2), then suffixes (3–5), of a word longer than the affix: hashed
// in place, as hashString would hash the affix's string.
function writeAffixes(lower: string, out: Int32Array, at: number): number {
  const n = lower.length;
  for (let k = 0; k < AFFIX_LENGTHS.length; k++) if (n > AFFIX_LENGTHS[k]!) out[at++] = mix(mix(F.Affix, k), hashRange(lower, 0, AFFIX_LENGTHS[k]!));
  for (let k = 0; k < AFFIX_LENGTHS.length; k++) if (n > AFFIX_LENGTHS[k]!) out[at++] = mix(mix(F.Affix, AFFIX_LENGTHS.length + k), hashRange(lower, n - AFFIX_LENGTHS[k]!, n));
  return at;
}

function writeLists(lists: number, template: number, out: Int32Array, at: number): number {
  for (let b = 0; b < LIST_BITS; b++) if (lists & (1 << b)) out[at++] = mix(template, b);
  return at;
}
