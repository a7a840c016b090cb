import { describe, expect, it } from 'vitest';
import { markedArticle } from '../../test/marked-article.js';
import { Corpus } from '../corpus.js';

describe('Corpus.timeline', () => {
  const c = new Corpus();
  c.upsert('a', markedArticle('{Joe Dunford|person} met {Valery Gerasimov|person} in {Baku|city} in {February 2017|date=2017-02}. Later, in {2019|date}, {Mark Milley|person} took over.'));
  c.upsert('b', markedArticle('In {late 2014|date=2014} {Vladimir Putin|person} spoke. In {October|date=XXXX-10} he spoke again.'));
  c.upsert('c', markedArticle('{Today|date=PRESENT_REF} {Sergey Lavrov|person} arrived in {Paris|city}. In {May|date=XXXX-05} he left.', { dct: '2021-09-10' }));

  it('orders dated mentions by the earliest day they can mean', () => {
    const entries = c.timeline();
    expect(entries.map((e) => [e.uri, e.value, e.sortKey])).toEqual([
      ['b', '2014', '2014-01-01'],
      ['a', '2017-02', '2017-02-01'],
      ['a', '2019', '2019-01-01'],
      ['c', 'XXXX-05', '2021-05-01'],
      ['c', 'PRESENT_REF', '2021-09-10'],
      ['b', 'XXXX-10', 'XXXX-10'],
    ]);
  });

  it('flags placements inferred from the DCT, and values it cannot place', () => {
    const byValue = Object.fromEntries(c.timeline().map((e) => [e.value, e.approximate]));
    expect(byValue).toEqual({ '2014': false, '2017-02': false, '2019': false, 'XXXX-05': true, PRESENT_REF: true, 'XXXX-10': true });
  });

  it('lists the actors and places of the same sentence', () => {
    const feb = c.timeline().find((e) => e.value === '2017-02')!;
    expect(feb.with).toEqual(['person:joe-dunford', 'person:valery-gerasimov', 'place:baku']);
    expect(feb.mention.text).toBe('February 2017');
    const y2019 = c.timeline().find((e) => e.value === '2019')!;
    expect(y2019.with).toEqual(['person:mark-milley']);
  });

  it('restricts to the articles of a query or an entity', () => {
    expect(c.timeline({ query: 'actor:putin' }).map((e) => e.uri)).toEqual(['b', 'b']);
    expect(c.timeline({ entityId: 'person:sergey-lavrov' }).map((e) => e.value)).toEqual(['XXXX-05', 'PRESENT_REF']);
    expect(c.timeline({ entityId: 'person:nobody' })).toEqual([]);
    expect(c.timeline({ query: '  ' })).toHaveLength(6);
    expect(() => c.timeline({ query: 'actor:' })).toThrow(/empty value/);
  });

  it('keeps titles and mentions of abbreviations in one sentence', () => {
    const d = new Corpus();
    d.upsert('x', 'Army Gen. Mark Milley met Valery Gerasimov in Bern, Switzerland, on Dec. 18, 2019. Nobody else came.');
    const [entry] = d.timeline();
    expect(entry!.value).toBe('2019-12-18');
    expect(entry!.with).toEqual(['person:mark-milley', 'person:valery-gerasimov', 'place:bern', 'place:switzerland']);
  });
});
