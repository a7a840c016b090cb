import { describe, expect, it } from 'vitest';
import { COMMON, GIVEN, lookupPlace, nameListFlags, PERSONAL, placeWhereabouts } from './gazetteer.js';

// The gazetteer is kept in the generator's compact form (strings, not objects): look-ups through it.
describe('gazetteer', () => {
  it('finds places by folded name, short capitals as written, and names of wide characters', () => {
    expect(lookupPlace('Baku')).toEqual({ id: 'place:baku', kind: 'city' });
    expect(lookupPlace('Azərbaycan Respublikası')).toEqual({ id: 'place:azerbaijan', kind: 'country' });
    expect(lookupPlace('Республика Белоруссия')).toEqual({ id: 'place:belarus', kind: 'country' });
    expect(lookupPlace('UAE')).toEqual({ id: 'place:united-arab-emirates', kind: 'country' });
    expect(lookupPlace('Georgia')?.id).toBe('place:georgia');
  });

  it('knows nothing of names that are no keys, the object prototype\'s included', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'Bakuu', '', 'Zorbinvale']) expect(lookupPlace(name)).toBeUndefined();
  });

  it('marks a small city that is also a personal name as weak', () => {
    expect(lookupPlace('Obama')).toMatchObject({ kind: 'city', weak: true });
  });

  it('gives where a place id is, namesakes after', () => {
    const georgia = placeWhereabouts('place:georgia');
    expect(georgia.map((w) => w.ref)).toEqual(['iso3166-1:GE', 'iso3166-2:US-GA']);
    expect(placeWhereabouts('place:nowhere-at-all')).toEqual([]);
  });

  it('says what the name lists hold of a word', () => {
    expect(nameListFlags('Valery') & GIVEN).toBe(GIVEN);
    expect(nameListFlags('Gerasimov') & PERSONAL).toBe(PERSONAL);
    expect(nameListFlags('meeting') & COMMON).toBe(COMMON);
    expect(nameListFlags('Zorbinvale')).toBe(0);
  });
});
