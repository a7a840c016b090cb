import { describe, expect, it } from 'vitest';
import { markedArticle } from '../../test/marked-article.js';
import { Corpus } from '../corpus.js';

describe('Corpus.cooccurrence', () => {
  const c = new Corpus();
  c.upsert('a', markedArticle('{Joe Dunford|person} met {Valery Gerasimov|person} in {Baku|city}. {Syria|country} came up later. {Dunford|person=Joe Dunford} and {Gerasimov|person=Valery Gerasimov} left.'));
  c.upsert('b', markedArticle('{Gerasimov|person} spoke. {Dunford|person} was in {Washington|city} in {2017|date}.'));
  c.upsert('c', markedArticle('{Valery Gerasimov|person} and {Mark Milley|person} in {Bern|city}.'));

  it('counts shared articles and sentences, most sentences first', () => {
    const co = c.cooccurrence('person:valery-gerasimov');
    // Gerasimov shares sentences 1 and 3 of a with Dunford, none of b; Syria and Washington only articles.
    expect(co.map((x) => [x.entityId, x.articles, x.sentences])).toEqual([
      ['person:joe-dunford', 2, 2],
      ['place:baku', 1, 1],
      ['place:bern', 1, 1],
      ['person:mark-milley', 1, 1],
      ['place:syria', 1, 0],
      ['place:washington', 1, 0],
    ]);
  });

  it('lists where, most shared sentences first', () => {
    const dunford = c.cooccurrence('person:valery-gerasimov').find((x) => x.entityId === 'person:joe-dunford')!;
    expect(dunford.uris).toEqual(['a', 'b']);
    expect(dunford).toMatchObject({ name: 'Joe Dunford', type: 'actor' });
  });

  it('leaves dates out, honours the limit, and gives [] for unknown entities', () => {
    expect(c.cooccurrence('person:joe-dunford').some((x) => x.type === 'date')).toBe(false);
    expect(c.cooccurrence('person:valery-gerasimov', { limit: 2 })).toHaveLength(2);
    expect(c.cooccurrence('person:nobody')).toEqual([]);
  });
});
