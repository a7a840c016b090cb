import { describe, expect, it } from 'vitest';
import { dateInWords, isAnchored } from './date-words.js';

describe('dateInWords', () => {
  it.each([
    ['2017-02-16', '16 February 2017'],
    ['2017-02', 'February 2017'],
    ['2017', '2017'],
    ['198', 'the 1980s'],
    ['19', 'the 20th century'],
    ['20', 'the 21st century'],
    ['XXXX-10', 'October (year not given)'],
    ['XXXX-12-16', '16 December (year not given)'],
    ['2018-SU', 'summer 2018'],
    ['2021-W35', 'week 35 of 2021'],
    ['XXXX-WXX-4', 'a Thursday'],
    ['2021-09-09TNI', 'the night of 9 September 2021'],
    ['PRESENT_REF', 'the present'],
    ['PAST_REF', 'the past'],
  ])('%s → %s', (value, words) => {
    expect(dateInWords(value)).toBe(words);
  });

  it('applies modifiers', () => {
    expect(dateInWords('2014', 'START')).toBe('early 2014');
    expect(dateInWords('2014', 'END')).toBe('late 2014');
    expect(dateInWords('196', 'START')).toBe('early 1960s');
    expect(dateInWords('2016', 'MID')).toBe('mid-2016');
    expect(dateInWords('1960', 'APPROX')).toBe('about 1960');
  });

  it('returns unknown forms as they are', () => {
    expect(dateInWords('P3Y')).toBe('P3Y');
    expect(dateInWords('2017-13')).toBe('2017-13');
  });
});

describe('isAnchored', () => {
  it('tells calendar values from references and partial dates', () => {
    expect(isAnchored('2017-02')).toBe(true);
    expect(isAnchored('XXXX-10')).toBe(false);
    expect(isAnchored('PRESENT_REF')).toBe(false);
  });
});
