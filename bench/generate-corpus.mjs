#!/usr/bin/env node
// Deterministic generator of news-like articles for scale runs.
//
// It recombines runs of sentences from the seed articles (seeds/*.txt), and in each generated
// article swaps the people found after a title ("General X", "Foreign Minister Y"), the known
// places and the dates for others drawn from the small lists below, consistently within the
// article. Some articles get YAML front matter with a date, some a closing "Source: …" line.
// Same options and seed → byte-identical output.
//
//   node bench/generate-corpus.mjs --bytes 5000000 --out DIR   [--seed N]
//   node bench/generate-corpus.mjs --articles 200 --out DIR    [--seed N]
//
// As a module:  generateCorpus({ bytes?, articles?, seed?, seedsDir? }) → string[]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SEEDS_DIR = resolve(here, '..', 'seeds');

// ---------------------------------------------------------------- vocabulary
const FIRST_NAMES = [
  'Amina', 'Kwame', 'Sofia', 'Hiroshi', 'Priya', 'Mateus', 'Olga', 'Tomasz', 'Leila', 'Chen',
  'Fatima', 'Diego', 'Ingrid', 'Kofi', 'Mei', 'Rashid', 'Elena', 'Jonas', 'Aisha', 'Pedro',
  'Yuki', 'Nadia', 'Samuel', 'Zeynep', 'Arjun', 'Lucia', 'Omar', 'Katarzyna', 'Thabo', 'Marta',
  'Ravi', 'Hana', 'Emeka', 'Sigrid', 'Tariq', 'Camille', 'Andrei', 'Nomvula', 'Felipe', 'Soo-jin',
];
const SURNAMES = [
  'Okafor', 'Haddad', 'Nakamura', 'Kowalski', 'Ferreira', 'Lindqvist', 'Mensah', 'Petrova', 'Banerjee',
  'Castillo', 'Yilmaz', 'Mwangi', 'Oyelaran', 'Novak', 'Takahashi', 'Moreau', 'Alvarez', 'Kuznetsov',
  'Rahman', 'Osei', 'Bergstrom', 'Achebe', 'Dimitrov', 'Gallagher', 'Hosseini', 'Ibrahim', 'Jensen',
  'Kaur', 'Lombardi', 'Mahlangu', 'Nguyen', "O'Brien", 'Park', 'Quispe', 'Rossi', 'Sato', 'Tshabalala',
  'Uribe', 'Varga', 'Wojcik', 'Xu', 'Zapata', 'Abiodun', 'Brennan', 'Chaudhry', 'Dlamini', 'Eriksen',
  'Fofana', 'Grigoryan', 'Halvorsen',
];
const COUNTRIES = [
  'Russia', 'Syria', 'Germany', 'Azerbaijan', 'Switzerland', 'Ukraine', 'Turkey', 'Iran', 'Iraq',
  'Afghanistan', 'China', 'Japan', 'India', 'Pakistan', 'Brazil', 'Argentina', 'Mexico', 'Canada',
  'France', 'Italy', 'Spain', 'Poland', 'Sweden', 'Norway', 'Finland', 'Egypt', 'Nigeria', 'Kenya',
  'Ethiopia', 'South Africa', 'Ghana', 'Indonesia', 'Vietnam', 'Thailand', 'Australia', 'Chile',
  'Colombia', 'Peru', 'Georgia', 'Armenia', 'Kazakhstan', 'Jordan', 'Lebanon', 'Israel', 'Qatar',
  'Saudi Arabia', 'Libya', 'Belarus', 'Serbia', 'Greece',
];
const CITIES = [
  'Washington', 'Moscow', 'Bonn', 'Baku', 'Helsinki', 'Geneva', 'Kyiv', 'Ankara', 'Tehran', 'Damascus',
  'Aleppo', 'Idleb', 'Beijing', 'Tokyo', 'New Delhi', 'Islamabad', 'Brasilia', 'Buenos Aires',
  'Mexico City', 'Ottawa', 'Paris', 'Rome', 'Madrid', 'Warsaw', 'Stockholm', 'Oslo', 'Cairo', 'Lagos',
  'Nairobi', 'Addis Ababa', 'Johannesburg', 'Accra', 'Jakarta', 'Hanoi', 'Bangkok', 'Sydney', 'Santiago',
  'Bogota', 'Lima', 'Tbilisi', 'Yerevan', 'Astana', 'Amman', 'Beirut', 'Doha', 'Riyadh', 'Tripoli',
  'Minsk', 'Belgrade', 'Athens', 'Munich', 'Brussels', 'London', 'Vienna', 'Istanbul', 'Sochi',
];
const OUTLETS = [
  'The Meridian Post', 'Harbour Daily', 'Northern Ledger', 'Continental Review', 'The Evening Wire',
  'Global Affairs Digest', 'Capital Observer', 'The Atlas Report',
];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TITLE_TEMPLATES = [
  (p) => `${p.person()} and ${p.person()} meet in ${p.city()}`,
  (p) => `${p.country()} and ${p.country()} agree to keep military channels open`,
  (p) => `Talks in ${p.city()} end without agreement`,
  (p) => `${p.person()} warns of miscalculation after ${p.city()} meeting`,
  (p) => `What the ${p.city()} talks mean for ${p.country()}`,
  (p) => `${p.country()} signals new approach to ${p.country()}`,
];

// Titles and ranks after which the seed text names a person.
const PERSON_AFTER_TITLE =
  /\b(?:General|Gen\.|President|Minister|Secretary of State|Secretary of Defense|Defense Secretary|Secretary|Mr\.|Ms\.|Mrs\.|Dr\.|Senator|Sen\.|Admiral|Adm\.|Colonel|Col\.|Ambassador|Chancellor|Chairman|spokesman|spokeswoman)\s+((?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+)/g;
const NOT_NAMES = new Set([
  'Staff', 'Staffs', 'Assembly', 'Council', 'Secretary', 'Department', 'Defense', 'State', 'Chiefs',
  'Joint', 'Ministry', 'Office', 'Command', 'Army', 'Navy', 'Force', 'Forces', 'Committee', 'The', 'Of',
  'Gen', 'Marine', 'Corps', 'Adm', 'Col',
]);

// ---------------------------------------------------------------- randomness
/** mulberry32: a small, fast, seedable PRNG. */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------- seeds
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Sentences of the seed articles (furniture-looking short lines dropped), and the names they use. */
export function loadSeeds(seedsDir = DEFAULT_SEEDS_DIR) {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no .txt seed articles in ${seedsDir}`);
  const articles = [];
  const people = new Map(); // full or short name → surname
  for (const f of files) {
    const text = readFileSync(join(seedsDir, f), 'utf8').replace(/^\uFEFF/, '');
    const paragraphs = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.length >= 60 && /[.!?"”’]$/.test(l) && !/https?:|\.gov|cookie|comment/i.test(l));
    const sentences = [];
    for (const p of paragraphs) sentences.push(...splitSentences(p));
    articles.push(sentences);
    for (const m of text.matchAll(PERSON_AFTER_TITLE)) {
      // "Mark A. Milley", "Gen. X": a capture cut short by an initial or an abbreviation is skipped.
      if (/^(?:\.|\s+[A-Z]\.)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
      const tokens = m[1].replace(/['’]s$/, '').split(/\s+/);
      while (tokens.length && NOT_NAMES.has(tokens[tokens.length - 1])) tokens.pop();
      if (tokens.length === 0 || tokens.some((t) => NOT_NAMES.has(t))) continue;
      const surname = tokens[tokens.length - 1];
      if (surname.length < 3 || COUNTRIES.includes(surname) || CITIES.includes(surname)) continue;
      people.set(tokens.join(' '), surname);
      people.set(surname, surname);
    }
  }
  return { articles, people };
}

function splitSentences(paragraph) {
  // Split after . ! ? (and a closing quote) before a capital, but not after common abbreviations.
  const parts = paragraph.split(/(?<=[.!?][”"’)]?)\s+(?=[“"‘(]?[A-Z])/);
  const out = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (prev && /\b(?:Gen|Adm|Col|Sen|Rep|Mr|Ms|Mrs|Dr|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|U\.N|[A-Z])\.$/.test(prev)) {
      out[out.length - 1] = `${prev} ${part}`;
    } else out.push(part);
  }
  return out;
}

// ---------------------------------------------------------------- generation
/**
 * An endless, deterministic stream of articles.
 * @param {{ seed?: number, seedsDir?: string }} [options]
 */
export function* generateArticles({ seed = 1, seedsDir = DEFAULT_SEEDS_DIR } = {}) {
  const rnd = createRandom(seed);
  const { articles: seedArticles, people } = loadSeeds(seedsDir);
  const names = [...people.keys(), ...COUNTRIES, ...CITIES].sort((a, b) => b.length - a.length);
  const nameRe = new RegExp(`(?<![\\w'’-])(?:${names.map(escape).join('|')})(?![\\w-])`, 'g');
  const monthRe = MONTHS.join('|');
  const dateRe = new RegExp(
    `\\b(?:(?:${monthRe})(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? (?:19|20)\\d{2})?|\\d{1,2} (?:${monthRe})(?: (?:19|20)\\d{2})?|(?:19|20)\\d{2}|(?:${WEEKDAYS.join('|')}))\\b`,
    'g',
  );

  for (;;) {
    // Per-article substitutions, chosen on first use so the article stays consistent.
    const personMap = new Map();
    const placeMap = new Map();
    const newPerson = () => ({ first: rnd.pick(FIRST_NAMES), last: rnd.pick(SURNAMES) });
    const place = (original) => {
      if (!placeMap.has(original)) placeMap.set(original, rnd.pick(COUNTRIES.includes(original) ? COUNTRIES : CITIES));
      return placeMap.get(original);
    };
    const baseYear = rnd.int(1988, 2025);
    const substitute = (sentence) =>
      sentence
        .replace(nameRe, (name) => {
          if (people.has(name)) {
            const surname = people.get(name);
            if (!personMap.has(surname)) personMap.set(surname, newPerson());
            const p = personMap.get(surname);
            return name === surname ? p.last : `${p.first} ${p.last}`;
          }
          return place(name);
        })
        .replace(dateRe, (date) => {
          if (WEEKDAYS.includes(date)) return rnd.pick(WEEKDAYS);
          if (/^(?:19|20)\d{2}$/.test(date)) return String(baseYear + rnd.int(-6, 1));
          const month = rnd.pick(MONTHS);
          const day = rnd.int(1, 28);
          const year = baseYear + rnd.int(-2, 0);
          if (/^\d/.test(date)) return /\d{4}$/.test(date) ? `${day} ${month} ${year}` : `${day} ${month}`;
          let out = month;
          if (/^\D+ \d{1,2}(?!\d)/.test(date)) out += ` ${day}`;
          if (/\d{4}$/.test(date)) out += date.includes(',') ? `, ${year}` : ` ${year}`;
          return out;
        });

    const helpers = {
      person: () => newPerson().last,
      city: () => rnd.pick(CITIES),
      country: () => rnd.pick(COUNTRIES),
    };
    const title = rnd.pick(TITLE_TEMPLATES)(helpers);
    const target = rnd.int(8, 40);
    const sentences = [];
    while (sentences.length < target) {
      const source = rnd.pick(seedArticles);
      if (source.length === 0) continue;
      const start = rnd.int(0, source.length - 1);
      const run = rnd.int(2, 6);
      for (let i = start; i < Math.min(source.length, start + run); i++) sentences.push(substitute(source[i]));
    }
    const paragraphs = [];
    for (let i = 0; i < sentences.length; ) {
      const n = rnd.int(1, 4);
      paragraphs.push(sentences.slice(i, i + n).join(' '));
      i += n;
    }
    const outlet = rnd.pick(OUTLETS);
    let text = '';
    if (rnd.chance(0.4)) {
      const d = `${baseYear}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
      text += `---\ntitle: "${title}"\ndate: ${d}\nsource: ${outlet}\n---\n`;
    }
    const gap = rnd.chance(0.5) ? '\n\n' : '\n';
    text += `${title}${gap}${paragraphs.join(gap)}\n`;
    if (rnd.chance(0.15)) text += `\nSource: ${outlet}\n`;
    yield text;
  }
}

/**
 * Generates `articles` articles, or articles until their UTF-8 size reaches `bytes`.
 * @param {{ bytes?: number, articles?: number, seed?: number, seedsDir?: string }} options
 * @returns {string[]}
 */
export function generateCorpus({ bytes, articles, seed = 1, seedsDir } = {}) {
  if (bytes === undefined && articles === undefined) throw new Error('give bytes or articles');
  const out = [];
  let size = 0;
  for (const text of generateArticles({ seed, seedsDir })) {
    if (articles !== undefined ? out.length >= articles : size >= bytes) break;
    out.push(text);
    size += Buffer.byteLength(text);
  }
  return out;
}

/** Writes articles as DIR/article-00000.txt, …; returns the total size in bytes. */
export function writeCorpus(dir, articles) {
  mkdirSync(dir, { recursive: true });
  let size = 0;
  articles.forEach((text, i) => {
    writeFileSync(join(dir, `article-${String(i).padStart(5, '0')}.txt`), text);
    size += Buffer.byteLength(text);
  });
  return size;
}

// ---------------------------------------------------------------- command line
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const usage =
    'usage: node bench/generate-corpus.mjs (--bytes N | --articles N) --out DIR [--seed N] [--seeds DIR]';
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        bytes: { type: 'string' },
        articles: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        seeds: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const num = (v) => (v === undefined ? undefined : Number(v));
  const bytes = num(values.bytes);
  const articles = num(values.articles);
  if (!values.out || (bytes === undefined) === (articles === undefined) || [bytes, articles].some((n) => n !== undefined && !(n > 0))) {
    console.error(usage);
    process.exit(2);
  }
  const corpus = generateCorpus({ bytes, articles, seed: Number(values.seed), seedsDir: values.seeds });
  const size = writeCorpus(values.out, corpus);
  console.log(`wrote ${corpus.length} articles, ${(size / 1e6).toFixed(2)} MB, to ${values.out}`);
}
