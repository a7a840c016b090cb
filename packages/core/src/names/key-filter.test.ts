import { describe, expect, it } from 'vitest';
import { KeyFilter } from './key-filter.js';

describe('KeyFilter', () => {
  it('has every key added, whole or as a slice of a longer string', () => {
    const filter = new KeyFilter();
    const joined = 'valery|gerasimov|joe dunford';
    filter.add(joined, 0, 6);
    filter.add(joined, 7, 16);
    filter.add('baku');
    for (const key of ['valery', 'gerasimov', 'baku']) expect(filter.mayHave(key)).toBe(true);
  });

  it('says "certainly not" for nearly every key never added', () => {
    const filter = new KeyFilter();
    for (let i = 0; i < 280_000; i++) filter.add(`listed${i}`);
    let perhaps = 0;
    for (let i = 0; i < 100_000; i++) if (filter.mayHave(`unlisted${i}`)) perhaps++;
    // Two bits per key in 2^22: about one in sixty when the gazetteer's 280,000 keys are in.
    expect(perhaps / 100_000).toBeLessThan(0.03);
  });
});
