/**
 * FNV-1a, 32 bits, over UTF-16 code units: the one hash core uses for strings (the tagger's
 * features, the word lists' tables, memoize's first-meeting bits, the list filter). Fast on short
 * keys, and a slice is hashed in place, without cutting it out.
 */
export const FNV_OFFSET = 0x811c9dc5;

/** The hash `h` carried on by one more unit (a code unit, or a byte). */
export const fnvStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);

/** The hash of `s.slice(start, end)`, without making the slice. */
export function hashRange(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = fnvStep(h, s.charCodeAt(i));
  return h >>> 0;
}

export const hashString = (s: string): number => hashRange(s, 0, s.length);
