import { describe, expect, it } from 'vitest';
import { tokenize } from '../segment/tokenize.js';
import {
  continuesMultiWordPlace,
  demonymOf,
  factsOf,
  isCommonWord,
  isGivenName,
  isOrgHead,
  isPersonalName,
  isServiceWord,
  isTitleHead,
  isTitleWord,
  startsMultiWordPlace,
} from './word-facts.js';

describe('word facts', () => {
  it('gives words that are in no list one shared answer, which nobody can change', () => {
    const none = factsOf('Xqzvbna');
    expect(none).toEqual({ flags: 0, demonym: undefined, place: undefined });
    expect(factsOf('Ktrewsa')).toBe(none);
    expect(Object.isFrozen(none)).toBe(true);
    expect(factsOf('Baku')).not.toBe(none);
  });

  it('answers for every list from one look-up', () => {
    expect(isGivenName('Valery')).toBe(true);
    expect(isPersonalName('Valery')).toBe(true);
    expect(isCommonWord('Minister')).toBe(true);
    expect(isTitleWord('Minister')).toBe(true);
    expect(isTitleHead('Gen')).toBe(true);
    expect(isServiceWord('Army')).toBe(true);
    expect(isOrgHead('Ministry')).toBe(true);
    expect(demonymOf('Russian')).toBe('place:russia');
    expect(factsOf('Baku').place?.id).toBe('place:baku');
    expect(isTitleWord('Baku') || isOrgHead('Baku') || demonymOf('Baku') !== undefined).toBe(false);
  });

  it('knows the words of places of several words', () => {
    expect(startsMultiWordPlace('United')).toBe(true);
    expect(continuesMultiWordPlace('States')).toBe(true);
    expect(startsMultiWordPlace('States')).toBe(false);
    expect(continuesMultiWordPlace('Gerasimov')).toBe(false);
  });

  it('remembers a token’s facts on the token, and asks by its text', () => {
    const [token] = tokenize('Russian');
    expect(token!.facts).toBeUndefined();
    const facts = factsOf(token!);
    expect(token!.facts).toBe(facts);
    expect(facts).toBe(factsOf('Russian'));
    expect(demonymOf(token!)).toBe('place:russia');
  });
});
