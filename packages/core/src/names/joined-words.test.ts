import { describe, expect, it } from 'vitest';
import { JoinedWords, SplitWords } from './joined-words.js';

const list = (words: string[]) => new JoinedWords([...words].sort().join('|'));

describe('JoinedWords', () => {
  it('finds every word of the list and nothing else', () => {
    const words = ['al-assad', 'baku', 'gerasimov', 'valery', 'valeriy', 'zürich', 'ba', 'bakuu', 'o’brien'];
    const sorted = list(words);
    for (const w of words) expect(sorted.has(w)).toBe(true);
    for (const w of ['', 'b', 'bak', 'bakuuu', 'a', 'zz', 'valer', 'gerasimovs', '|', 'baku|gerasimov', 'zürichs']) expect(sorted.has(w)).toBe(false);
  });

  it('answers like a Set over many random words', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => 'abcdeé'[Math.floor(random() * 6)]).join('');
    const words = new Set(Array.from({ length: 500 }, word));
    const sorted = list([...words]);
    for (let i = 0; i < 3000; i++) {
      const w = word();
      expect(sorted.has(w)).toBe(words.has(w));
    }
  });

  it('answers the same before and after it builds its table', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i * 7}`);
    const sorted = list(words);
    // 6,000 look-ups: the first 5,000 search the string, the rest the table.
    for (let round = 0; round < 10; round++) for (let i = 0; i < 600; i++) expect(sorted.has(`w${i}`)).toBe(i % 7 === 0 && i < 2100);
  });

  it('is empty for an empty list', () => {
    expect(new JoinedWords('').has('a')).toBe(false);
  });

  it('gives the position of a word in the list, before and after it builds its table', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${String(i).padStart(3, '0')}`);
    const sorted = list(words);
    for (let round = 0; round < 20; round++) {
      for (const [i, w] of words.entries()) expect(sorted.indexOf(w)).toBe(i);
      expect(sorted.indexOf('w300')).toBe(-1);
    }
    expect(new JoinedWords('').indexOf('a')).toBe(-1);
  });
});

describe('SplitWords', () => {
  // As the generator splits them: words of Latin-1 characters, then the others, each part sorted.
  const split = (words: string[]) => {
    const sorted = [...words].sort();
    const wide = (w: string) => [...w].some((c) => c.charCodeAt(0) > 0xff);
    const narrow = sorted.filter((w) => !wide(w));
    return { narrow, wide: sorted.filter(wide), list: new SplitWords([narrow.join('|'), sorted.filter(wide).join('|')]) };
  };

  it('finds the words of both parts, and their positions counting the narrow part first', () => {
    const { narrow, wide, list } = split(['baku', 'zürich', 'bouvetøya', 'москва', 'ʁɛpublika', 'valery', '中国']);
    expect(wide).toEqual(['ʁɛpublika', 'москва', '中国']);
    for (const [i, w] of [...narrow, ...wide].entries()) {
      expect(list.has(w)).toBe(true);
      expect(list.indexOf(w)).toBe(i);
    }
    for (const w of ['', 'bak', 'моск', 'zurich', '中', '|']) {
      expect(list.has(w)).toBe(false);
      expect(list.indexOf(w)).toBe(-1);
    }
  });

  it('answers for a list with no wide words, or none at all', () => {
    expect(new SplitWords(['a|b', '']).indexOf('b')).toBe(1);
    expect(new SplitWords(['a|b', '']).has('б')).toBe(false);
    expect(new SplitWords(['', '']).has('a')).toBe(false);
  });
});
