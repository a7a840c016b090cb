import { describe, expect, it } from 'vitest';
import { marked } from '../../../test/marked.js';
import { tokenize, type Token } from '../../segment/tokenize.js';
import { trimAffixes } from '../affixes.js';
import { decodeArticle, type RunHistory, type Scorer } from './decode.js';
import { expandFeatures, extractFeatures, MAX_FEATURES, type TokenFeatures } from './features.js';
import { ALLOWED, NAME_TYPES, O, TAG_COUNT } from './labels.js';
import { forEachRun } from './segments.js';
import { MAX_HISTORY_FEATURES, TagHistory } from './tag-history.js';
import { LIST, shapeHash, shapeOf, wordCodes } from './word-codes.js';
import { hashString } from '../../fnv-hash.js';

// Made-up names below ("Zorbin", "Velmor", "Kelvath") are in no word list or gazetteer.

function featuresOf(text: string): { tokens: Token[]; features: TokenFeatures } {
  const tokens = trimAffixes(tokenize(text), text);
  return { tokens, features: extractFeatures(tokens) };
}

/** All feature ids of token `i` (before the history adds its own). */
function tokenIds(features: TokenFeatures, i: number): Int32Array {
  const out = new Int32Array(MAX_FEATURES);
  return out.subarray(0, expandFeatures(features, i, out, 0));
}

/** The feature ids of the `nth` token written `word` in `text`. */
function idsOf(text: string, word: string, nth = 0): Set<number> {
  const { tokens, features } = featuresOf(text);
  const at = tokens.filter((t) => t.text === word)[nth];
  if (!at) throw new Error(`no "${word}" #${nth} in ${JSON.stringify(text)}`);
  expect(features.eligible[at.index], `"${word}" is eligible`).toBe(1);
  return new Set(tokenIds(features, at.index));
}

const minus = (a: Set<number>, ...others: Set<number>[]): Set<number> => new Set([...a].filter((x) => !others.some((o) => o.has(x))));
const and = (a: Set<number>, b: Set<number>): Set<number> => new Set([...a].filter((x) => b.has(x)));

/** Runs of eligible tokens, as `[text|run]` marks: what the tagger decodes, one run at a time. */
function expectRuns(source: string) {
  const { text, spans } = marked(source);
  const { tokens, features } = featuresOf(text);
  const runs: { start: number; end: number; text: string; label: string }[] = [];
  forEachRun(tokens, features.eligible, (start, end) => {
    const from = tokens[start]!.start;
    const to = tokens[end - 1]!.end;
    runs.push({ start: from, end: to, text: text.slice(from, to), label: 'run' });
  });
  expect(runs).toEqual(spans);
  // Tokens outside every run have no features at all.
  tokens.forEach((t, i) => {
    if (!features.eligible[i]) expect(features.offsets[i + 1]! - features.offsets[i]!, t.text).toBe(0);
  });
}

describe('extractFeatures', () => {
  it('scores only capitalized words and up to two tokens between two of them in a sentence', () => {
    expectRuns('[Rates|run] set by the [Bank of England|run] rose again.');
    expectRuns('rates set by the bank of england rose again.');
    // Three tokens between two capitals are too many: "Talks went on in" is no name. A comma
    // separates names: "Qardaha, Syria" is two runs.
    expectRuns('[Talks|run] went on in [Qardaha|run], [Syria|run].');
    // Two are not: the run holds them, and the tagger tells them apart.
    expectRuns('[The envoy met Lavrov|run] today.');
    expectRuns('shares of [AT&T|run] fell, and later [Gen. Valery Gerasimov|run] spoke.');
  });

  it('runs no name across a sentence end or a line break', () => {
    expectRuns('[Talks|run] went on with [Lavrov|run]. [However|run], they failed.');
    expectRuns('by [Peter Blackburn|run]\n[Reuters|run] reports');
  });

  it('lets a name start with a lower-case particle', () => {
    expectRuns('talks with [al-Assad|run] ended, and [Osama bin Laden|run] hid.');
    expectRuns('talks with co-Assad ended.');
  });

  it('gives the same features to the same sentence, in any article', () => {
    const text = 'Zorbin met Velmor in Manila. The talks went on.';
    const a = featuresOf(text).features;
    const b = featuresOf(text).features;
    expect(b.eligible).toEqual(a.eligible);
    a.eligible.forEach((e, i) => {
      if (e) expect(tokenIds(b, i)).toEqual(tokenIds(a, i));
    });
    expect(idsOf('Zorbin met Velmor in Manila. They left.', 'Velmor')).toEqual(idsOf(text, 'Velmor'));
  });

  it('reads the shape of a word', () => {
    expect(shapeOf('Gerasimov')).toBe('Xx');
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('1996-08-30')).toBe('d-d-d');
    expect(shapeOf('McCain')).toBe('XxXx');
    expect(shapeOf('NATO')).toBe('X');
    expect(shapeOf('Łódź')).toBe('Xx');
    expect(shapeOf('al-Assad’s 3')).toBe('x-Xx’x d');
    // Tagging hashes the shape without making its string: the same hash.
    for (const w of ['Gerasimov', 'U.S.', '1996-08-30', 'Łódź', 'al-Assad’s 3', '北京', '😀x']) expect(shapeHash(w)).toBe(hashString(shapeOf(w)));
    // Two unknown words of one shape share features that a word of another shape lacks.
    const zorbin = idsOf('They met Zorbin today.', 'Zorbin');
    const kelvath = idsOf('They met Kelvath today.', 'Kelvath');
    const shouted = idsOf('They met KELVATH today.', 'KELVATH');
    expect(wordCodes('Zorbin').shape).toBe(wordCodes('Kelvath').shape);
    expect(minus(and(zorbin, kelvath), shouted).size).toBeGreaterThan(0);
    expect([...and(zorbin, shouted)].every((id) => kelvath.has(id))).toBe(true);
  });

  it('reads a dotted acronym as the same word undotted', () => {
    expect(wordCodes('U.S.').exact).toBe(wordCodes('US').exact);
    expect(wordCodes('U.S.').lower).toBe(wordCodes('US').lower);
    expect(wordCodes('U.N.').exact).toBe(wordCodes('UN').exact);
    expect(wordCodes('U.S.').shape).not.toBe(wordCodes('US').shape);
    // What sets "UN" apart from another unknown acronym in the same place, "U.N." has too.
    const un = idsOf('Officials at the UN said so.', 'UN');
    const other = idsOf('Officials at the QZ said so.', 'QZ');
    const dotted = idsOf('Officials at the U.N. said so.', 'U.N.');
    const word = minus(un, other);
    expect(word.size).toBeGreaterThan(0);
    expect(minus(word, dotted)).toEqual(new Set());
  });

  it('reads a possessive as the bare word plus one possessive feature', () => {
    for (const written of ['Russia’s', "Russia's"]) {
      const codes = wordCodes(written);
      expect(codes.possessive).toBe(true);
      expect(codes.exact).toBe(wordCodes('Russia').exact);
      expect(codes.lower).toBe(wordCodes('Russia').lower);
      expect(codes.shape).toBe(wordCodes('Russia').shape);
    }
    expect(wordCodes('Leeds’').lower).toBe(wordCodes('Leeds').lower);
    expect(wordCodes('Russia').possessive).toBe(false);
    const bare = idsOf('Officials said Russia army moved.', 'Russia');
    const possessive = idsOf('Officials said Russia’s army moved.', 'Russia’s');
    expect(minus(bare, possessive)).toEqual(new Set());
    const extra = minus(possessive, bare);
    expect(extra.size).toBe(1);
    // The same feature for every possessive.
    expect(minus(idsOf('Officials said Zorbin’s army moved.', 'Zorbin’s'), idsOf('Officials said Zorbin army moved.', 'Zorbin'))).toEqual(extra);
  });

  it('reads the words up to two tokens either side, on the same line', () => {
    const base = 'then we saw Zorbin leave the town.';
    const zorbin = idsOf(base, 'Zorbin');
    expect(idsOf('then we met Zorbin leave the town.', 'Zorbin')).not.toEqual(zorbin);
    expect(idsOf('then they saw Zorbin leave the town.', 'Zorbin')).not.toEqual(zorbin);
    expect(idsOf('then we saw Zorbin quit the town.', 'Zorbin')).not.toEqual(zorbin);
    expect(idsOf('then we saw Zorbin leave a town.', 'Zorbin')).not.toEqual(zorbin);
    // Three tokens away is out of reach.
    expect(idsOf('so we saw Zorbin leave the town.', 'Zorbin')).toEqual(zorbin);
    expect(idsOf('then we saw Zorbin leave the city.', 'Zorbin')).toEqual(zorbin);
    // A line break ends the neighbourhood as the end of the text does.
    expect(idsOf('then we saw Zorbin\nleave the town.', 'Zorbin')).toEqual(idsOf('then we saw Zorbin', 'Zorbin'));
  });

  it('reads the shape of a neighbour, also where its word is the same', () => {
    expect(idsOf('They met Zorbin LEAVING town.', 'Zorbin')).not.toEqual(idsOf('They met Zorbin leaving town.', 'Zorbin'));
  });

  it('reads where a word stands: at a sentence start or inside one', () => {
    // "Zorbin" after ". " and "! " starts a sentence; after "; " and ", " it does not. What the
    // first two share and the last two lack (and the other way) depends on position alone.
    const start = ['It rained. Zorbin met them.', 'It rained! Zorbin met them.'].map((t) => idsOf(t, 'Zorbin'));
    const inside = ['It rained; Zorbin met them.', 'It rained, Zorbin met them.'].map((t) => idsOf(t, 'Zorbin'));
    expect(minus(and(start[0]!, start[1]!), ...inside).size).toBeGreaterThan(0);
    expect(minus(and(inside[0]!, inside[1]!), ...start).size).toBeGreaterThan(0);
  });

  it('reads the word lists: given names, titles, places of several words', () => {
    expect(wordCodes('Sergei').lists & LIST.given).toBeTruthy();
    expect(wordCodes('Minister').lists & LIST.title).toBeTruthy();
    expect(wordCodes('United').lists & LIST.multiPlaceStart).toBeTruthy();
    expect(wordCodes('Zorbin').lists).toBe(0);
    expect(wordCodes('Manila').place).toBeGreaterThan(0);
    expect(wordCodes('Zorbin').place).toBe(0);
    // A title before a name: "Minister" and "Secretary" share a feature of the next word that an
    // unknown word before it does not give.
    const afterMinister = idsOf('They said Minister Zorbin left.', 'Zorbin');
    const afterSecretary = idsOf('They said Secretary Zorbin left.', 'Zorbin');
    const afterUnknown = idsOf('They said Kelvath Zorbin left.', 'Zorbin');
    expect(minus(and(afterMinister, afterSecretary), afterUnknown).size).toBeGreaterThan(0);
  });

  it('reads a known place of several words, also past the neighbours a token sees', () => {
    // "Saint Kitts and Nevis" is a country; "Saint" sees only "Kitts and", the same in both.
    const country = idsOf('Ships left Saint Kitts and Nevis today.', 'Saint');
    const other = idsOf('Ships left Saint Kitts and Velmor today.', 'Saint');
    expect(minus(country, other).size).toBeGreaterThan(0);
    // The last word of a country of two words: "States" and "Kingdom" share a feature that
    // "Nations" (of the United Nations, no place) lacks.
    const states = idsOf('Officials of the United States said so.', 'States');
    const kingdom = idsOf('Officials of the United Kingdom said so.', 'Kingdom');
    const nations = idsOf('Officials of the United Nations said so.', 'Nations');
    expect(minus(and(states, kingdom), nations).size).toBeGreaterThan(0);
  });

  it('reads how the rest of the article writes a word', () => {
    // The first sentence is the same in each; only the article around it differs.
    const alone = idsOf('Zorbin rose sharply. The index fell.', 'Zorbin');
    const lower = idsOf('Zorbin rose sharply. The zorbin fell.', 'Zorbin');
    const capital = idsOf('Zorbin rose sharply. Then Zorbin fell.', 'Zorbin');
    expect(lower).not.toEqual(alone);
    expect(capital).not.toEqual(alone);
    expect(capital).not.toEqual(lower);
    // "us" in lower case says nothing of the acronym "US".
    expect(idsOf('US troops left. Give us time.', 'US')).toEqual(idsOf('US troops left. Give them time.', 'US'));
  });

  it('adds the tags of earlier runs as features of later ones (the history)', () => {
    const person = NAME_TYPES.indexOf('person');
    const history = new TagHistory();
    const out = new Int32Array(MAX_HISTORY_FEATURES);
    // The history reads words by their lower-case hash, and whether they are capitalized.
    const lower = (...words: string[]) => Int32Array.from(words, (w) => wordCodes(w).lower);
    const capitals = (count: number) => new Uint8Array(count).fill(1);
    const lavrov = wordCodes('Lavrov').lower;
    expect(history.features(lavrov, out, 0)).toBe(0);

    // "Sergei Lavrov" as a person: Lavrov now has a history, and so has "LAVROV" (the same word).
    history.record(lower('Sergei', 'Lavrov'), capitals(2), Uint8Array.of(1 + 4 * person, 3 + 4 * person), 0, 2);
    const n = history.features(lavrov, out, 0);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(MAX_HISTORY_FEATURES);
    const afterPerson = new Set(out.subarray(0, n));
    expect(new Set(out.subarray(0, history.features(wordCodes('LAVROV').lower, out, 0)))).toEqual(afterPerson);
    expect(history.features(wordCodes('Tillerson').lower, out, 0)).toBe(0);

    // The same word as an organization of one word reads differently.
    const other = new TagHistory();
    other.record(lower('Lavrov'), capitals(1), Uint8Array.of(4 + 4 * NAME_TYPES.indexOf('organization')), 0, 1);
    expect(new Set(out.subarray(0, other.features(lavrov, out, 0)))).not.toEqual(afterPerson);

    // A word seen as a person alone lacks the feature of a part of a longer person's name.
    const alone = new TagHistory();
    alone.record(lower('Lavrov'), capitals(1), Uint8Array.of(4 + 4 * person), 0, 1);
    const aloneIds = new Set(out.subarray(0, alone.features(lavrov, out, 0)));
    expect(minus(aloneIds, afterPerson)).toEqual(new Set());
    expect(minus(afterPerson, aloneIds).size).toBeGreaterThan(0);

    // Outside a name as well as inside one: one more feature.
    history.record(lower('Lavrov'), capitals(1), Uint8Array.of(O), 0, 1);
    expect(history.features(lavrov, out, 0)).toBe(n + 1);
  });

  it('gives a later run of an article the history of the runs before it', () => {
    // A scorer that tags every token U-person: all features vote for it.
    const uPerson = 4 + 4 * NAME_TYPES.indexOf('person');
    const scorer: Scorer = {
      transitions: Float64Array.from(ALLOWED, (ok) => (ok ? 0 : -Infinity)),
      emissions(_features, start, end, _history, out) {
        out.fill(0, 0, (end - start) * TAG_COUNT);
        for (let i = 0; i < end - start; i++) out[i * TAG_COUNT + uPerson] = 1;
      },
    };
    const { tokens, features } = featuresOf('talks with Zorbin began late on Monday. Others then met Zorbin.');
    const runs: { words: string[]; extra: number[] }[] = [];
    const tags = decodeArticle(tokens, features, scorer, (start, end, history: RunHistory) => {
      const extra: number[] = [];
      for (let i = 0; i < end - start; i++) extra.push(history.offsets[i + 1]! - history.offsets[i]!);
      runs.push({ words: tokens.slice(start, end).map((t) => t.text), extra });
    });
    expect(tags.length).toBe(tokens.length);
    expect(tags.every((t, i) => t === (features.eligible[i] ? uPerson : O))).toBe(true);
    // Only the second "Zorbin" has a history: the first was tagged before it.
    expect(runs).toEqual([
      { words: ['Zorbin'], extra: [0] },
      { words: ['Monday'], extra: [0] },
      { words: ['Others', 'then', 'met', 'Zorbin'], extra: [0, 0, 0, expect.any(Number)] },
    ]);
    expect(runs[2]!.extra[3]).toBeGreaterThan(0);
  });
});
