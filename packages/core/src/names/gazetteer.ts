import data from '../generated/gazetteer.json';
import type { PlaceKind } from '../types.js';
import { memoize } from '../memoize.js';
import { WORLD_REGIONS } from './world-regions.js';

/** Lower case without accents: the key every name list is looked up by. */
// Most names are ASCII: skip Unicode normalization for them, it dominates the cost otherwise.
const ASCII = /^[\x00-\x7f]*$/;
const foldUncached = (s: string): string => (ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
// The same token texts and surfaces are folded again and again (every list look-up folds).
export const fold: (s: string) => string = memoize(foldUncached);

export interface PlaceEntry {
  id: string;
  kind: PlaceKind;
  /** A small city that is also a personal name: a place only where context says so. */
  weak?: boolean;
}

const places = data.places as unknown as Record<string, [string, PlaceKind, 1?]>;
const demonyms = data.demonyms as Record<string, string>;
let sets: { given: Set<string>; personal: Set<string>; common: Set<string> } | undefined;
// Built on first use: splitting 200,000 names costs a few milliseconds once per process.
const lazySets = () => (sets ??= {
  given: new Set(data.givenNames.split('|')),
  personal: new Set(data.personalNames.split('|')),
  common: new Set(data.commonWords.split('|')),
});

/** A place from the generated gazetteer or the closed list of world regions. */
// Capitalized phrases repeat within and across articles; each is looked up once.
const placeOf = memoize((name: string) => findPlace(name) ?? null);
export const lookupPlace = (name: string): PlaceEntry | undefined => placeOf(name) ?? undefined;

function findPlace(name: string): PlaceEntry | undefined {
  const clean = name.replace(/’/g, "'").replace(/\. (?=\p{Lu}\.)/gu, '.');
  const region = WORLD_REGIONS.get(fold(clean));
  if (region) return region;
  const short = clean.length <= 4 && clean === clean.toUpperCase();
  const key = short ? clean : fold(clean);
  // Own keys only: "constructor" or "toString" in an article are no places.
  const hit = Object.hasOwn(places, key) ? places[key] : undefined;
  return hit ? { id: hit[0], kind: hit[1], ...(hit[2] === 1 && { weak: true }) } : undefined;
}

// Most capitalized words begin no place of several words; callers ask this before they build
// phrases to look up, since building and hashing those phrases dominated name finding.
let multiWordStarts: Set<string> | undefined;
const multiWordFirsts = (): Set<string> => {
  if (multiWordStarts) return multiWordStarts;
  multiWordStarts = new Set();
  for (const key of [...Object.keys(places), ...WORLD_REGIONS.keys()]) {
    const space = key.indexOf(' ');
    if (space > 0) multiWordStarts.add(key.slice(0, space));
  }
  return multiWordStarts;
};
/** True when some place of several words starts with `word` ("United" → United States). */
export const startsMultiWordPlace = memoize((word: string): boolean => multiWordFirsts().has(fold(word.replace(/’/g, "'"))));

// What the word lists say about one word. Name finding asks several of these questions about
// every capitalized token, many times over; each distinct word is looked up once.
const GIVEN = 1;
const PERSONAL = 2;
const COMMON = 4;
const flagsOf = memoize((word: string): number => {
  const { given, personal, common } = lazySets();
  const key = fold(word);
  return (given.has(key) ? GIVEN : 0) | (personal.has(key) ? PERSONAL : 0) | (common.has(key) ? COMMON : 0);
});

/** "Russian" → place:russia. Nationality words are not mentions, but they say where. */
const demonymOfWord = memoize((word: string) => (Object.hasOwn(demonyms, fold(word)) ? demonyms[fold(word)]! : null));
export const demonymOf = (word: string): string | undefined => demonymOfWord(word) ?? undefined;

export const isGivenName = (word: string): boolean => (flagsOf(word) & GIVEN) !== 0;
export const isPersonalName = (word: string): boolean => (flagsOf(word) & (PERSONAL | GIVEN)) !== 0;
export const isCommonWord = (word: string): boolean => (flagsOf(word) & COMMON) !== 0;
