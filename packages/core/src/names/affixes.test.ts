import { describe, expect, it } from 'vitest';
import { tokenize } from '../segment/tokenize.js';
import { trimAffixes } from './affixes.js';

const trimmed = (text: string) => trimAffixes(tokenize(text), text).map((t) => [t.text, t.start, t.end, t.upper]);

describe('trimAffixes', () => {
  it('keeps the name of a hyphenated word and its offsets', () => {
    expect(trimmed('the US-led and anti-Russia camps')).toEqual([
      ['the', 0, 3, false],
      ['US', 4, 6, true],
      ['and', 11, 14, false],
      ['Russia', 20, 26, true],
      ['camps', 27, 32, false],
    ]);
  });

  it('visits each word once, whatever the hyphens around it', () => {
    expect(trimmed('a well-known then-Secretary - NATO-like-minded al-Assad')).toEqual([
      ['a', 0, 1, false],
      ['well-known', 2, 12, false],
      ['Secretary', 18, 27, true],
      ['-', 28, 29, false],
      ['NATO', 30, 34, true],
      ['al-Assad', 47, 55, false],
    ]);
  });

  it('leaves a text without hyphens as it was tokenized', () => {
    const text = 'Lavrov met Tillerson in Manila.';
    expect(trimAffixes(tokenize(text), text)).toEqual(tokenize(text));
  });
});
