import data from '../generated/gazetteer.json';
import type { PlaceKind } from '../types.js';
import { WORLD_REGIONS } from './world-regions.js';

/** Lower case without accents: the key every name list is looked up by. */
// Most names are ASCII: skip Unicode normalization for them, it dominates the cost otherwise.
const ASCII = /^[\x00-\x7f]*$/;
const foldUncached = (s: string): string => (ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
// The same token texts and surfaces are folded again and again (every list look-up folds).
const foldCache = new Map<string, string>();
export function fold(s: string): string {
  let folded = foldCache.get(s);
  if (folded === undefined) {
    folded = foldUncached(s);
    // Bounded: a long-running server sees many words.
    if (foldCache.size > 100_000) foldCache.clear();
    foldCache.set(s, folded);
  }
  return folded;
}

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
export function lookupPlace(name: string): PlaceEntry | undefined {
  let hit = placeCache.get(name);
  if (hit === undefined) {
    hit = findPlace(name) ?? null;
    // Bounded: a long-running server sees many names.
    if (placeCache.size > 100_000) placeCache.clear();
    placeCache.set(name, hit);
  }
  return hit ?? undefined;
}

// Capitalized phrases repeat within and across articles; each is looked up once.
const placeCache = new Map<string, PlaceEntry | null>();

function findPlace(name: string): PlaceEntry | undefined {
  const clean = name.replace(/’/g, "'").replace(/\. (?=\p{Lu}\.)/gu, '.');
  const region = WORLD_REGIONS.get(fold(clean));
  if (region) return region;
  const short = clean.length <= 4 && clean === clean.toUpperCase();
  const hit = places[short ? clean : fold(clean)];
  return hit ? { id: hit[0], kind: hit[1], ...(hit[2] === 1 && { weak: true }) } : undefined;
}

// What the word lists say about one word. Name finding asks several of these questions about
// every capitalized token, many times over; each distinct word is looked up once.
const GIVEN = 1;
const PERSONAL = 2;
const COMMON = 4;
const wordFlags = new Map<string, number>();
function flagsOf(word: string): number {
  let flags = wordFlags.get(word);
  if (flags === undefined) {
    const { given, personal, common } = lazySets();
    const key = fold(word);
    flags = (given.has(key) ? GIVEN : 0) | (personal.has(key) ? PERSONAL : 0) | (common.has(key) ? COMMON : 0);
    // Bounded: a long-running server sees many words.
    if (wordFlags.size > 100_000) wordFlags.clear();
    wordFlags.set(word, flags);
  }
  return flags;
}

/** "Russian" → place:russia. Nationality words are not mentions, but they say where. */
export function demonymOf(word: string): string | undefined {
  let hit = demonymCache.get(word);
  if (hit === undefined) {
    hit = demonyms[fold(word)] ?? null;
    // Bounded: a long-running server sees many words.
    if (demonymCache.size > 100_000) demonymCache.clear();
    demonymCache.set(word, hit);
  }
  return hit ?? undefined;
}
const demonymCache = new Map<string, string | null>();

export const isGivenName = (word: string): boolean => (flagsOf(word) & GIVEN) !== 0;
export const isPersonalName = (word: string): boolean => (flagsOf(word) & (PERSONAL | GIVEN)) !== 0;
export const isCommonWord = (word: string): boolean => (flagsOf(word) & COMMON) !== 0;
