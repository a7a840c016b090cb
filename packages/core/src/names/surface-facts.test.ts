import { describe, expect, it } from 'vitest';
import { SurfaceFacts, surfaceFacts } from './surface-facts.js';

describe('surfaceFacts', () => {
  it('says what the surface alone says', () => {
    expect(surfaceFacts('White House').isSeatOfGovernment).toBe(true);
    expect(surfaceFacts('Cuban Missile Crisis').namesEvent).toBe(true);
    expect(surfaceFacts('Middle East').isWorldRegion).toBe(true);
    expect(surfaceFacts('Kingdom of Saudi Arabia').isFormalStateName).toBe(true);
    expect(surfaceFacts('Caspian Sea').placeKind?.kind).toBe('water');
    expect(surfaceFacts('US-Russia').places?.map((p) => p.text)).toEqual(['US', 'Russia']);
    expect(surfaceFacts('Côte d’Ivoire').folded).toBe('cote d’ivoire');
    expect([surfaceFacts('Berliners').namesSomeone, surfaceFacts('We').namesSomeone, surfaceFacts('Dunford').namesSomeone]).toEqual([false, false, true]);
  });

  it('answers no for a name the lists do not know, and the same when asked again', () => {
    const facts = new SurfaceFacts('Acme Widgets');
    const answers = () => [facts.place, facts.places, facts.placeKind, facts.namesEvent, facts.isSeatOfGovernment, facts.isWorldRegion, facts.isFormalStateName, facts.namesSomeone];
    expect(answers()).toEqual([undefined, undefined, undefined, false, false, false, false, true]);
    expect(answers()).toEqual([undefined, undefined, undefined, false, false, false, false, true]);
  });

  it('keeps a yes apart from a no of another question', () => {
    const facts = new SurfaceFacts('Kremlin');
    expect([facts.isSeatOfGovernment, facts.namesEvent, facts.isSeatOfGovernment, facts.namesEvent]).toEqual([true, false, true, false]);
  });
});
