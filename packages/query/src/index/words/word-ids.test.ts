import { describe, expect, it } from 'vitest';
import { HASH_START, WordIds, hashStep } from './word-ids.js';

const hashOf = (word: string) => [...word].reduce((h, c) => hashStep(h, c.charCodeAt(0)), HASH_START);

describe('WordIds', () => {
  it('gives one id per word, from a string or from a range of text lower-cased', () => {
    const ids = new WordIds();
    const line = ids.intern('line');
    expect(ids.intern('line')).toBe(line);
    const text = 'Hot LINE';
    expect(ids.internRange(text, 4, 4, hashOf('line'), true)).toBe(line);
    const hot = ids.internRange(text, 0, 3, hashOf('hot'), true);
    expect(ids.word(hot)).toBe('hot');
    expect(ids.idOf('hot')).toBe(hot);
    expect(ids.idOf('Hot')).toBeUndefined();
  });

  it('keeps thousands of words apart, and reuses the ids of released ones', () => {
    const ids = new WordIds();
    const words = Array.from({ length: 20000 }, (_, i) => `w${i.toString(36)}`);
    const got = words.map((w) => ids.intern(w));
    expect(new Set(got).size).toBe(words.length);
    words.forEach((w, i) => expect(ids.idOf(w)).toBe(got[i]));
    for (let i = 0; i < words.length; i += 2) ids.release(got[i]!);
    for (let i = 0; i < words.length; i++) expect(ids.idOf(words[i]!)).toBe(i % 2 === 0 ? undefined : got[i]);
    const again = ids.intern('fresh');
    expect(got.filter((_, i) => i % 2 === 0)).toContain(again);
    expect(ids.capacity).toBe(words.length);
    for (let i = 1; i < words.length; i += 2) expect(ids.idOf(words[i]!)).toBe(got[i]);
  });
});
