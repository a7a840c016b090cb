import { describe, expect, it } from 'vitest';
import { fold, foldedWords, phraseCounter } from './text-fold.js';

describe('fold and foldedWords', () => {
  it('lower-cases and strips accents', () => {
    expect(fold('Erdoğan ÉLYSÉE Straße Łódź')).toBe('erdogan elysee strasse lodz');
  });
  it('splits words at anything but letters and digits', () => {
    expect(foldedWords('U.S.-Russian talks, al-Assad’s 2nd “hot line”')).toEqual(['u', 's', 'russian', 'talks', 'al', 'assad', 's', '2nd', 'hot', 'line']);
    expect(foldedWords('Москва и Киев')).toEqual(['москва', 'и', 'киев']);
  });
});

describe('phraseCounter', () => {
  it('counts words in a row, across punctuation, case and accents', () => {
    const count = phraseCounter(['hot', 'line']);
    expect(count('A Hot-Line, a hot line, a “hot” line; hotline; hot lines.')).toBe(3);
    expect(phraseCounter(['erdogan', 'said'])('Erdoğan said; ERDOGAN SAID')).toBe(2);
  });
  it('does not match inside words', () => {
    expect(phraseCounter(['line'])('lineage pipeline')).toBe(0);
  });
});
