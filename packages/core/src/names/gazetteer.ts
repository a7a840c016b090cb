import gazetteerData, { type GazetteerData } from '../generated/gazetteer.js';
import type { PlaceKind } from '../types.js';
import { memoize } from '../memoize.js';
import { SplitWords } from './joined-words.js';
import { KeyFilter } from './key-filter.js';
import { WORLD_REGIONS } from './world-regions.js';

/** Lower case without accents: the key every name list is looked up by. */
export function fold(s: string): string {
  // Most names are ASCII, and lower-casing them costs less than any cache look-up; Unicode
  // normalization costs more than one, so only non-ASCII text is remembered.
  return isAscii(s) ? s.toLowerCase() : foldUnicode(s);
}
const foldUnicodeOnce = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const foldUnicode = memoize(foldUnicodeOnce);
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

export interface PlaceEntry {
  id: string;
  kind: PlaceKind;
  /** A small city that is also a personal name: a place only where context says so. */
  weak?: boolean;
}

// The generator's compact form (scripts/build-gazetteer.mjs): place keys as a split word list,
// and line by line in the same order "id kind where", `where` being where the place and its
// namesakes are (see decodeWhere), prefixed by "!" for a small city that is also a personal name.
// Made on first use (see scripts/build-gazetteer.mjs): a thread that looks no name up holds none of it.
let data: GazetteerData | undefined;
let placeTable: { keys: SplitWords; values: string } | undefined;
const gazetteer = (): GazetteerData => (data ??= gazetteerData());
const places = () => (placeTable ??= { keys: new SplitWords(gazetteer().places.keys), values: gazetteer().places.values });
let sets: { given: SplitWords; personal: SplitWords; common: SplitWords } | undefined;
const lazySets = () => (sets ??= {
  given: new SplitWords(gazetteer().givenNames),
  personal: new SplitWords(gazetteer().personalNames),
  common: new SplitWords(gazetteer().commonWords),
});

/** Where each line of the place values starts, and one past the end of the last (built on first use). */
let lineStarts: Int32Array | undefined;
function placeLines(): Int32Array {
  if (lineStarts) return lineStarts;
  const { values } = places();
  let count = 1;
  for (let i = 0; i < values.length; i++) if (values.charCodeAt(i) === NEWLINE) count++;
  lineStarts = new Int32Array(count + 1);
  for (let i = 0, n = 1; i < values.length; i++) if (values.charCodeAt(i) === NEWLINE) lineStarts[n++] = i + 1;
  lineStarts[count] = values.length + 1;
  return lineStarts;
}
const NEWLINE = 10;

/** The value line of the place key at `index`: id, kind and where. */
// indexOf and slice, not split: see multiWordWords.
function placeLine(index: number): [string, PlaceKind, string | undefined] {
  const lines = placeLines();
  const { values } = places();
  const start = lines[index]!;
  const end = lines[index + 1]! - 1;
  const space = values.indexOf(' ', start);
  const second = values.indexOf(' ', space + 1);
  const kindEnd = second < 0 || second > end ? end : second;
  return [values.slice(start, space), values.slice(space + 1, kindEnd) as PlaceKind, kindEnd < end ? values.slice(kindEnd + 1, end) : undefined];
}

/** Each place key in turn (the generator's order). */
function* placeKeys(): Generator<string> {
  for (const part of gazetteer().places.keys) {
    for (let start = 0; start < part.length; ) {
      let end = part.indexOf('|', start);
      if (end < 0) end = part.length;
      yield part.slice(start, end);
      start = end + 1;
    }
  }
}

/** A place from the generated gazetteer or the closed list of world regions. */
// Capitalized phrases repeat within and across articles; each is looked up once. A name the
// list filter rejects is no place, and is not remembered: a text of ever new names would fill
// the table with them.
const placeOf = memoize((name: string) => findPlace(name) ?? null);
export const lookupPlace = (name: string): PlaceEntry | undefined => (mayBeListed(name) ? (placeOf(name) ?? undefined) : undefined);

// "Côte d’Ivoire" is keyed with a straight apostrophe, "U. S." as "U.S.".
const cleanPlaceName = (name: string): string => name.replace(/’/g, "'").replace(/\. (?=\p{Lu}\.)/gu, '.');

function findPlace(name: string): PlaceEntry | undefined {
  const clean = cleanPlaceName(name);
  const region = WORLD_REGIONS.get(fold(clean));
  if (region) return region;
  const short = clean.length <= 4 && clean === clean.toUpperCase();
  const key = short ? clean : fold(clean);
  const index = places().keys.indexOf(key);
  if (index < 0) return undefined;
  const [id, kind, where] = placeLine(index);
  return { id, kind, ...(where?.startsWith('!') && { weak: true }) };
}

/** One place a gazetteer id may stand for. */
export interface Whereabouts {
  kind: PlaceKind;
  /** [longitude, latitude], WGS84, to two decimals. */
  coordinates: [number, number];
  /** The data set's own id: `geonames:524901`, `iso3166-1:GE`, `iso3166-2:US-GA`. */
  ref: string;
  /** Country code; for a US city, with its state ("US.GA"). Empty for a country. */
  within: string;
}

let whereById: Map<string, string> | undefined;
/**
 * Where the place of a gazetteer id is, then its namesakes of the same id ("place:georgia": the
 * country, then the US state), best known first; empty for an id the gazetteer has no point for.
 */
export const placeWhereabouts: (id: string) => readonly Readonly<Whereabouts>[] = memoize(
  (id: string) => Object.freeze(unpackWhereabouts(id).map((w) => (Object.freeze(w.coordinates), Object.freeze(w)))),
  20_000,
);

// Unpacked once per id and kept (frozen: every article that names a place asks for it again).
function unpackWhereabouts(id: string): Whereabouts[] {
  if (!whereById) {
    whereById = new Map();
    const count = placeLines().length - 1;
    for (let index = 0; index < count; index++) {
      const [placeId, , where] = placeLine(index);
      const packed = where?.replace(/^!/, '');
      if (packed && !whereById.has(placeId)) whereById.set(placeId, packed);
    }
  }
  const packed = whereById.get(id);
  return packed ? decodeWhere(packed) : [];
}

const WHERE = /^([0-9a-z]{3})([0-9a-z]{3})(?:([A-Z]{2})|([A-Z]{2}-[0-9A-Z]+)|([0-9a-z]+)\/([A-Z]{2}(?:\.[0-9A-Z]+)?))$/;
/** Unpacks what scripts/build-gazetteer.mjs packs: see there. */
export function decodeWhere(packed: string): Whereabouts[] {
  const out: Whereabouts[] = [];
  for (const part of packed.split('|')) {
    const m = WHERE.exec(part);
    if (!m) continue;
    const coordinates: [number, number] = [parseInt(m[1]!, 36) / 100 - 180, parseInt(m[2]!, 36) / 100 - 90].map((x) => Math.round(x * 100) / 100) as [number, number];
    if (m[3]) out.push({ kind: 'country', coordinates, ref: `iso3166-1:${m[3]}`, within: '' });
    else if (m[4]) out.push({ kind: 'region', coordinates, ref: `iso3166-2:${m[4]}`, within: m[4].slice(0, 2) });
    else out.push({ kind: 'city', coordinates, ref: `geonames:${parseInt(m[5]!, 36)}`, within: m[6]! });
  }
  return out;
}

// Most capitalized words begin no place of several words; callers ask this before they build
// phrases to look up, since building and hashing those phrases dominated name finding.
let multiWord: { firsts: Set<string>; rests: Set<string> } | undefined;
const multiWordWords = (): { firsts: Set<string>; rests: Set<string> } => {
  if (multiWord) return multiWord;
  multiWord = { firsts: new Set(), rests: new Set() };
  // indexOf and slice, not split: with split here, V8's allocation-site pretenuring sent the
  // short-lived objects of every later document to the old generation, and garbage collection
  // took five times as long (measured; normal again under --no-allocation-site-pretenuring).
  for (const key of [...placeKeys(), ...WORLD_REGIONS.keys()]) {
    let space = key.indexOf(' ');
    if (space < 0) continue;
    multiWord.firsts.add(key.slice(0, space));
    while (space >= 0) {
      const next = key.indexOf(' ', space + 1);
      multiWord.rests.add(key.slice(space + 1, next < 0 ? key.length : next));
      space = next;
    }
  }
  return multiWord;
};

/** What the name lists say of one word (see word-facts.ts, which asks once per word). */
export const GIVEN = 1;
export const PERSONAL = 2;
export const COMMON = 4;
/** Some place of several words starts with this word ("United" → United States). */
export const MULTI_WORD_PLACE_START = 8;
/** Some place of several words has this word after its first ("States" in United States). */
export const MULTI_WORD_PLACE_REST = 16;
export function nameListFlags(word: string): number {
  const { given, personal, common } = lazySets();
  const key = fold(word);
  const apostrophes = fold(word.replace(/’/g, "'"));
  const { firsts, rests } = multiWordWords();
  return (given.has(key) ? GIVEN : 0) | (personal.has(key) ? PERSONAL : 0) | (common.has(key) ? COMMON : 0) |
    (firsts.has(apostrophes) ? MULTI_WORD_PLACE_START : 0) | (rests.has(apostrophes) ? MULTI_WORD_PLACE_REST : 0);
}

/**
 * Whether `word` (or a name of several words) may be in a name list, a place's key or among its
 * words, the demonyms or the world regions: false says that nameListFlags, demonymPlace and
 * lookupPlace find nothing for it. Asked before them (word-facts.ts): a text of ever new words
 * asks every list of every word, and most words are in none. The filter is built (in about 20 ms)
 * after FILTER_AFTER questions, since an article or a process that asks little would not win that
 * back.
 */
export function mayBeListed(word: string): boolean {
  if (listFilter === undefined) {
    if (++filterAsked <= FILTER_AFTER) return true;
    listFilter = buildListFilter();
  }
  // The keys those functions look a word up by, folded: the word, with straight apostrophes
  // (nameListFlags), and as findPlace cleans it.
  if (listFilter.mayHave(fold(word))) return true;
  // Most words have neither a curly apostrophe nor spaced initials, and no other key.
  if (!word.includes('’') && !word.includes('. ')) return false;
  const straight = word.replace(/’/g, "'");
  const clean = cleanPlaceName(word);
  return (straight !== word && listFilter.mayHave(fold(straight))) || (clean !== word && listFilter.mayHave(fold(clean)));
}
const FILTER_AFTER = 20_000;
const BAR = 124;
const SPACE = 32;
let filterAsked = 0;
let listFilter: KeyFilter | undefined;

function buildListFilter(): KeyFilter {
  const filter = new KeyFilter();
  const { givenNames, personalNames, commonWords, places, demonyms } = gazetteer();
  // Each key, and each word of a key of several (multiWordWords), folded as a word's key is
  // (place keys of a few capitals, "USA", are looked up as written, and folded here).
  const addKeys = (joined: string) => {
    const keys = isAscii(joined) ? joined.toLowerCase() : joined.split('|').map(foldUnicodeOnce).join('|');
    for (let start = 0, word = 0, i = 0; i <= keys.length; i++) {
      const c = i === keys.length ? BAR : keys.charCodeAt(i);
      if (c !== BAR && c !== SPACE) continue;
      if (i > word) filter.add(keys, word, i);
      word = i + 1;
      if (c !== BAR) continue;
      filter.add(keys, start, i);
      start = i + 1;
    }
  };
  for (const part of [...givenNames, ...personalNames, ...commonWords, ...places.keys]) addKeys(part);
  addKeys(Object.keys(demonyms).join('|'));
  addKeys([...WORLD_REGIONS.keys()].join('|'));
  return filter;
}

/** "Russian" → place:russia. Nationality words are not mentions, but they say where. */
export function demonymPlace(word: string): string | undefined {
  const key = fold(word);
  const { demonyms } = gazetteer();
  return Object.hasOwn(demonyms, key) ? demonyms[key] : undefined;
}
