import { describe, expect, it } from 'vitest';
import { Corpus } from '../corpus.js';
import { QuerySyntaxError } from '../types.js';

// Five short reports, analysed by core.
const ARTICLES: Record<string, string> = {
  baku: 'Gen. Valery Gerasimov met Gen. Joe Dunford in Baku, Azerbaijan, on February 16, 2017. They agreed on a hot line.',
  followup: 'Gerasimov warned Dunford about Syria. The talks in Baku were cordial, Kommersant reported in 2017.',
  bern: 'Army Gen. Mark Milley met Valery Gerasimov in Bern, Switzerland, on Dec. 18, 2019. They discussed Syria.',
  moscow: 'Russian President Vladimir Putin spoke in Moscow in March 2014. Putin praised the hot-line idea.',
  erdoğan: 'Recep Tayyip Erdoğan visited Ankara in 2018 and spoke about the Black Sea.',
};

function corpus(): Corpus {
  const c = new Corpus();
  for (const [uri, text] of Object.entries(ARTICLES)) c.upsert(uri, text);
  return c;
}

const uris = (c: Corpus, q: string) =>
  c
    .search(q)
    .map((h) => h.uri)
    .sort();

describe('Corpus.search', () => {
  const c = corpus();

  it('finds entities by any name, whole words, case- and accent-insensitively', () => {
    expect(uris(c, 'actor:gerasimov')).toEqual(['baku', 'bern', 'followup']);
    expect(uris(c, 'actor:"valery gerasimov"')).toEqual(['baku', 'bern', 'followup']);
    expect(uris(c, 'actor:GERASIMOV')).toEqual(['baku', 'bern', 'followup']);
    expect(uris(c, 'actor:erdogan')).toEqual(['erdoğan']);
    // A fragment of a word is not a name.
    expect(uris(c, 'actor:gera')).toEqual([]);
    // Fields are typed: a place is not an actor.
    expect(uris(c, 'actor:baku')).toEqual([]);
  });

  it('intersects terms', () => {
    expect(uris(c, 'actor:gerasimov place:baku')).toEqual(['baku', 'followup']);
    expect(uris(c, 'actor:gerasimov place:syria')).toEqual(['bern', 'followup']);
  });

  it('negates and unites', () => {
    expect(uris(c, 'actor:gerasimov -place:syria')).toEqual(['baku']);
    expect(uris(c, '-actor:gerasimov')).toEqual(['erdoğan', 'moscow']);
    expect(uris(c, 'actor:putin OR place:ankara')).toEqual(['erdoğan', 'moscow']);
    expect(uris(c, 'actor:milley OR actor:putin place:moscow')).toEqual(['bern', 'moscow']);
    expect(uris(c, '(actor:milley OR actor:dunford) place:syria')).toEqual(['bern', 'followup']);
  });

  it('matches bare words and phrases on the full text', () => {
    expect(uris(c, 'cordial')).toEqual(['followup']);
    expect(uris(c, 'Cordial')).toEqual(['followup']);
    // "hot-line" and "hot line" are the same words in a row.
    expect(uris(c, '"hot line"')).toEqual(['baku', 'moscow']);
    expect(uris(c, '"line hot"')).toEqual([]);
    expect(uris(c, '"black sea" erdogan')).toEqual(['erdoğan']);
    expect(uris(c, '"the talks in baku"')).toEqual(['followup']);
  });

  it('filters by dates, ranges, after and before', () => {
    expect(uris(c, 'date:2017')).toEqual(['baku', 'followup']);
    expect(uris(c, 'date:2017-02-16')).toEqual(['baku']);
    expect(uris(c, 'date:2017-03')).toEqual([]);
    expect(uris(c, 'date:2014..2017-01')).toEqual(['moscow']);
    expect(uris(c, 'date:2018..')).toEqual(['bern', 'erdoğan']);
    expect(uris(c, 'after:2018')).toEqual(['bern', 'erdoğan']);
    expect(uris(c, 'before:2017')).toEqual(['moscow']);
  });

  it("uses an article's DCT for after: and before: when it has one", () => {
    const d = corpus();
    d.upsert('dated', '---\ndate: 2021-09-10\n---\nIn 1962 the world held its breath.');
    expect(uris(d, 'after:2021')).toContain('dated');
    expect(uris(d, 'before:2000')).not.toContain('dated');
    expect(uris(d, 'date:1962')).toEqual(['dated']);
  });

  it('filters by kind', () => {
    expect(uris(c, 'kind:water')).toEqual(['erdoğan']);
    expect(uris(c, 'kind:city -place:baku')).toEqual(['bern', 'erdoğan', 'moscow']);
  });

  it('ranks articles mentioning an entity more often higher', () => {
    const hits = c.search('actor:putin OR actor:gerasimov');
    expect(hits[0]!.uri).toBe('moscow');
    expect(hits.every((h, i) => i === 0 || hits[i - 1]!.score >= h.score)).toBe(true);
  });

  it('honours the limit and gives titles', () => {
    const hits = c.search('-kind:water', { limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits[0]!.title).toBe(c.get(hits[0]!.uri)!.title);
  });

  it('throws QuerySyntaxError on malformed queries', () => {
    expect(() => c.search('actor:')).toThrow(QuerySyntaxError);
    expect(() => c.search('place:baku OR')).toThrow(/OR needs a term/);
  });

  it('finds nothing in an empty corpus', () => {
    expect(new Corpus().search('actor:gerasimov OR -place:baku')).toEqual([]);
  });
});
