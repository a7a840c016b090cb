import { describe, expect, it } from 'vitest';
import gazetteerData from '../generated/gazetteer.js';
import { COMMON, demonymPlace, GIVEN, lookupPlace, mayBeListed, nameListFlags, PERSONAL, placeWhereabouts } from './gazetteer.js';
import { WORLD_REGIONS } from './world-regions.js';

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

  it('filters out words in no list, and never a word that some list holds', () => {
    // Words no list holds, made as a text of new names makes them; more than the filter waits for.
    let seed = 11;
    const letter = () => String.fromCharCode(97 + ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % 26);
    const unknown = Array.from({ length: 30_000 }, () => letter().toUpperCase() + Array.from({ length: 7 }, letter).join(''));
    const kept = unknown.filter(mayBeListed).length;
    // The first questions are answered "perhaps" while the filter is not built.
    expect(kept).toBeGreaterThanOrEqual(20_000);
    expect(kept).toBeLessThan(20_000 + 10_000 * 0.05);
    // Every key of every list, written as text writes it, passes; a sample of each list keeps this quick.
    const data = gazetteerData();
    const keys = (parts: string[]) => parts.flatMap((p) => p.split('|')).filter(Boolean);
    const sample = (list: string[]) => list.filter((_, i) => i % 7 === 0);
    const lists = [
      ...sample(keys(data.givenNames)), ...sample(keys(data.personalNames)), ...sample(keys(data.commonWords)),
      ...keys(data.places.keys), ...Object.keys(data.demonyms), ...WORLD_REGIONS.keys(),
    ];
    const capitalized = (k: string) => k.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase());
    // Also with curly apostrophes ("Côte d’Ivoire") and spaced initials ("U. S."), which are looked up as the lists key them.
    const variants = (k: string) => [k, capitalized(k), k.toUpperCase(), k.toUpperCase().replace(/\.(?=\p{Lu}\.)/gu, '. ')];
    const written = lists.flatMap((k) => [...variants(k), ...variants(k.replace(/'/g, '’')), ...k.split(' ').map(capitalized)]);
    const missed = written.filter((w) => !mayBeListed(w) && (nameListFlags(w) !== 0 || demonymPlace(w) !== undefined || lookupPlace(w) !== undefined));
    expect(missed).toEqual([]);
  });
});
