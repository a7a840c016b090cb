import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';
import { gatedParsers, matchesUnwanted, unwantedByName } from './date-chrono.js';

describe('the chrono parsers we leave out', () => {
  it('are the same by class name as by what they match, for every parser chrono has', () => {
    const context = new chrono.ParsingContext('', new Date(2000, 0, 1));
    for (const parser of chrono.casual.parsers) {
      const byName = unwantedByName(parser);
      // A parser this list does not know (a new chrono) would be recognised by matching alone.
      expect(byName, parser.constructor.name).not.toBeUndefined();
      expect(byName, parser.constructor.name).toBe(matchesUnwanted(parser, context));
    }
  });
});

// Dates written in every form the parsers read, and text around them.
const SAMPLES = [
  '05/2014', 'due 12/2019.', 'the 5/5/2014 meeting', '12/18/2019', '18.12.2019', '2019.12.18', '2019/12/18', '2014-05-05', '20140505',
  'May 5, 2014', '5 May 2014', 'May 2014', '2014 May', 'May of 2014', 'in May', 'Dec. 16', '16 Dec', 'Sept. 3', 'the fifth of May',
  'Monday', 'on Monday, May 5', 'next Monday', 'last weekend', 'the 1990s', "the '90s", 'the 20th century', 'spring 2014', 'in 2014, the',
  'today', 'now', '3 days ago', 'last week', 'two years ago', 'a decade', 'mid-2014', 'Thursday, Feb. 16, 2017', 'at 10:30 on 5/5',
];

describe('the gate of each parser we keep', () => {
  it('is met by every text the parser matches', () => {
    const context = new chrono.ParsingContext('', new Date(2000, 0, 1));
    for (const { parser, gate } of gatedParsers()) {
      for (const sample of SAMPLES) {
        const pattern = parser.pattern(context);
        pattern.lastIndex = 0;
        if (pattern.test(sample)) expect(gate.test(sample), `${parser.constructor.name} on "${sample}"`).toBe(true);
      }
    }
  });

  it('keeps the month-and-year parser to texts with a slash before a year', () => {
    const context = new chrono.ParsingContext('', new Date(2000, 0, 1));
    const matches = (parser: chrono.Parser, text: string) => {
      const pattern = parser.pattern(context);
      pattern.lastIndex = 0;
      return pattern.test(text);
    };
    const reading = gatedParsers().filter(({ parser }) => matches(parser, '05/2014') && !['5/14', '2014', '2014-05-05'].some((t) => matches(parser, t)));
    expect(reading.length).toBeGreaterThan(0);
    for (const { gate } of reading) {
      expect(gate.test('Leicestershire 22 points, Somerset 4 (1996-08-30)')).toBe(false);
      expect(gate.test('sales fell in 08/2014')).toBe(true);
    }
    expect(findDates('Sales fell in 08/2014.', '2017-02-16').map((d) => d.value)).toEqual(['2014-08']);
  });
});
