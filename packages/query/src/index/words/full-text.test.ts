import { describe, expect, it } from 'vitest';
import { FullTextIndex } from './full-text.js';
import { foldedWords, phraseCounter } from '../../text/text-fold.js';

const TEXTS = [
  'The hot line, a "hot-line" of sorts: HOT LINE!',
  'Erdoğan and Straße met on the hot line; the line was hot.',
  'hot hot hot line line',
  'Talks — in Baku — and the talks in Baku\u00a0resumed, “hot line” said U.S. officials.',
  '',
];

describe('FullTextIndex', () => {
  it('counts phrases as matching the folded words of the text does', () => {
    const index = new FullTextIndex();
    TEXTS.forEach((t, i) => index.add(i, t));
    for (const phrase of ['hot line', 'the hot line', 'hot hot', 'line', 'talks in baku', 'erdogan and strasse', 'u s officials', 'line hot', 'nowhere']) {
      const words = foldedWords(phrase);
      const count = phraseCounter(words);
      const expected = TEXTS.map((t) => count(t));
      expect(TEXTS.map((_, i) => index.phraseCount(i, words)), phrase).toEqual(expected);
      const { counts } = index.phraseCounts(words, null);
      expect(TEXTS.map((_, i) => counts.get(i) ?? 0), phrase).toEqual(expected);
    }
  });

  it('counts a phrase only within the given articles, and says how many held all its words', () => {
    const index = new FullTextIndex();
    TEXTS.forEach((t, i) => index.add(i, t));
    expect(index.phraseCounts(['hot', 'line'], null)).toEqual({ counts: new Map([[0, 3], [1, 1], [2, 1], [3, 1]]), candidates: 4 });
    expect(index.phraseCounts(['line', 'hot'], new Set([1, 2]))).toEqual({ counts: new Map(), candidates: 2 });
    expect(index.phraseCounts(['hot', 'nowhere'], null)).toEqual({ counts: new Map(), candidates: 0 });
  });

  it('finds the articles holding every word, and forgets removed ones', () => {
    const index = new FullTextIndex();
    TEXTS.forEach((t, i) => index.add(i, t));
    expect(index.withAll(['hot', 'line'])).toEqual([0, 1, 2, 3]);
    expect(index.withAll(['erdogan', 'line'])).toEqual([1]);
    expect(index.withAll(['hot', 'absent'])).toEqual([]);
    index.remove(1);
    expect(index.withAll(['hot', 'line'])).toEqual([0, 2, 3]);
    expect(index.df('erdogan')).toBe(0);
    expect(index.phraseCount(1, ['hot', 'line'])).toBe(0);
    // Re-adding reuses the words it forgot.
    index.add(1, 'Erdoğan again');
    expect(index.withAll(['erdogan'])).toEqual([1]);
    expect(index.df('again')).toBe(1);
  });

  it('scores a word by BM25, within a scope when given', () => {
    const index = new FullTextIndex();
    TEXTS.forEach((t, i) => index.add(i, t));
    const all = new Map<number, number>();
    index.scoreWord('hot', null, all);
    expect([...all.keys()].sort()).toEqual([0, 1, 2, 3]);
    expect(all.get(2)).toBeGreaterThan(all.get(1)!); // three times against twice, in a shorter text
    const within = new Map<number, number>();
    index.scoreWord('hot', new Set([2, 4]), within);
    expect([...within]).toEqual([[2, all.get(2)]]);
  });

  it('keeps postings in document order whatever order articles arrive in', () => {
    const index = new FullTextIndex();
    for (const doc of [5, 1, 3, 0, 4, 2]) index.add(doc, `word w${doc}`);
    expect(index.withAll(['word'])).toEqual([0, 1, 2, 3, 4, 5]);
    index.add(3, 'other'); // replaces article 3
    expect(index.withAll(['word'])).toEqual([0, 1, 2, 4, 5]);
  });
});
