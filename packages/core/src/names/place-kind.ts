import type { Token } from '../segment/tokenize.js';
import type { PlaceKind } from '../types.js';
import { countryPrefix } from './country-prefix.js';
import { lookupPlace } from './gazetteer.js';

const WATER_HEAD = /^(?:Sea|Ocean|River|Lake|Gulf|Bay|Strait|Straits|Canal|Channel)$/;
const WATER_LEAD = /^(?:Sea|Gulf|Lake|Bay)$/;
const REGION_HEAD = /^(?:Province|Governorate|Region|Oblast|District|County|Prefecture|Valley|Peninsula|Mountains|Desert|Islands|Heights|Plateau|State)$/;
const CITY_HEAD = /^(?:City)$/;

/**
 * The kind and gazetteer id of a place the tagger found, where its surface says: the gazetteer's
 * where it knows the name, else what its head word says ("… Sea", "… Province"); undefined
 * otherwise (see contextPlaceKind). The id is empty for a place the gazetteer does not know. Apart
 * from the tokens around it, so that a surface's facts keep it (surface-facts.ts).
 */
export function surfacePlaceKind(surface: string): { kind: PlaceKind; placeId: string } | undefined {
  const known = lookupPlace(surface);
  if (known) return { kind: known.kind, placeId: known.id };
  if (isFormalStateName(surface)) return { kind: 'country', placeId: '' };
  const words = surface.split(/\s+/);
  const head = words[words.length - 1]!;
  if (words.length > 1 && (WATER_HEAD.test(head) || WATER_LEAD.test(words[0]!))) return { kind: 'water', placeId: '' };
  if (words.length > 1 && REGION_HEAD.test(head)) return { kind: 'region', placeId: '' };
  if (words.length > 1 && CITY_HEAD.test(head)) return { kind: 'city', placeId: '' };
  return undefined;
}

/** The kind of a place whose surface says none (surfacePlaceKind): a city where a country follows after a comma ("Ufa, Russia"), else `other`. */
export function contextPlaceKind(tokens: readonly Token[], last: number): { kind: PlaceKind; placeId: string } {
  return tokens[last + 1]?.text === ',' && countryPrefix(tokens, last + 2, last + 6) > 0 ? CITY : OTHER;
}
const CITY = Object.freeze({ kind: 'city' as PlaceKind, placeId: '' });
const OTHER = Object.freeze({ kind: 'other' as PlaceKind, placeId: '' });

// "Islamic Emirate of Afghanistan", "Kingdom of Saudi Arabia": a state's formal name, the form of
// state, then "of" and a known country. Not "State of" ("Islamic State of Iraq" is no state).
const STATE_FORM = /^(?:\p{Lu}[\p{L}'’-]*\s+)*(?:Republic|Kingdom|Emirate|Federation|Sultanate|Principality|Commonwealth|Grand Duchy)\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u;
export function isFormalStateName(surface: string): boolean {
  const country = STATE_FORM.exec(surface)?.[1];
  return country !== undefined && lookupPlace(country)?.kind === 'country';
}
