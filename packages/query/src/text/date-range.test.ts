import { describe, expect, it } from 'vitest';
import { dayNumber, earliestDay, isoDay, parseQueryDate, placeTimex, timexRange } from './date-range.js';

const iso = (value: string) => {
  const r = timexRange(value);
  return r && [isoDay(r.lo), isoDay(r.hi)];
};

describe('timexRange', () => {
  it('gives the days of every granularity', () => {
    expect(iso('2019-12-18')).toEqual(['2019-12-18', '2019-12-18']);
    expect(iso('2019-12-18TEV')).toEqual(['2019-12-18', '2019-12-18']);
    expect(iso('2016-02')).toEqual(['2016-02-01', '2016-02-29']);
    expect(iso('2017')).toEqual(['2017-01-01', '2017-12-31']);
    expect(iso('198')).toEqual(['1980-01-01', '1989-12-31']);
    expect(iso('19')).toEqual(['1900-01-01', '1999-12-31']);
    expect(iso('2018-SU')).toEqual(['2018-06-01', '2018-08-31']);
    expect(iso('2018-WI')).toEqual(['2018-12-01', '2019-02-28']);
    expect(iso('2017-Q2')).toEqual(['2017-04-01', '2017-06-30']);
    expect(iso('2021-W35')).toEqual(['2021-08-30', '2021-09-05']);
    expect(iso('0044')).toEqual(['0044-01-01', '0044-12-31']);
  });

  it('gives null for values without a year', () => {
    for (const v of ['XXXX-10', 'XXXX-WXX-4', 'PRESENT_REF', 'PAST_REF', '']) expect(timexRange(v)).toBeNull();
  });
});

describe('placeTimex', () => {
  const dct = dayNumber(2021, 9, 10); // a Friday
  it('places values without a year by the DCT, flagged approximate', () => {
    const at = (v: string) => {
      const p = placeTimex(v, dct);
      return [p.range && isoDay(p.range.lo), p.approximate];
    };
    expect(at('XXXX-10')).toEqual(['2021-10-01', true]);
    expect(at('XXXX-08-31TEV')).toEqual(['2021-08-31', true]);
    expect(at('XXXX-WXX-4')).toEqual(['2021-09-09', true]);
    expect(at('XXXX-WXX-5')).toEqual(['2021-09-10', true]);
    expect(at('PRESENT_REF')).toEqual(['2021-09-10', true]);
    expect(at('2017')).toEqual(['2017-01-01', false]);
  });
  it('cannot place them without a DCT', () => {
    expect(placeTimex('XXXX-10', null)).toEqual({ range: null, approximate: true });
  });
});

describe('earliestDay', () => {
  it('moves the start of modified values', () => {
    const y2014 = timexRange('2014')!;
    expect(isoDay(earliestDay(y2014, undefined))).toBe('2014-01-01');
    expect(isoDay(earliestDay(y2014, 'MID'))).toBe('2014-05-02');
    expect(isoDay(earliestDay(y2014, 'END'))).toBe('2014-09-01');
  });
});

describe('parseQueryDate', () => {
  it('parses days, months and years', () => {
    expect(parseQueryDate('2017')).toEqual(timexRange('2017'));
    expect(parseQueryDate('2017-02')).toEqual(timexRange('2017-02'));
    expect(parseQueryDate('2016-02-29')).toEqual(timexRange('2016-02-29'));
  });
  it('points at the first offending character', () => {
    expect(parseQueryDate('2017-02-29')).toMatchObject({ offset: 8 });
    expect(parseQueryDate('2017-00')).toMatchObject({ offset: 5 });
    expect(parseQueryDate('20x7')).toMatchObject({ offset: 2 });
    expect(parseQueryDate('2017-02-16T10')).toMatchObject({ offset: 10 });
  });
});
