import type { PlaceKind } from '../types.js';
import { lookupPlace } from './gazetteer.js';

// Known places joined by hyphens, dashes, commas or "and".
const PLACE_SEPARATOR = /\s*(?:[-–]|,|\band\b)\s*/gu;
const HAS_SEPARATOR = /[-–,]| and /;

/** The places of a surface that lists known places ("US-Russia"), with their offsets; undefined otherwise. */
export function placeList(surface: string): { offset: number; text: string; kind: PlaceKind; placeId: string }[] | undefined {
  if (!HAS_SEPARATOR.test(surface) || lookupPlace(surface)) return undefined;
  const parts: { offset: number; text: string; kind: PlaceKind; placeId: string }[] = [];
  let from = 0;
  for (const sep of [...surface.matchAll(PLACE_SEPARATOR), { index: surface.length, 0: '' }]) {
    const text = surface.slice(from, sep.index);
    const known = lookupPlace(text);
    if (!known || known.weak || !text) return undefined;
    parts.push({ offset: from, text, kind: known.kind, placeId: known.id });
    from = sep.index! + sep[0]!.length;
  }
  return parts.length > 1 ? parts : undefined;
}
