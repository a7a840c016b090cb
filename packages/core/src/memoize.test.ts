import { describe, expect, it } from 'vitest';
import { memoize } from './memoize.js';

/** `memoize` of a function that counts its calls per key. */
function counted<T>(compute: (key: string) => T, limit?: number, options?: Parameters<typeof memoize>[2]) {
  const calls = new Map<string, number>();
  const remembered = memoize(
    (key: string) => {
      calls.set(key, (calls.get(key) ?? 0) + 1);
      return compute(key);
    },
    limit,
    options,
  );
  return { remembered, calls: (key: string) => calls.get(key) ?? 0 };
}

describe('memoize', () => {
  it('answers as the function does, and computes a key once while it is remembered', () => {
    const { remembered, calls } = counted((w) => w.toUpperCase());
    for (let round = 0; round < 3; round++) for (const w of ['Baku', 'Bern', 'Aleppo']) expect(remembered(w)).toBe(w.toUpperCase());
    expect([calls('Baku'), calls('Bern'), calls('Aleppo')]).toEqual([1, 1, 1]);
  });

  it('remembers an answer of undefined or null as well', () => {
    const { remembered, calls } = counted((w) => (w === 'none' ? undefined : null));
    remembered('none');
    remembered('none');
    remembered('other');
    remembered('other');
    expect(remembered('none')).toBeUndefined();
    expect(remembered('other')).toBeNull();
    expect([calls('none'), calls('other')]).toEqual([1, 1]);
  });

  it('tells apart keys cut from a longer text and keys written out', () => {
    const text = 'General Valery Gerasimov met General Joseph Dunford';
    const { remembered, calls } = counted((w) => w.length);
    expect(remembered(text.slice(8, 24))).toBe(16);
    expect(remembered('Valery Gerasimov')).toBe(16);
    expect(remembered(text.slice(37))).toBe(14);
    expect(calls('Valery Gerasimov')).toBe(1);
  });

  it('keeps at most `limit` answers: past it, what it let go is computed again, and still right', () => {
    const { remembered, calls } = counted((w) => `<${w}>`, 64);
    for (let i = 0; i < 10_000; i++) expect(remembered(`w${i}`)).toBe(`<w${i}>`);
    expect(remembered('w0')).toBe('<w0>');
    expect(calls('w0')).toBe(2);
  });

  describe('from the second meeting', () => {
    const second = { from: 'second meeting' } as const;

    it('computes a key again on its second meeting, then remembers it', () => {
      const { remembered, calls } = counted((w) => w.toUpperCase(), undefined, second);
      for (let round = 0; round < 5; round++) for (const w of ['Baku', 'Bern', 'Aleppo']) expect(remembered(w)).toBe(w.toUpperCase());
      expect([calls('Baku'), calls('Bern'), calls('Aleppo')]).toEqual([2, 2, 2]);
    });

    it('keeps no answer for keys met once, however many', () => {
      // A text of ever new words: each is asked once, and a second round finds almost none remembered
      // (a key whose bit another set is remembered at once: with at most one bit in eight set, few are).
      const { remembered, calls } = counted((w) => `<${w}>`, 1000, second);
      const keys = Array.from({ length: 500 }, (_, i) => `name${i}`);
      for (const k of keys) remembered(k);
      for (const k of keys) remembered(k);
      expect(keys.filter((k) => calls(k) === 2).length).toBeGreaterThan(450);
      for (const k of keys) remembered(k);
      expect(keys.every((k) => calls(k) <= 2)).toBe(true);
    });

    it('forgets which keys it met once after as many new keys as it remembers, and stays right', () => {
      const { remembered, calls } = counted((w) => `<${w}>`, 64, second);
      expect(remembered('w0')).toBe('<w0>');
      for (let i = 1; i < 1000; i++) remembered(`w${i}`);
      // Met once long ago: a first meeting again, not remembered.
      expect(remembered('w0')).toBe('<w0>');
      expect(remembered('w0')).toBe('<w0>');
      expect(calls('w0')).toBe(3);
    });
  });
});
