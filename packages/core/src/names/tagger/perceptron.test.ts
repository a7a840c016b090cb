import { describe, expect, it } from 'vitest';
import { marked } from '../../../test/marked.js';
import { floatScorer, trainingArticle as article } from '../../../test/tagger-fixture.js';
import { tokenize, type Token } from '../../segment/tokenize.js';
import { trimAffixes } from '../affixes.js';
import { decodeArticle, type Scorer } from './decode.js';
import { extractFeatures } from './features.js';
import { NAME_TYPES, tagsToSpans } from './labels.js';
import { encodeModel, NameModel } from './name-model.js';
import { seededRandom, train } from './perceptron.js';

// Made-up names in three patterns: a minister who arrives in a town, a council that votes, a
// town where a party meets. None of these names is in a word list or the gazetteer.
const CORPUS = [
  'Minister [Xavo Pelim|person] arrived in [Orlu|place] on Monday.',
  'Minister [Kelvath Dunvask|person] arrived in [Sorbat|place] on Friday.',
  'Minister [Tavrek Mirelo|person] arrived in [Yorvath|place] on Sunday.',
  'Minister [Ulmeki Trabon|person] arrived in [Qeltar|place] on Tuesday.',
  'Minister [Zumira Oskelt|person] arrived in [Vumir|place] last week.',
  'The [Brandor Council|organization] voted on Monday.',
  'The [Pelgrin Council|organization] voted on Friday.',
  'The [Ravindor Council|organization] voted again.',
  'The [Wexley Council|organization] voted late.',
  'Delegates met in [Kadu|place] for the [Velmor Party|organization] congress.',
  'Delegates met in [Renvo|place] for the [Zorbin Party|organization] congress.',
  'Delegates met in [Tesvik|place] for the [Oskar Party|organization] congress.',
];



/** The names a scorer finds in `text`, as `[text|type]` marks would give them. */
function tagged(text: string, scorer: Scorer) {
  const tokens: Token[] = trimAffixes(tokenize(text), text);
  const tags = decodeArticle(tokens, extractFeatures(tokens), scorer);
  return tagsToSpans(tags).map((s) => {
    const start = tokens[s.first]!.start;
    const end = tokens[s.last]!.end;
    return { start, end, text: text.slice(start, end), label: NAME_TYPES[s.type]! };
  });
}

describe('train', () => {
  const articles = CORPUS.map(article);

  it.each([1, 2, 3])('learns the patterns of a small corpus and finds new names in them (seed %i)', (seed) => {
    const errors: number[] = [];
    const weights = train(articles, { epochs: 10, seed, onEpoch: (_, rate) => errors.push(rate) });
    expect(errors).toHaveLength(10);
    expect(errors.every((r) => r >= 0 && r <= 1)).toBe(true);
    expect(errors.at(-1)).toBe(0);
    const scorer = floatScorer(weights);
    for (const source of CORPUS) {
      const { text, spans } = marked(source);
      expect(tagged(text, scorer)).toEqual(spans);
    }
    for (const source of [
      'Minister [Halvor Quist|person] arrived in [Brenmoor|place] on Monday.',
      'The [Ostrava Council|organization] voted on Friday.',
      'Delegates met in [Lunetta|place] for the [Harrow Party|organization] congress.',
    ]) {
      const { text, spans } = marked(source);
      expect(tagged(text, scorer)).toEqual(spans);
    }
  });

  it('gives the same weights for the same seed', () => {
    const a = encodeModel(train(articles, { epochs: 5, seed: 42 }));
    const b = encodeModel(train(articles, { epochs: 5, seed: 42 }));
    expect(b).toEqual(a);
    // Loading them gives one model.
    expect(new NameModel(b).transitions).toEqual(new NameModel(a).transitions);
  });

  it('keeps no weights when nothing is to be learnt', () => {
    // Capitalized words, and no names: the starting weights (all zero) already tag them all O.
    const plain = ['Rates rose on Monday.', 'The council voted.'].map(article);
    const weights = train(plain, { epochs: 3, seed: 1 });
    expect(weights.features.size).toBe(0);
  });

  it('draws the same numbers from the same seed', () => {
    const a = seededRandom(123);
    const b = seededRandom(123);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
