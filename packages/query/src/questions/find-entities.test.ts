import { describe, expect, it } from 'vitest';
import { markedArticle } from '../../test/marked-article.js';
import { Corpus } from '../corpus.js';

describe('Corpus.findEntities', () => {
  const c = new Corpus();
  c.upsert('a', markedArticle('{Valery Gerasimov|person} met {Gerald Ford|person} in {Geneva|city}; {Gerasimov|person=Valery Gerasimov} left.'));
  c.upsert('b', markedArticle('{Gerasimov|person} and {Recep Tayyip Erdoğan|person} in {Baku|city} in {2017|date}.'));
  const ids = (text: string, limit?: number) => c.findEntities(text, limit).map((e) => e.id);

  it('finds by the start of any word of any name, case- and accent-insensitively', () => {
    expect(ids('gera')).toEqual(['person:valery-gerasimov', 'person:gerald-ford']);
    expect(ids('GERASIMOV')[0]).toBe('person:valery-gerasimov');
    expect(ids('val ger')).toEqual(['person:valery-gerasimov']);
    expect(ids('erdog')).toEqual(['person:recep-tayyip-erdogan']);
    expect(ids('ERDOĞAN')).toEqual(['person:recep-tayyip-erdogan']);
  });

  it('ranks whole names and whole words above prefixes', () => {
    expect(ids('ford')[0]).toBe('person:gerald-ford');
    expect(ids('gerasimov')[0]).toBe('person:valery-gerasimov');
  });

  it('falls back to letters in order', () => {
    expect(ids('vgrsmv')).toEqual(['person:valery-gerasimov']);
  });

  it('leaves dates out and honours the limit', () => {
    expect(ids('2017')).toEqual([]);
    expect(ids('ge', 1)).toHaveLength(1);
    expect(ids('')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
  });
});
