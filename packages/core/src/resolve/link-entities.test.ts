import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import type { NameMention } from '../names/find-names.js';
import { linkNames, longestFirst } from './link-entities.js';

const idsOf = (text: string) => {
  const { mentions } = analyze(text);
  return Object.fromEntries(mentions.filter((m) => m.type !== 'date').map((m) => [m.text, m.entityId]));
};

describe('linking within an article', () => {
  it('joins short forms and spelling variants of one person', () => {
    const ids = idsOf('Gen. Valery Gerasimov met Gen. Joe Dunford. Later Valeriy Gerasimov spoke, and Gerasimov left before Dunford.');
    expect(ids['Gerasimov']).toBe(ids['Valery Gerasimov']);
    expect(ids['Valeriy Gerasimov']).toBe(ids['Valery Gerasimov']);
    expect(ids['Dunford']).toBe(ids['Joe Dunford']);
    expect(ids['Dunford']).not.toBe(ids['Gerasimov']);
  });

  it('joins a family name written with or without its particle', () => {
    const [full, lone, bare, brother] = (() => {
      const ids = idsOf('President Bashar al-Assad spoke. Assad smiled. Later Bashar Assad left, and Maher al-Assad stayed.');
      return [ids['Bashar al-Assad'], ids['Assad'], ids['Bashar Assad'], ids['Maher al-Assad']];
    })();
    expect(lone).toBe(full);
    expect(bare).toBe(full);
    expect(brother).not.toBe(full);
  });

  it('keeps two people of one family apart', () => {
    const ids = idsOf('President Bashar al-Assad and his brother Maher al-Assad disagreed.');
    expect(ids['Bashar al-Assad']).not.toBe(ids['Maher al-Assad']);
  });

  it('joins a department or ministry written either way round', () => {
    const ids = idsOf('A statement of the Department of Defense came first. The Defense Department said so.');
    expect(ids['Defense Department']).toBe(ids['Department of Defense']);
  });

  it('gives every spelling of a country one id', () => {
    const ids = idsOf('The U.S. and the United States and the US and America are one.');
    expect(new Set([ids['U.S.'], ids['United States'], ids['US'], ids['America']])).toEqual(new Set(['place:united-states']));
  });

  it('takes a known place in brackets after a person as the place, not as an acronym of the person', () => {
    const { mentions } = analyze('Pete Sampras (U.S.) beat Jiri Novak (Czech Republic) 6-3 6-4.');
    const us = mentions.find((m) => m.text === 'U.S.');
    expect(us).toMatchObject({ type: 'place', entityId: 'place:united-states' });
  });

  it('joins an acronym defined in brackets to the organization or place before it', () => {
    const ids = idsOf('Officials of the Islamic State-Khorasan Province (ISIS-K) fled. ISIS-K denied it.');
    expect(ids['ISIS-K']).toBe(ids['Islamic State-Khorasan Province']);
  });

  it('joins an organization and its acronym, and knows it by the acronym as a lone acronym is known', () => {
    const ids = idsOf('The North Atlantic Treaty Organization met. NATO said nothing.');
    expect(ids['NATO']).toBe(ids['North Atlantic Treaty Organization']);
    expect(ids['NATO']).toBe(idsOf('NATO met again.')['NATO']);
  });

  it('lists entities with a canonical name and aliases', () => {
    const { entities } = analyze('Gen. Valery Gerasimov met reporters. Gerasimov smiled.');
    expect(entities.find((e) => e.name === 'Valery Gerasimov')).toMatchObject({ type: 'actor', kind: 'person', aliases: ['Gerasimov'] });
  });
});

describe('linking people by name keys', () => {
  const person = (text: string, start: number): NameMention => ({ start, end: start + text.length, text, type: 'actor', kind: 'person', entityId: '' });
  /** The entity id of each name, linked as written at increasing offsets. */
  const link = (...texts: string[]) => {
    let at = 0;
    const names = texts.map((t) => person(t, (at += t.length + 5) - t.length - 5));
    return linkNames(' '.repeat(at), names).mentions.map((m) => m.entityId);
  };

  it('gives a lone name to the person met first among those it could name', () => {
    // "Bashar" could be either person called Bashar; the one met first takes it.
    const [first, second, lone] = link('Bashar Jaafari', 'Bashar al-Assad', 'Bashar');
    expect(first).not.toBe(second);
    expect(lone).toBe(first);
    // A lone family name goes to the first person with that family name, as does a lone given name.
    const [a, b, c] = link('Ivan Smith', 'John Smith', 'Smith');
    expect(a).not.toBe(b);
    expect(c).toBe(a);
  });

  it('joins a fuller or a shortened given name, and keeps other given names apart', () => {
    const [full, short, other] = link('Valery Gerasimov', 'Val Gerasimov', 'Oleg Gerasimov');
    expect(short).toBe(full);
    expect(other).not.toBe(full);
  });

  it('makes each name its mention, in place and in the order given', () => {
    const names = [person('Valery Gerasimov', 0), person('Gerasimov', 30)];
    const [full, short] = names;
    const { mentions } = linkNames(' '.repeat(50), names);
    expect(mentions).toBe(names);
    expect(mentions[0]).toBe(full);
    expect(short).toMatchObject({ text: 'Gerasimov', entityId: 'person:valery-gerasimov' });
  });

  it('gives a mention the role of its name, and no role key where the name has none', () => {
    const names: NameMention[] = [{ ...person('Valery Gerasimov', 5), role: 'Gen.' }, person('Joe Dunford', 30)];
    const [titled, plain] = linkNames(' '.repeat(50), names).mentions;
    expect(titled).toEqual({ start: 5, end: 21, text: 'Valery Gerasimov', type: 'actor', kind: 'person', entityId: 'person:valery-gerasimov', role: 'Gen.' });
    expect(Object.keys(plain!)).toEqual(['start', 'end', 'text', 'type', 'kind', 'entityId']);
  });

  it('keeps thousands of distinct people apart, each once', () => {
    // Syllables of a consonant and a vowel, three to a word: no two names share a key.
    const word = (n: number) => [0, 1, 2].map((k) => 'bdfgklmnprst'[Math.floor(n / 60 ** k) % 12]! + 'aeiou'[Math.floor(n / (12 * 60 ** k)) % 5]!).join('');
    const names = Array.from({ length: 5000 }, (_, i) => `${word(i)[0]!.toUpperCase()}${word(i).slice(1)} ${word(i + 7919)[0]!.toUpperCase()}${word(i + 7919).slice(1)}`);
    expect(new Set(link(...names, ...names)).size).toBe(5000);
  });
});

describe('entity ids', () => {
  it('are readable slugs of the canonical name, with transliterated endings joined', () => {
    const ids = idsOf('Secretary of State Rex Tillerson met Gen. Valeriy Gerasimov.');
    expect(ids['Rex Tillerson']).toBe('person:rex-tillerson');
    expect(ids['Valeriy Gerasimov']).toBe('person:valery-gerasimov');
  });
});

describe('longestFirst', () => {
  const name = (text: string, start: number): NameMention => ({ start, end: start + text.length, text, type: 'actor', kind: 'organization', entityId: '' });

  it('orders by word count, then by position, whatever order the names come in', () => {
    // A unit ("8th brigade") comes first in the list though it stands later in the text.
    const names = [name('8th brigade', 60), name('Dunford', 0), name('Joint Chiefs of Staff', 10), name('Joe Dunford', 40), name('NATO', 80)];
    expect(longestFirst(names).map((i) => names[i]!.text)).toEqual(['Joint Chiefs of Staff', 'Joe Dunford', '8th brigade', 'Dunford', 'NATO']);
  });
});
