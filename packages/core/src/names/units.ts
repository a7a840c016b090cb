import type { Range } from '../types.js';

// "8th brigade", "5th assault corps": military units named by number, in lower case, which no
// tagger of capitalized names finds.
const UNIT_HEADS = ['brigade', 'division', 'corps', 'regiment', 'battalion', 'army', 'fleet', 'squadron'];
const UNIT = new RegExp(`\\b\\d{1,3}(?:st|nd|rd|th) (?:[a-z]+ )?(?:${UNIT_HEADS.join('|')})\\b`, 'g');

/** Numbered military units in lower case, `within` a part of the text and outside the `blocked` test. */
export function findUnits(text: string, isBlocked: (r: Range) => boolean, within: Range = { start: 0, end: text.length }): (Range & { text: string })[] {
  const out: (Range & { text: string })[] = [];
  // No pre-search for the head words: eight substring searches over the whole text cost five
  // times the pattern's own single pass (measured), which rejects most places at the digit.
  // Searched only up to the window's end, which a slice of a flat string marks without a copy.
  const searched = within.end < text.length ? text.slice(0, within.end) : text;
  UNIT.lastIndex = within.start;
  for (let m = UNIT.exec(searched); m !== null; m = UNIT.exec(searched)) {
    const range = { start: m.index, end: m.index + m[0].length };
    if (!isBlocked(range)) out.push({ ...range, text: m[0] });
  }
  return out;
}
