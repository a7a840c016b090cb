import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import type { NameMention } from '../names/find-names.js';
import { linkNames, longestFirst, PeopleIndex } from './link-entities.js';

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

  it('takes a bracket closed by a dash for a wire credit, which defines no acronym', () => {
    const text = 'ATHENS (AP) — Talks. The Democratic Republic of Congo (DRC) said so.';
    const name = (written: string, type: 'actor' | 'place'): NameMention => {
      const start = text.indexOf(written);
      return { start, end: start + written.length, text: written, type, kind: type === 'place' ? 'city' : 'organization', entityId: '' };
    };
    const { mentions } = linkNames(text, [name('ATHENS', 'place'), name('AP', 'actor'), name('Democratic Republic of Congo', 'place'), name('DRC', 'place')]);
    const ids = Object.fromEntries(mentions.map((m) => [m.text, m.entityId]));
    expect(ids['AP']).not.toBe(ids['ATHENS']);
    expect(ids['DRC']).toBe(ids['Democratic Republic of Congo']);
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

describe('linking people of one family name', () => {
  const person = (text: string, start: number): NameMention => ({ start, end: start + text.length, text, type: 'actor', kind: 'person', entityId: '' });
  /**
   * The entity id of each name, linked as written at increasing offsets after `others` people of
   * the family, and the id of the first person of the family met.
   */
  const linkAfter = (others: number, family: string, ...texts: string[]): [string[], string] => {
    // Given names that agree with none of the names under test (none starts with an x), nor with each other.
    const filler = Array.from({ length: others }, (_, i) => `Xy${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x ${family}`);
    let at = 0;
    const names = [...filler, ...texts].map((t) => person(t, (at += t.length + 5) - t.length - 5));
    const ids = linkNames(' '.repeat(at), names).mentions.map((m) => m.entityId);
    return [ids.slice(others), ids[0]!];
  };

  // The same names, alone and after a hundred people of their family name: a family of a few
  // names is scanned, one of many is indexed, and both must link alike.
  describe.each([0, 100])('after %i others of the family', (others) => {
    it('joins a shortened given name to the first person met whose given name it starts', () => {
      const [[valery, valentin, val]] = linkAfter(others, 'Gerasimov', 'Valery Gerasimov', 'Valentin Gerasimov', 'Val Gerasimov');
      expect(valentin).not.toBe(valery);
      expect(val).toBe(valery);
    });

    it('joins a lengthened given name to the first person met whose given name starts it', () => {
      const [[al, ali, alina]] = linkAfter(others, 'Hassan', 'Ali Hassan', 'Al Hassan', 'Alina Hassan');
      // Longest first: "Alina Hassan" and "Ali Hassan" are of one length, met in text order; "Al" is shorter.
      expect(ali).toBe(al);
      expect(alina).toBe(al);
    });

    it('keeps given names that start neither one the other apart', () => {
      const [[oleg, olga]] = linkAfter(others, 'Petrov', 'Oleg Petrov', 'Olga Petrov');
      expect(olga).not.toBe(oleg);
    });

    it('gives an initial or a lone family name to the first person of the family met', () => {
      const [[john, jim, initial, lone], first] = linkAfter(others, 'Smith', 'John Smith', 'Jim Smith', 'J. Smith', 'Smith');
      expect(jim).not.toBe(john);
      expect(first).toBe(others === 0 ? john : 'person:xyaax-smith');
      expect(initial).toBe(first);
      expect(lone).toBe(first);
    });
  });
});

describe('the people index', () => {
  /** What the index answers, as a list scanned whole: every name each person (by the order met) was added under. */
  class Reference {
    private readonly names: { person: number; keys: readonly string[] }[] = [];
    add(person: number, keys: readonly string[]): void {
      this.names.push({ person, keys });
    }
    find(keys: readonly string[]): number | undefined {
      let best: number | undefined;
      for (const { person, keys: known } of this.names) {
        if (known.length === 0 || keys.length === 0 || (best !== undefined && best <= person)) continue;
        const matches =
          keys.length === 1
            ? known[known.length - 1] === keys[0] || (known.length > 1 && known[0] === keys[0])
            : known[known.length - 1] === keys[keys.length - 1] &&
              (known.length === 1 || known[0]!.startsWith(keys[0]!) || keys[0]!.startsWith(known[0]!));
        if (matches) best = person;
      }
      return best;
    }
  }

  // mulberry32: the same names on every run.
  const randomOf = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  /**
   * Names of keys as linking makes them: a few family names shared by many; given names new, or the
   * start of one met before, or one met before lengthened, and rarely the empty key (a given name of
   * no letters); in the second half, lone keys that are family names or given names (a lone family
   * name, initials and a family name, a lone given name), a middle name now and then, and a name with
   * no key at all. Lone family names come late, as in linking (longest names first): each agrees with
   * every given name, and a family met alone is from then on one person.
   */
  const namesOf = (seed: number, count: number): string[][] => {
    const random = randomOf(seed);
    const pick = <T,>(list: ArrayLike<T>) => list[Math.floor(random() * list.length)]!;
    const letters = (n: number) => Array.from({ length: n }, () => pick('abcdefghijkl')).join('');
    const families = ['smith', 'jones', 'lee', 'al', 'a'];
    const met: string[] = [];
    const given = () => {
      const r = met.length === 0 ? 0 : random();
      let g = '';
      if (r < 0.6) g = letters(2 + Math.floor(random() * 5));
      else if (r < 0.8) g = pick(met).slice(0, 1 + Math.floor(random() * 4));
      else if (r < 0.99) g = pick(met) + letters(1 + Math.floor(random() * 2));
      met.push(g);
      return g;
    };
    return Array.from({ length: count }, (_, i) => {
      const r = i < count / 2 ? 1 : random();
      if (r < 0.1) return [pick(families)];
      if (r < 0.15) return [given()];
      if (r < 0.2) return [given(), given(), pick(families)];
      if (r < 0.22) return [];
      return [given(), pick(families)];
    });
  };

  it.each([
    [1, 40],
    [2, 300],
    [3, 3000],
    [4, 3000],
  ])('finds what a scan of every name finds (seed %i, %i names)', (seed, count) => {
    const index = new PeopleIndex();
    const reference = new Reference();
    let people = 0;
    const random = randomOf(seed * 31);
    const found: (number | undefined)[] = [];
    const expected: (number | undefined)[] = [];
    // The people of each family name: past a few dozen, the index keeps them otherwise.
    const families = new Map<string, Set<number>>();
    for (const keys of namesOf(seed, count)) {
      // As linking does: the person the name finds takes it, or it names a new one...
      const person = index.find(keys);
      found.push(person);
      expected.push(reference.find(keys));
      // ...and now and then, to try every order of adding (which linking does not), a person met
      // earlier, whatever the name found, is added under it.
      const anyone = people > 0 && random() < 0.15 ? Math.floor(random() * people) : undefined;
      const taker = anyone ?? person ?? people++;
      index.add(taker, keys);
      reference.add(taker, keys);
      if (keys.length > 0) families.set(keys[keys.length - 1]!, (families.get(keys[keys.length - 1]!) ?? new Set()).add(taker));
    }
    expect(found).toEqual(expected);
    // The names did find people, and did make new ones, many of one family name.
    expect(found.filter((o) => o !== undefined).length).toBeGreaterThan(count / 4);
    expect(Math.max(...[...families.values()].map((people) => people.size))).toBeGreaterThan(Math.min(count / 10, 50));
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
