import { describe, expect, it } from 'vitest';
import { memoize } from './memoize.js';

/** `memoize` of a function that counts its calls per key. */
function counted<T>(compute: (key: string) => T, limit?: number) {
  const calls = new Map<string, number>();
  const remembered = memoize((key: string) => {
    calls.set(key, (calls.get(key) ?? 0) + 1);
    return compute(key);
  }, limit);
  return { remembered, calls: (key: string) => calls.get(key) ?? 0 };
}

describe('memoize', () => {
  it('answers as the function does, and remembers a key from its second meeting on', () => {
    const { remembered, calls } = counted((w) => w.toUpperCase());
    for (let round = 0; round < 5; round++) for (const w of ['Baku', 'Bern', 'Aleppo']) expect(remembered(w)).toBe(w.toUpperCase());
    expect([calls('Baku'), calls('Bern'), calls('Aleppo')]).toEqual([2, 2, 2]);
  });

  it('remembers an answer of undefined or null as well', () => {
    const { remembered, calls } = counted((w) => (w === 'none' ? undefined : null));
    for (let round = 0; round < 3; round++) {
      remembered('none');
      remembered('other');
    }
    expect(remembered('none')).toBeUndefined();
    expect(remembered('other')).toBeNull();
    expect([calls('none'), calls('other')]).toEqual([2, 2]);
  });

  it('tells apart keys cut from a longer text and keys written out', () => {
    const text = 'General Valery Gerasimov met General Joseph Dunford';
    const { remembered, calls } = counted((w) => w.length);
    expect(remembered(text.slice(8, 24))).toBe(16);
    expect(remembered('Valery Gerasimov')).toBe(16);
    expect(remembered(text.slice(8, 24))).toBe(16);
    expect(remembered(text.slice(37))).toBe(14);
    expect(calls('Valery Gerasimov')).toBe(2);
  });

  it('keeps no answer for keys met once, however many', () => {
    // A text of ever new words: each is asked once, and a second round finds none remembered.
    const { remembered, calls } = counted((w) => `<${w}>`, 1000);
    const keys = Array.from({ length: 500 }, (_, i) => `name${i}`);
    for (const k of keys) remembered(k);
    // A key whose bit another set is remembered at once: with at most one bit in eight set, few are.
    for (const k of keys) remembered(k);
    const computedTwice = keys.filter((k) => calls(k) === 2).length;
    expect(computedTwice).toBeGreaterThan(450);
    for (const k of keys) remembered(k);
    expect(keys.every((k) => calls(k) <= 2)).toBe(true);
  });

  it('keeps at most `limit` answers: past it, what it let go is computed again, and still right', () => {
    const { remembered, calls } = counted((w) => `<${w}>`, 64);
    for (let round = 0; round < 2; round++) for (let i = 0; i < 10_000; i++) expect(remembered(`w${i}`)).toBe(`<w${i}>`);
    expect(remembered('w0')).toBe('<w0>');
    expect(calls('w0')).toBe(3);
  });
});
