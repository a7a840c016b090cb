import { describe, expect, it } from 'vitest';
import { tokenize } from '../segment/tokenize.js';
import { forEachHyphenated } from './hyphenated-tokens.js';

const hyphenated = (text: string, from = 0, to = text.length): string[] => {
  const tokens = tokenize(text, from, to);
  const seen: string[] = [];
  forEachHyphenated(tokens, text, (i) => seen.push(tokens[i]!.text));
  return seen;
};

describe('forEachHyphenated', () => {
  it('visits each token with a hyphen after its first character, once', () => {
    expect(hyphenated('US-led talks - with al-Assad on 1996-08-30 - ended')).toEqual(['US-led', 'al-Assad', '1996-08-30']);
  });

  it('reads only the hyphens of the tokens it is given', () => {
    const text = 'pro-Kremlin media and anti-war marches';
    expect(hyphenated(text, 0, 18)).toEqual(['pro-Kremlin']);
    expect(hyphenated(text, 19)).toEqual(['anti-war']);
  });

  it('visits nothing in a text without hyphenated words', () => {
    expect(hyphenated('Talks - in Baku - ended')).toEqual([]);
    expect(hyphenated('')).toEqual([]);
  });
});
