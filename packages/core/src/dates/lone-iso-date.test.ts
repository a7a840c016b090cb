import { describe, expect, it } from 'vitest';
import { DateChrono } from './date-chrono.js';
import { loneIsoDate } from './lone-iso-date.js';
import { toTimex } from './timex.js';

const chrono = new DateChrono();
const REFERENCE = new Date(1996, 7, 30, 12);

/** What chrono and the TIMEX3 stage read in a window: offset, text and value of each date. */
function chronoReads(window: string): string[] {
  return chrono.parse(window, REFERENCE).map((r) => `${r.index}:${r.text}=${toTimex(r, { year: 1996, month: 8, day: 30 })?.value}`);
}

function fastReads(window: string): string[] | null {
  const iso = loneIsoDate(window, chrono);
  return iso === null ? null : [`${iso.index}:${window.slice(iso.index, iso.index + 10)}=${iso.value}`];
}

describe('loneIsoDate', () => {
  it.each([
    'LONDON 1996-08-30',
    'VICTORY.\nLONDON 1996-08-30\nWest Indian all-rounder Phil Simmons took four',
    'TAVILDARA, Tajikistan 1996-08-30\nTajik government troops',
  ])('reads the dateline in %j as chrono does', (window) => {
    expect(fastReads(window)).toEqual(chronoReads(window));
  });

  it.each([
    'LONDON 1996-08-30\nplayers on Friday', // another parser's gate
    'LONDON 1996-08-30\nWest Indies 38', // another digit
    'early 1996-08-30 and', // a modifier
    'the morning of 1996-08-30', // a part of day before
    'LONDON 1996-08-30 at dawn', // a part of day after
    'LONDON 1996-02-30', // no such day
    'LONDON 1996-08-30T10:00', // a time
    'ref:1996-08-30', // not a word of its own
    '1996-08-30', // nothing before it: a modifier's "c." reads as no word either
  ])('leaves %j to chrono', (window) => {
    expect(fastReads(window)).toBeNull();
  });

  it('agrees with chrono on generated windows', () => {
    // Mostly words no parser reads, and some that a parser or refiner does.
    const plain = ['LONDON', 'NEW YORK', 'Tajikistan', 'Reuters', 'said', 'players', 'club', 'the', 'to', 'and', 'results', 'troops'];
    const tricky = [
      'of', 'end', 'early', 'late', 'mid', 'around', 'c.', 'in', 'on', 'at', 'morning', 'night', 'evening', 'dawn', 'overnight',
      'AD', 'BC', 'BE', 'T', 'Z', 'GMT', 'this', 'last', 'next', 'year', 'week', 'Friday', 'sun', 'May', 'march', 'market',
      'known', 'ago', 'now', 'summer', 'century', 'will', 'from', 'until', 'or', '-', '–', '/', '.', ',', ':', '(', ')', '"', "'s",
    ];
    const separators = [' ', ' ', ' ', '\n', ', ', ' - ', '  '];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return (seed >>> 16) % n;
    };
    const word = () => (random(5) === 0 ? tricky[random(tricky.length)] : plain[random(plain.length)])!;
    const phrase = (count: number) => Array.from({ length: count }, word).join(separators[random(separators.length)]);
    let read = 0;
    for (let i = 0; i < 4000; i++) {
      const year = 1000 + random(2000);
      const month = String(1 + random(13)).padStart(2, '0');
      const day = String(1 + random(31)).padStart(2, '0');
      const before = random(4) === 0 ? '' : phrase(random(5)) + separators[random(separators.length)];
      const after = random(4) === 0 ? '' : separators[random(separators.length)] + phrase(random(5));
      const window = `${before}${year}-${month}-${day}${after}`;
      const fast = fastReads(window);
      if (fast === null) continue;
      read++;
      expect(fast, window).toEqual(chronoReads(window));
    }
    // The generator must reach the fast path often enough to test it.
    expect(read).toBeGreaterThan(500);
  });
});
