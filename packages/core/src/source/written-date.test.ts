import { describe, expect, it } from 'vitest';
import { writtenDates } from './written-date.js';

const read = (line: string) => writtenDates(line).map((d) => `${line.slice(d.start, d.end)} → ${d.year ?? '?'}-${d.month}-${d.day}`);

describe('writtenDates', () => {
  it('reads a wire dateline in ISO 8601 as chrono does', () => {
    expect(read('LONDON 1996-08-30')).toEqual(['1996-08-30 → 1996-8-30']);
    expect(read('AL-AIN , United Arab Emirates 1996-12-06')).toEqual(['1996-12-06 → 1996-12-6']);
  });

  it('leaves lines with more than an ISO date to chrono', () => {
    expect(read('Published: 18 December 2019')).toEqual(['18 December 2019 → 2019-12-18']);
    expect(read('By Jim Smith | 16/02/2017')).toEqual(['16/02/2017 → 2017-2-16']);
    expect(read('Dec. 18, 2019 | updated 2019-12-19')).toEqual(['Dec. 18, 2019 → 2019-12-18', '2019-12-19 → 2019-12-19']);
  });

  it('reads no date where none can be written, nor an impossible one', () => {
    expect(read('SOCCER - JAPAN BEAT CHINA 2-1 IN ASIAN CUP')).toEqual([]);
    expect(read('Shares rose 1.5 percent')).toEqual([]);
    expect(read('LONDON 1996-02-30')).toEqual([]);
  });
});
