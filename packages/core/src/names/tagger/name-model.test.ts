import { describe, expect, it } from 'vitest';
import { marked } from '../../../test/marked.js';
import { floatScorer, trainingArticle as article } from '../../../test/tagger-fixture.js';
import { tokenize } from '../../segment/tokenize.js';
import { trimAffixes } from '../affixes.js';
import { decodeArticle, type Scorer } from './decode.js';
import { expandFeatures, extractFeatures, FEATURE_VERSION, MAX_FEATURES } from './features.js';
import { ALLOWED, TAG_COUNT } from './labels.js';
import { encodeModel, ModelError, NameModel } from './name-model.js';
import { train } from './perceptron.js';
import { newWordId, wordCodes } from './word-codes.js';

// Made-up names (in no word list or gazetteer), in three patterns.
const CORPUS = [
  'Minister [Xavo Pelim|person] arrived in [Orlu|place] on Monday.',
  'Minister [Kelvath Dunvask|person] arrived in [Sorbat|place] on Friday.',
  'Minister [Tavrek Mirelo|person] arrived in [Yorvath|place] on Sunday.',
  'The [Brandor Council|organization] voted on Monday.',
  'The [Pelgrin Council|organization] voted on Friday.',
  'Delegates met in [Kadu|place] for the [Velmor Party|organization] congress.',
  'Delegates met in [Renvo|place] for the [Zorbin Party|organization] congress.',
  'Ambassador [Ulmeki Trabon|person] said the [Wexley Council|organization] met in [Qeltar|place].',
];
const HELD_OUT = [
  'Minister Halvor Quist arrived in Brenmoor on Monday.',
  'The Ostrava Council voted on Friday.',
  'Delegates met in Lunetta for the Harrow Party congress. Minister Halvor Quist came.',
  'Ambassador Vesna Kor said the Pelgrin Council met in Orlu.',
];



function tagsOf(text: string, scorer: Scorer): number[] {
  const tokens = trimAffixes(tokenize(text), text);
  return [...decodeArticle(tokens, extractFeatures(tokens), scorer)];
}

const weights = train(CORPUS.map(article), { epochs: 8, seed: 3 });
const bytes = encodeModel(weights);

/** The error `load` throws, which must be a ModelError. */
function loadError(corrupt: Uint8Array): ModelError {
  try {
    new NameModel(corrupt);
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return e as ModelError;
  }
  throw new Error('the model loaded');
}

describe('encodeModel and NameModel', () => {
  it('tags as the trained weights do after quantizing', () => {
    const model = new NameModel(bytes);
    const float = floatScorer(weights);
    for (const source of [...CORPUS, ...HELD_OUT]) {
      const { text } = marked(source);
      const expected = tagsOf(text, float);
      expect(expected.some((t) => t !== 0), text).toBe(true);
      expect(tagsOf(text, model), text).toEqual(expected);
    }
  });

  it('adds up the same scores as its features one by one, also where two words of a token share a slot of its sums', () => {
    const model = new NameModel(bytes);
    const ids = new Int32Array(MAX_FEATURES);
    const noHistory = { ids: new Int32Array(0), offsets: new Int32Array(2) };
    const expectSameScores = (text: string) => {
      const tokens = trimAffixes(tokenize(text), text);
      const features = extractFeatures(tokens);
      for (let i = 0; i < tokens.length; i++) {
        if (!features.eligible[i]) continue;
        const summed = new Float64Array(TAG_COUNT);
        model.emissions(features, i, i + 1, noHistory, summed);
        const oneByOne = new Float64Array(TAG_COUNT);
        model.addScores(ids, 0, expandFeatures(features, i, ids, 0), oneByOne, 0);
        expect([...summed], `${text}: ${tokens[i]!.text}`).toEqual([...oneByOne]);
      }
      return { tokens, features };
    };
    // Twice: words are remembered (and keep their ids) from their second meeting on.
    expectSameScores('Minister Zelvor Quintaph arrived in Drammelo.');
    expectSameScores('Minister Zelvor Quintaph arrived in Drammelo.');
    // The model remembers each word's sums in slot (word id mod 65,536): the next new word,
    // "Brakkon", is made to take the slot of "Zelvor", the word before it, whose sums the model
    // remembers first when it scores "Zelvor".
    const zelvor = wordCodes('Zelvor').id;
    while ((newWordId() + 1) % 65_536 !== zelvor % 65_536);
    const { tokens, features } = expectSameScores('Minister Zelvor Brakkon arrived in Drammelo.');
    const brakkon = tokens.findIndex((t) => t.text === 'Brakkon');
    expect(features.words[brakkon * 5]! % 65_536).toBe(zelvor % 65_536);
  });

  it('writes a header that says what it holds', () => {
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('SLNM');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint16(6, true)).toBe(FEATURE_VERSION);
    expect(view.getUint16(8, true)).toBe(TAG_COUNT);
    const model = new NameModel(bytes);
    expect(model.featureCount).toBe(view.getUint32(16, true));
    expect(model.featureCount).toBeGreaterThan(0);
  });

  it('keeps the transitions that BILOU forbids forbidden', () => {
    const { transitions } = new NameModel(bytes);
    expect(transitions).toHaveLength((TAG_COUNT + 1) ** 2);
    transitions.forEach((x, i) => expect(x === -Infinity, `transition ${i}`).toBe(ALLOWED[i] === 0));
  });

  it('encodes the same weights to the same bytes, and prunes small weights on request', () => {
    expect(encodeModel(weights)).toEqual(bytes);
    const pruned = encodeModel(weights, { minSteps: 20 });
    expect(pruned.length).toBeLessThan(bytes.length);
    expect(new NameModel(pruned).featureCount).toBeLessThanOrEqual(new NameModel(bytes).featureCount);
    // No weight reaches 128 steps: nothing is left but the transitions, and it still loads.
    const empty = new NameModel(encodeModel(weights, { minSteps: 128 }));
    expect(empty.featureCount).toBe(0);
    expect(tagsOf(HELD_OUT[0]!, empty)).toHaveLength(tokenize(HELD_OUT[0]!).length);
  });

  it('refuses a changed byte: checksum mismatch', () => {
    const flipped = bytes.slice();
    const at = bytes.length - 10;
    flipped[at] = flipped[at]! ^ 0xff;
    expect(loadError(flipped).message).toMatch(/checksum/);
  });

  it('refuses a truncated file, and says how long it should be', () => {
    expect(loadError(bytes.subarray(0, bytes.length - 1)).message).toMatch(new RegExp(`truncated.*${bytes.length - 1} bytes, expected ${bytes.length}`));
    const longer = new Uint8Array(bytes.length + 3);
    longer.set(bytes);
    expect(loadError(longer).message).toMatch(/truncated or corrupt/);
  });

  it('refuses a file that is no model: bad magic number', () => {
    const wrong = bytes.slice();
    wrong[0] = 'X'.charCodeAt(0);
    expect(loadError(wrong).message).toMatch(/bad magic/);
    expect(loadError(new Uint8Array(0)).message).toMatch(/truncated or empty/);
    expect(loadError(new TextEncoder().encode('{"weights": [1, 2, 3], "padding": "........................"}')).message).toMatch(/bad magic/);
  });

  it('refuses weights trained with other features, and says to train again', () => {
    const old = bytes.slice();
    new DataView(old.buffer).setUint16(6, FEATURE_VERSION - 1, true);
    const message = loadError(old).message;
    expect(message).toMatch(`feature version ${FEATURE_VERSION - 1}`);
    expect(message).toMatch(`version ${FEATURE_VERSION}`);
    expect(message).toMatch(/train again/);
  });

  it('refuses another format or tag count', () => {
    const format = bytes.slice();
    new DataView(format.buffer).setUint16(4, 9, true);
    expect(loadError(format).message).toMatch(/format 9/);
    const tags = bytes.slice();
    new DataView(tags.buffer).setUint16(8, TAG_COUNT + 4, true);
    expect(loadError(tags).message).toMatch(/tag count/);
  });

  it('prefixes every message with what failed to load', () => {
    expect(loadError(new Uint8Array(0)).message).toMatch(/^seedlens name model: /);
    expect(loadError(new Uint8Array(0)).name).toBe('ModelError');
  });

  it('reads a model from a slice of a larger buffer', () => {
    const padded = new Uint8Array(bytes.length + 7);
    padded.set(bytes, 5);
    const model = new NameModel(padded.subarray(5, 5 + bytes.length));
    const text = HELD_OUT[0]!;
    expect(tagsOf(text, model)).toEqual(tagsOf(text, new NameModel(bytes)));
  });
});
