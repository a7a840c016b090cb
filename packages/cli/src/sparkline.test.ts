import { describe, expect, it } from 'vitest';
import { yearSparkline } from './sparkline.js';

describe('yearSparkline', () => {
  it('draws a block per year, the tallest for the year with most dated mentions, blanks for none', () => {
    expect(yearSparkline(['2014-01-01', '2017-02-16', '2017-02-17', '2017-05-01', '2017-06-01', '2019-12-18', 'XXXX-10'])).toBe(
      '2014 │▂  █ ▂│ 2019  dated mentions per year, most 4',
    );
  });

  it('lets a character stand for several years over a long span', () => {
    expect(yearSparkline(['1900-01-01', '2019-01-01'], 20)).toBe('1900 │█          █│ 2019  dated mentions per decade, most 1');
  });

  it('has nothing to draw without a placed date', () => {
    expect(yearSparkline(['XXXX-10', 'PRESENT_REF'])).toBeUndefined();
  });
});
