import { describe, expect, it } from 'vitest';
import { markedArticle } from '../../test/marked-article.js';
import { Corpus } from '../corpus.js';

function corpus(articles: Record<string, string>): Corpus {
  const c = new Corpus();
  for (const [uri, marked] of Object.entries(articles)) c.upsert(uri, markedArticle(marked));
  return c;
}

describe('Corpus.related', () => {
  it('ranks by shared entities, rarer ones weighing more', () => {
    const c = corpus({
      q: '{Valery Gerasimov|person} met {Joe Dunford|person} in {Russia|country}.',
      rare: '{Joe Dunford|person} spoke; {Anna Smith|person} listened.',
      common: '{Russia|country} and {Vladimir Putin|person}.',
      other1: '{Russia|country} and {Sergey Lavrov|person}.',
      other2: '{Russia|country} and {Sergey Shoigu|person}.',
    });
    const related = c.related('q');
    expect(related[0]!.uri).toBe('rare');
    expect(related.map((r) => r.uri)).not.toContain('q');
  });

  it('weighs actors above places and places above dates', () => {
    const c = corpus({
      q: '{Joe Dunford|person} in {Baku|city} in {2017|date}.',
      actor: '{Joe Dunford|person} and {Ann Lee|person}.',
      place: '{Baku|city} and {Ann Lee|person}.',
      date: 'In {2017|date} {Ann Lee|person} spoke.',
    });
    expect(c.related('q').map((r) => r.uri)).toEqual(['actor', 'place', 'date']);
  });

  it('does not let a long article win by length alone', () => {
    const many = Array.from({ length: 40 }, (_, i) => `{Person${String.fromCharCode(97 + (i % 26))}${i} Name${i}|person}`).join(', ');
    const c = corpus({
      q: '{Valery Gerasimov|person} met {Joe Dunford|person} in {Baku|city}.',
      short: '{Valery Gerasimov|person} and {Joe Dunford|person} again; {Tom Ray|person} watched.',
      digest: `{Valery Gerasimov|person}, {Joe Dunford|person}, {Baku|city}, ${many}.`,
    });
    // The digest shares even more with q, but it is mostly about other things.
    expect(c.related('q').map((r) => r.uri)).toEqual(['short', 'digest']);
  });

  it('explains each score by the shared entities, strongest first, adding up to it', () => {
    const c = corpus({
      q: '{Joe Dunford|person} in {Baku|city}; {Dunford|person=Joe Dunford} left.',
      a: '{Joe Dunford|person} in {Baku|city}.',
      b: '{Ann Lee|person} in {Paris|city}.',
    });
    const [first, ...rest] = c.related('q');
    expect(rest).toEqual([]);
    expect(first!.shared.map((s) => s.entityId)).toEqual(['person:joe-dunford', 'place:baku']);
    expect(first!.shared[0]).toMatchObject({ name: 'Joe Dunford', type: 'actor' });
    const sum = first!.shared.reduce((s, e) => s + e.weight, 0);
    expect(sum).toBeCloseTo(first!.score, 10);
  });

  it('ignores dates without a year ("October", "today")', () => {
    const c = corpus({
      q: 'In {October|date=XXXX-10} it rained {today|date=PRESENT_REF}.',
      a: 'In {October|date=XXXX-10} it snowed {today|date=PRESENT_REF}.',
    });
    expect(c.related('q')).toEqual([]);
  });

  it('follows the entity join: a family name in one article meets the full name in another', () => {
    const c = corpus({
      q: '{Valery Gerasimov|person} spoke.',
      a: '{Gerasimov|person} spoke.',
    });
    expect(c.related('q').map((r) => r.uri)).toEqual(['a']);
  });

  it('honours the limit, and gives [] for unknown articles', () => {
    const c = corpus({
      q: '{Joe Dunford|person}.',
      a: '{Joe Dunford|person} one.',
      b: '{Joe Dunford|person} two.',
      d: '{Joe Dunford|person} three.',
    });
    expect(c.related('q', { limit: 2 })).toHaveLength(2);
    expect(c.related('q')).toHaveLength(3);
    expect(c.related('nope')).toEqual([]);
    expect(c.related('q', { limit: 0 })).toEqual([]);
  });

  it('stays right as the corpus changes', () => {
    const c = corpus({ q: '{Joe Dunford|person} in {Baku|city}.', a: '{Baku|city}.' });
    expect(c.related('q').map((r) => r.uri)).toEqual(['a']);
    c.upsert('b', markedArticle('{Joe Dunford|person}.'));
    expect(c.related('q').map((r) => r.uri)).toEqual(['b', 'a']);
    c.remove('b');
    expect(c.related('q').map((r) => r.uri)).toEqual(['a']);
    c.upsert('a', markedArticle('{Paris|city}.'));
    expect(c.related('q')).toEqual([]);
  });
});
