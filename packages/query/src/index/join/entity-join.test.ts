import { describe, expect, it } from 'vitest';
import { markedArticle } from '../../../test/marked-article.js';
import { EntityJoin } from './entity-join.js';
import { documentKeys } from './entity-keys.js';

/** A join over named articles, answering "which corpus entity is this surface in that article". */
class Harness {
  readonly join = new EntityJoin();
  private readonly docs = new Map<string, { id: number; marked: string }>();
  private nextId = 0;

  add(name: string, marked: string): this {
    const id = this.docs.get(name)?.id ?? this.nextId++;
    if (this.docs.has(name)) this.join.removeDocument(id, documentKeys(markedArticle(this.docs.get(name)!.marked)).keys);
    this.join.addDocument(id, documentKeys(markedArticle(marked)).keys);
    this.docs.set(name, { id, marked });
    this.join.settle();
    this.join.checkConsistency();
    return this;
  }

  remove(name: string): this {
    const doc = this.docs.get(name)!;
    this.join.removeDocument(doc.id, documentKeys(markedArticle(doc.marked)).keys);
    this.docs.delete(name);
    this.join.settle();
    this.join.checkConsistency();
    return this;
  }

  /** Corpus id of the mention written `surface` in article `name`. */
  idOf(name: string, surface: string): string {
    const analysis = markedArticle(this.docs.get(name)!.marked);
    const { keys, mentionKey } = documentKeys(analysis);
    const i = analysis.mentions.findIndex((m) => m.text === surface);
    if (i < 0) throw new Error(`no mention ${surface} in ${name}`);
    const keyId = this.join.keyId(keys[mentionKey[i]!]!.key)!;
    return this.join.corpusId(this.join.clusterOfKey(keyId));
  }

  /** Every corpus entity as "id: names (articles/mentions)", sorted: a picture of the whole join. */
  snapshot(): string[] {
    return [...this.join.allClusters()]
      .map((c) => this.join.entity(c))
      .map((e) => `${e.id}: ${[...e.names].sort().join(', ')} (${e.articleCount}/${e.mentionCount})`)
      .sort();
  }
}

describe('EntityJoin: persons', () => {
  it('joins a family name to the one full name with that family name', () => {
    const h = new Harness()
      .add('a', '{Valery Gerasimov|person} met {Joe Dunford|person}.')
      .add('b', '{Gerasimov|person} warned {Dunford|person}.');
    expect(h.idOf('b', 'Gerasimov')).toBe('person:valery-gerasimov');
    expect(h.idOf('b', 'Dunford')).toBe('person:joe-dunford');
  });

  it('joins compatible spellings of a given name, and a middle initial', () => {
    const h = new Harness()
      .add('a', '{Valeriy Gerasimov|person} and {Mark A. Milley|person}.')
      .add('b', '{Valery Gerasimov|person} and {Mark Milley|person}.')
      .add('c', '{Valery Gerasimov|person} again.');
    expect(h.idOf('a', 'Valeriy Gerasimov')).toBe(h.idOf('b', 'Valery Gerasimov'));
    // The spelling in more articles names the entity.
    expect(h.idOf('a', 'Valeriy Gerasimov')).toBe('person:valery-gerasimov');
    expect(h.idOf('a', 'Mark A. Milley')).toBe(h.idOf('b', 'Mark Milley'));
  });

  it('keeps different given names apart, and a bare family name shared by two of them alone', () => {
    const h = new Harness()
      .add('a', '{Bashar al-Assad|person} and {Maher al-Assad|person}.')
      .add('b', '{Assad|person} spoke.');
    expect(h.idOf('a', 'Bashar al-Assad')).not.toBe(h.idOf('a', 'Maher al-Assad'));
    expect(h.idOf('b', 'Assad')).toBe('person:assad');
  });

  it('breaks the tie by the article that itself linked the family name to one of them', () => {
    const h = new Harness()
      .add('a', '{Bashar al-Assad|person} and {Maher al-Assad|person}.')
      .add('b', '{Assad|person} spoke.')
      .add('c', '{Bashar Assad|person} met people; {Assad|person=Bashar Assad} left.');
    expect(h.idOf('b', 'Assad')).toBe('person:bashar-al-assad');
    expect(h.idOf('c', 'Bashar Assad')).toBe('person:bashar-al-assad');
    // Without that article the tie is back.
    h.remove('c');
    expect(h.idOf('b', 'Assad')).toBe('person:assad');
    // The link may also come later, to a name the corpus already has.
    h.add('d', '{Bashar al-Assad|person} spoke; {Assad|person=Bashar al-Assad} nodded.');
    expect(h.idOf('b', 'Assad')).toBe('person:bashar-al-assad');
  });

  it('does not let an initial bridge two different people', () => {
    const h = new Harness().add('a', '{John Smith|person}, {Jane Smith|person} and {J. Smith|person}.');
    const ids = new Set([h.idOf('a', 'John Smith'), h.idOf('a', 'Jane Smith'), h.idOf('a', 'J. Smith')]);
    expect(ids.size).toBe(3);
    // With only one J. name the initial joins it.
    const h2 = new Harness().add('a', '{John Smith|person} and {J. Smith|person}.');
    expect(h2.idOf('a', 'J. Smith')).toBe(h2.idOf('a', 'John Smith'));
  });

  it('un-joins a family name when a second full name with it arrives, and re-joins when it leaves', () => {
    const h = new Harness().add('a', '{Gerasimov|person} spoke.').add('b', '{Valery Gerasimov|person} spoke.');
    expect(h.idOf('a', 'Gerasimov')).toBe('person:valery-gerasimov');
    h.add('c', '{Anna Gerasimov|person} replied.');
    expect(h.idOf('a', 'Gerasimov')).toBe('person:gerasimov');
    h.remove('c');
    expect(h.idOf('a', 'Gerasimov')).toBe('person:valery-gerasimov');
  });
});

describe('EntityJoin: organizations, places, dates', () => {
  it('joins an acronym to the one organization it abbreviates', () => {
    const h = new Harness()
      .add('a', 'The {North Atlantic Treaty Organization|organization} met.')
      .add('b', '{NATO|organization} and the {Department of Defense|organization}.')
      .add('c', 'The {DOD|organization} said.');
    expect(h.idOf('b', 'NATO')).toBe('organization:north-atlantic-treaty-organization');
    expect(h.idOf('c', 'DOD')).toBe('organization:department-of-defense');
  });

  it('joins a one-word alias that an article linked to an organization', () => {
    const h = new Harness()
      .add('a', '{Russian Foreign Intelligence Service|organization} ({SVR|organization=Russian Foreign Intelligence Service}).')
      .add('b', 'The {SVR|organization} denied it.');
    expect(h.idOf('b', 'SVR')).toBe('organization:russian-foreign-intelligence-service');
  });

  it('treats a leading "the" as no different name', () => {
    const h = new Harness().add('a', '{The Duran|organization} wrote.').add('b', '{Duran|organization} wrote.');
    expect(h.idOf('a', 'The Duran')).toBe(h.idOf('b', 'Duran'));
  });

  it("joins places and dates by core's id", () => {
    const h = new Harness().add('a', '{Baku|city} in {2017|date}.').add('b', '{Baku|city} in {that year|date=2017}.');
    expect(h.idOf('a', 'Baku')).toBe('place:baku');
    expect(h.idOf('b', 'Baku')).toBe('place:baku');
    const dates = h.snapshot().filter((s) => s.startsWith('date:'));
    expect(dates).toEqual(['date:2017: 2017, that year (2/2)']);
  });

  it('records names, kinds, articles and mentions per entity', () => {
    const h = new Harness()
      .add('a', '{Putin|organization} and {Vladimir Putin|person}; {Putin|person=Vladimir Putin} again.')
      .add('b', '{Vladimir Putin|person} spoke.');
    const putin = h.join.entity(h.join.clusterByCorpusId('person:vladimir-putin')!);
    expect(putin).toMatchObject({ name: 'Vladimir Putin', type: 'actor', kind: 'person', articleCount: 2, mentionCount: 4 });
    expect(putin.names).toEqual(['Vladimir Putin', 'Putin']);
    expect(putin.kinds).toEqual(['person', 'organization']);
  });
});

describe('EntityJoin: incremental updates', () => {
  const articles: Record<string, string> = {
    a: '{Valery Gerasimov|person} met {Joe Dunford|person} in {Baku|city}; {NATO|organization} watched.',
    b: '{Gerasimov|person} warned {Dunford|person} in {2017|date}.',
    c: '{Valeriy Gerasimov|person} and the {North Atlantic Treaty Organization|organization}.',
    d: '{Anna Gerasimov|person} and {Bashar al-Assad|person}; {Assad|person=Bashar al-Assad} left.',
    e: '{Assad|person} and {Maher al-Assad|person} in {Baku|city}.',
    f: '{Joseph Dunford|person} and {Mark Milley|person}; {Milley|person=Mark Milley}.',
    g: '{Milley|organization} and {DOD|organization} and the {Department of Defense|organization}.',
    h: '{Bashar al-Assad|person} alone, and {Maher al-Assad|person}.',
  };

  it('gives the same entities whatever the order of upserts and removes', () => {
    const reference = new Harness();
    for (const [name, text] of Object.entries(articles)) reference.add(name, text);
    const expected = reference.snapshot();

    const names = Object.keys(articles);
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let run = 0; run < 25; run++) {
      const h = new Harness();
      const order = [...names].sort(() => random() - 0.5);
      for (const name of order) {
        h.add(name, articles[name]!);
        // Now and then take an article out and put it back later (or replace it by itself).
        if (random() < 0.3) h.remove(name).add(name, articles[name]!);
        if (random() < 0.2) h.add(name, articles[name]!);
      }
      expect(h.snapshot()).toEqual(expected);
    }
  });

  it('removing every article leaves nothing behind', () => {
    const h = new Harness();
    for (const [name, text] of Object.entries(articles)) h.add(name, text);
    for (const name of Object.keys(articles).reverse()) h.remove(name);
    expect(h.snapshot()).toEqual([]);
    expect([...h.join.allClusters()]).toEqual([]);
  });

  it('replacing an article changes only what its text changed', () => {
    const h = new Harness().add('a', articles.a!).add('b', articles.b!);
    expect(h.idOf('b', 'Gerasimov')).toBe('person:valery-gerasimov');
    h.add('a', '{Joe Dunford|person} alone.');
    expect(h.idOf('b', 'Gerasimov')).toBe('person:gerasimov');
    expect(h.idOf('b', 'Dunford')).toBe('person:joe-dunford');
  });
});
