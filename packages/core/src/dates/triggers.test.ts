import { describe, expect, it } from 'vitest';
import { findTriggers } from './triggers.js';

// The specification: the regular expression the scanner replaced.
const TRIGGER = new RegExp(
  [
    '\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)',
    '\\b(?:1\\d|20)\\d\\d',
    "\\b\\d0s\\b|['‘’]\\d0s\\b",
    '\\b(?:[Tt]oday|[Tt]onight|[Nn]ow|[Cc]urrently|[Nn]owadays|[Yy]esterday|[Tt]omorrow|[Rr]ecently|[Ll]ately|[Pp]ast|[Ff]uture|[Pp]resent|ago|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade|[Cc]entury|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)\\b',
  ].join('|'),
  'g',
);

const byRegex = (text: string, from = 0): string[] => {
  TRIGGER.lastIndex = from;
  const out: string[] = [];
  for (let m = TRIGGER.exec(text); m !== null; m = TRIGGER.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
};
const byScanner = (text: string, from = 0): string[] => {
  const out: string[] = [];
  findTriggers(text, from, (start, end) => out.push(`${start}:${text.slice(start, end)}`));
  return out;
};

describe('date triggers', () => {
  it('finds abbreviations, years, decades and calendar words, as the expression does', () => {
    const text =
      'On Monday, March 3, 2014, Dec. 18 and the 1980s, the ’90s and 80s; now, Nowhere, nowadays, 3 years ago, AGO, ' +
      'Today a decade, Decade, Sunday, sunday, month, Month, x2014, 20145, 1999s, today_, Falls, fall. Spring’s plans, é2014, Mayor, MAY.';
    expect(byScanner(text)).toEqual(byRegex(text));
    expect(byScanner(text)).toContain('3:Mon');
    expect(byScanner(text)).toContain(`${text.indexOf('1980')}:1980`);
  });

  it('starts where it is told', () => {
    const text = 'In 2014 and 2015, today.';
    expect(byScanner(text, 5)).toEqual(byRegex(text, 5));
  });

  it('agrees with the expression on random text built from trigger fragments', () => {
    const pieces = ['Mar', 'May', 'ch', 'day', ' ', ',', '.', '2', '0', '1', '9', 's', '’', "'", 'now', 'ago', 'Ago', 'year', 'Year', 'fall', '_', 'x', 'é', 'Sun', 'today', '\n'];
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: 40 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(byScanner(text), text).toEqual(byRegex(text));
    }
  });
});
