import { expect } from 'vitest';
import { findDates } from './find-dates.js';

/**
 * Test fixtures mark each expected date inline as `{VALUE|span}` or `{VALUE MOD|span}`:
 *
 *   'Talks began in {2017-02|February 2017} in Baku.'
 *   'Protests in Kyiv in {2014 END|late 2014} ...'
 *
 * Everything outside braces must yield no date. `expectDates` strips the marks, runs
 * findDates on the plain text and compares spans, values and mods exactly.
 */
export function parseFixture(marked: string): { text: string; expected: string[] } {
  let text = '';
  const expected: string[] = [];
  let last = 0;
  for (const m of marked.matchAll(/\{([^|{}]+)\|([^{}]+)\}/g)) {
    text += marked.slice(last, m.index);
    const [value, mod] = (m[1] ?? '').split(' ');
    const span = m[2] ?? '';
    expected.push(describe(text.length, span, value ?? '', mod));
    text += span;
    last = (m.index ?? 0) + m[0].length;
  }
  text += marked.slice(last);
  return { text, expected };
}

function describe(start: number, span: string, value: string, mod?: string): string {
  return `${start}:${span}=${value}${mod ? ` ${mod}` : ''}`;
}

export function expectDates(marked: string, dct: string | null = null): void {
  const { text, expected } = parseFixture(marked);
  const actual = findDates(text, dct).map((d) => describe(d.start, text.slice(d.start, d.end), d.value, d.mod));
  expect(actual).toEqual(expected);
}
