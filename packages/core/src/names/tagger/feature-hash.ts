/**
 * Features are 32-bit integers: a template number mixed with the hashes of the strings it reads.
 * Tagging never builds a feature string; the hashes of a word are computed once per distinct word.
 */

/** Mixes `b` into `a` (murmur3's finalizer over their combination): order matters, bits spread. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  // 0 marks an empty slot in the model's table: no feature may hash to it.
  return h >>> 0 || 1;
}
