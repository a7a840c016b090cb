import { describe, expect, it } from 'vitest';
import type { CalendarDay } from './dct.js';
import { DateChrono } from './date-chrono.js';
import { loneDates } from './lone-date.js';
import { tenseAt } from './tense.js';
import { toTimex, weekdayValue } from './timex.js';

const chrono = new DateChrono();
const DCT: CalendarDay = { year: 1996, month: 8, day: 30 };
const REFERENCE = new Date(1996, 7, 30, 12);

/** What chrono and the TIMEX3 stage read in a window: offset, text and value of each date (as find-dates.ts asks). */
function chronoReads(window: string, dct: CalendarDay | null): string[] {
  return chrono
    .parse(window, dct === null ? new Date(2000, 0, 1, 12) : REFERENCE)
    .map((r) => `${r.index}:${r.text}=${toTimex(r, dct, () => tenseAt(window, r.index, r.index + r.text.length))?.value}`);
}

/** What findDates asks of the rest of a window. */
const restMatchesNothing = (window: string) => (rest: string) => chrono.matchesNoneOf(rest, chrono.gatesOpenIn(window));

/** What loneDates reads in a window, as chronoReads writes it; null when it leaves the window to chrono. */
function loneReads(window: string, dct: CalendarDay | null): string[] | null {
  const dates = loneDates(window, restMatchesNothing(window));
  if (dates === null) return null;
  return dates.map((d) => {
    const text = window.slice(d.index, d.end);
    const value = d.kind === 'weekday' ? weekdayValue(d.weekday, text, dct, () => tenseAt(window, d.index, d.end)) : d.value;
    return `${d.index}:${text}=${value}`;
  });
}

/** Windows of `date` among random words, mostly words no parser reads and some that a parser or refiner does. */
function* generatedWindows(dates: () => string, count: number): Generator<string> {
  const plain = ['LONDON', 'NEW YORK', 'Tajikistan', 'Reuters', 'said', 'players', 'club', 'the', 'to', 'and', 'results', 'troops', 'met', 'will'];
  const tricky = [
    'of', 'end', 'early', 'late', 'mid', 'around', 'c.', 'in', 'on', 'at', 'morning', 'night', 'evening', 'dawn', 'overnight',
    'AD', 'BC', 'BE', 'T', 'Z', 'GMT', 'this', 'last', 'past', 'next', 'year', 'week', 'weekend', 'Friday', 'sun', 'Sat.', 'May',
    'march', 'market', 'known', 'ago', 'now', 'summer', 'century', 'from', 'until', 'or', '-', '–', '/', '.', ',', ':', '(', ')',
    '（', '"', "'s", '5', '1996',
    // Words that open a parser's gate but match no parser.
    'Chicago', 'snow', 'marketing', 'sunny', 'Monte', 'yearly', 'pastor', 'nowhere', 'Augusta', 'novel', 'decades-old',
  ];
  const separators = [' ', ' ', ' ', '\n', ', ', ' - ', '  ', '', '.', '\u00a0', '\r\n', '\t', ' \u2009'];
  let seed = 7;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) % n;
  };
  const word = () => (random(5) === 0 ? tricky[random(tricky.length)] : plain[random(plain.length)])!;
  const separator = () => separators[random(separators.length)]!;
  const phrase = (n: number) => Array.from({ length: n }, word).join(separator());
  for (let i = 0; i < count; i++) {
    const before = random(4) === 0 ? '' : phrase(random(5)) + separator();
    const after = random(4) === 0 ? '' : separator() + phrase(random(5));
    yield `${before}${dates()}${after}`;
  }
}

/**
 * Checks loneDates against chrono on generated windows of `dates`, under each DCT of `dcts`;
 * returns what it read on the windows it did not leave to chrono (under the first DCT).
 */
function expectAgreement(dates: () => string, dcts: readonly (CalendarDay | null)[]): string[][] {
  const reads: string[][] = [];
  for (const window of generatedWindows(dates, 4000)) {
    const fast = loneReads(window, dcts[0]!);
    if (fast === null) continue;
    reads.push(fast);
    for (const dct of dcts) expect(loneReads(window, dct), window).toEqual(chronoReads(window, dct));
  }
  return reads;
}

describe('loneDates: an ISO date', () => {
  it.each([
    'LONDON 1996-08-30',
    'VICTORY.\nLONDON 1996-08-30\nWest Indian all-rounder Phil Simmons took four',
    'TAVILDARA, Tajikistan 1996-08-30\nTajik government troops',
    'LONDON 1996-08-30\nWest Indies 38 for two', // digits no parser matches
  ])('reads the dateline in %j as chrono does', (window) => {
    expect(loneReads(window, DCT)).toEqual(chronoReads(window, DCT));
  });

  it.each([
    'LONDON 1996-08-30\nplayers last week', // another parser's reading
    'LONDON 1996-08-30\nRomania beat Lithuania 2-1', // digits another parser matches
    'early 1996-08-30 and', // a modifier
    'the morning of 1996-08-30', // a part of day before
    'LONDON 1996-08-30 at dawn', // a part of day after
    'LONDON 1996-02-30', // no such day
    'LONDON 1996-08-30T10:00', // a time
    'ref:1996-08-30', // not a word of its own
    '1996-08-30', // nothing before it: a modifier's "c." reads as no word either
    'LONDON 1996-08-30\nthe March 3 ceasefire', // a month's name: chrono's at once
    'LONDON 1996-08-30\nby Aug. 31', // an abbreviated one
  ])('leaves %j to chrono', (window) => {
    expect(loneReads(window, DCT)).toBeNull();
  });

  it("does not ask the rest's parsers of a window that names a month, which chrono reads anyway", () => {
    let asked = 0;
    const counting = (window: string) => (rest: string) => (asked++, restMatchesNothing(window)(rest));
    const month = 'LONDON 1996-08-30 on 3 March 1996';
    const city = 'LONDON 1996-08-30 in Marseille';
    expect(loneDates(month, counting(month))).toBeNull();
    expect(loneDates(city, counting(city))).not.toBeNull();
    expect(asked).toBe(1);
  });

  it('agrees with chrono on generated windows', () => {
    let seed = 3;
    const date = () => {
      seed = (seed * 69069 + 1) % 2 ** 32;
      const month = String(1 + ((seed >>> 8) % 13)).padStart(2, '0');
      const day = String(1 + ((seed >>> 16) % 31)).padStart(2, '0');
      return `${1000 + ((seed >>> 4) % 2000)}-${month}-${day}`;
    };
    // The generator must reach the fast path often enough to test it.
    expect(expectAgreement(date, [DCT]).length).toBeGreaterThan(500);
  });
});

describe('loneDates: a weekday', () => {
  it.each([
    'matches on Friday:\nLeicester: Leicestershire beat',
    'Results of games played on Thursday.\nPohang',
    'The chiefs will meet on Sunday in Bern',
    "during Wednesday's pro-am",
  ])('reads the weekday in %j as chrono does', (window) => {
    expect(loneReads(window, DCT)).toEqual(chronoReads(window, DCT));
    expect(loneReads(window, null)).toEqual(chronoReads(window, null));
  });

  it.each([
    'played on Friday and Saturday', // a second weekday
    'played last Friday', // a deictic word chrono reads with it
    'on Friday of next week',
    'games (Friday) in', // brackets chrono reads with it
    'games (on Friday',
    'on Friday morning', // a part of day
    'late Friday', // a modifier
    'friday', // not capitalised
  ])('leaves %j to chrono', (window) => {
    expect(loneReads(window, DCT)).toBeNull();
  });

  it('agrees with chrono on generated windows', () => {
    const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    let i = 0;
    const weekday = () => names[i++ % names.length]!;
    expect(expectAgreement(weekday, [DCT, null]).length).toBeGreaterThan(500);
  });
});

describe('loneDates: an ISO date and a weekday', () => {
  it.each([
    'VICTORY.\nLONDON 1996-08-30\nWest Indian all-rounder Phil Simmons took four for on Friday as Leicestershire',
    'LONDON 1996-08-30\nplayers on Friday',
  ])('reads both in %j, where words stand between them', (window) => {
    expect(loneReads(window, DCT)).toHaveLength(2);
    expect(loneReads(window, DCT)).toEqual(chronoReads(window, DCT));
  });

  it.each(['LONDON Friday, 1996-08-30', 'LONDON 1996-08-30 Friday'])('leaves %j, which chrono may read as one, to chrono', (window) => {
    expect(loneReads(window, DCT)).toBeNull();
  });

  it('agrees with chrono on generated windows', () => {
    const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    const between = [' ', ', ', '\n', ' on ', '\nResults of games played on ', ' said on ', ' - ', ' and '];
    let i = 0;
    const both = () => {
      i++;
      const iso = `1996-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const weekday = names[i % names.length]!;
      const gap = between[(i >> 3) % between.length]!;
      return i % 2 === 0 ? `${iso}${gap}${weekday}` : `${weekday}${gap}${iso}`;
    };
    expect(expectAgreement(both, [DCT, null]).filter((read) => read.length === 2).length).toBeGreaterThan(300);
  });
});

describe('loneDates: a year', () => {
  it.each(['their first championship title since 1936 by reducing', 'in 1996 on Friday', 'the 1996 season'])('reads %j as chrono does', (window) => {
    expect(loneReads(window, DCT)).not.toBeNull();
    expect(loneReads(window, DCT)).toEqual(chronoReads(window, DCT));
  });

  it.each(['the 2000 troops', 'in 1996 and 1997', 'early 1996', 'Friday 1996'])('leaves %j to chrono', (window) => {
    expect(loneReads(window, DCT)).toBeNull();
  });

  it('agrees with chrono on generated windows', () => {
    let seed = 5;
    const year = () => {
      seed = (seed * 69069 + 1) % 2 ** 32;
      return String(1000 + ((seed >>> 8) % 1100));
    };
    expect(expectAgreement(year, [DCT, null]).length).toBeGreaterThan(300);
  });
});
