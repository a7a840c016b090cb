import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceStarts } from './sentences.js';

const split = (text: string, keep = [] as Array<{ start: number; end: number }>) => {
  const starts = [...sentenceStarts(text, keep)];
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim());
};

describe('sentenceStarts', () => {
  it('splits at terminal punctuation followed by space and a capital, and at line breaks', () => {
    expect(split('He came. She left! Why? “Because.” Then\nA headline\nMore text')).toEqual([
      'He came.',
      'She left!',
      'Why?',
      '“Because.”',
      'Then',
      'A headline',
      'More text',
    ]);
  });

  it('does not split after abbreviations, initials or before lower case', () => {
    expect(split('Gen. Mark A. Milley met Dr. Smith on Dec. 18 in the U.S. capital. e.g. this stays.')).toEqual([
      'Gen. Mark A. Milley met Dr. Smith on Dec. 18 in the U.S. capital. e.g. this stays.',
    ]);
  });

  it('lets a dotted acronym end a sentence', () => {
    expect(split('They flew to the U.S. The talks began.')).toEqual(['They flew to the U.S.', 'The talks began.']);
  });

  it('never splits inside a span kept together', () => {
    const text = 'Officials of Foo Inc. Bar Ltd. met.';
    const keep = [{ start: text.indexOf('Foo'), end: text.indexOf(' met') }];
    expect(split(text, keep)).toEqual([text]);
  });

  it('handles empty and unpunctuated text', () => {
    expect([...sentenceStarts('')]).toEqual([0]);
    expect(split('no punctuation at all')).toEqual(['no punctuation at all']);
  });
});

describe('sentenceAt', () => {
  it('finds the sentence of an offset', () => {
    const text = 'One. Two. Three.';
    const starts = sentenceStarts(text);
    expect([0, 4, 5, 9, 10, 15].map((o) => sentenceAt(starts, o))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
