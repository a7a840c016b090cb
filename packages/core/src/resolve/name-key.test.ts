import { describe, expect, it } from 'vitest';
import { fold } from '../names/gazetteer.js';
import { idWord, nameKey, slugId } from './name-key.js';

// The definitions, as chains of replacements: name-key.ts skips them for words already in shape.
const keyByChain = (word: string) =>
  fold(word)
    .replace(/[^a-z0-9]/g, '')
    .replace(/iy$/, 'y')
    .replace(/ey$/, 'y')
    .replace(/ei$/, 'y')
    .replace(/ii$/, 'y')
    .replace(/(.)\1/g, '$1');
const idWordByChain = (word: string) => fold(word).replace(/[^a-z0-9-]/g, '').replace(/iy$/, 'y').replace(/ii$/, 'y');
const slugByChain = (prefix: string, name: string) => `${prefix}:${fold(name).replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unnamed'}`;

describe('name keys and ids', () => {
  it('meet on transliterated endings and doubled letters', () => {
    expect(nameKey('Valeriy')).toBe(nameKey('Valery'));
    expect(nameKey('Sergei')).toBe(nameKey('Sergey'));
    expect(nameKey('Dmitrii')).toBe('dmitry');
    expect(nameKey('Tillerson')).toBe('tilerson');
    expect(idWord('Valeriy')).toBe('valery');
    expect(idWord('Tillerson')).toBe('tillerson');
    expect(slugId('person', 'Valery Gerasimov')).toBe('person:valery-gerasimov');
    expect(slugId('person', "O'Neill  Jr.")).toBe('person:oneill-jr');
    expect(slugId('place', '—')).toBe('place:unnamed');
  });

  it('are what the chains of replacements make, for words in shape and out of it', () => {
    // Letters that double, end in the rewritten pairs, or are not a–z: spaces, hyphens, digits,
    // capitals, accents, apostrophes and dots.
    const alphabet = ['a', 'e', 'i', 'y', 'l', 'z', '0', '9', ' ', ' ', '-', 'E', 'I', 'é', 'ï', "'", '’', '.', 'ß', 'Ł'];
    let seed = 1;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 20_000; n++) {
      const word = Array.from({ length: Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(nameKey(word), word).toBe(keyByChain(word));
      expect(idWord(word), word).toBe(idWordByChain(word));
      expect(slugId('person', word), word).toBe(slugByChain('person', word));
    }
  });
});
