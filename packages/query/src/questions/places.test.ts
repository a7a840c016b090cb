import { describe, expect, it } from 'vitest';
import { Corpus } from '../corpus.js';

describe('Corpus.places', () => {
  const c = new Corpus();
  c.upsert('a.txt', 'Baku talks\n\nThe generals met in Baku, then flew to Moscow.');
  c.upsert('b.txt', 'Bern talks\n\nThe generals met in Bern. Moscow and Baku agreed.');
  c.upsert('c.txt', 'Moscow again\n\nMoscow said so. Officials in Moscow said more.');
  c.upsert('d.txt', 'Nowhere\n\nThe generals met in Zorbinsk Valley.');

  it('lists the places with coordinates, most articles first, with their top articles', () => {
    const places = c.places();
    expect(places.map((p) => [p.name, p.articleCount])).toEqual([['Moscow', 3], ['Baku', 2], ['Bern', 1]]);
    const moscow = places[0]!;
    expect(moscow.id).toBe('place:moscow');
    expect(moscow.gazetteerId).toBe('geonames:524901');
    expect(moscow.coordinates[0]).toBeCloseTo(37.62, 1);
    expect(moscow.coordinates[1]).toBeCloseTo(55.75, 1);
    expect(moscow.articles[0]).toMatchObject({ uri: 'c.txt', title: 'Moscow again', score: 3 });
  });

  it('keeps at most the asked number of articles per place', () => {
    expect(c.places({ articles: 1 })[0]!.articles).toHaveLength(1);
  });

  it('has no place the gazetteer does not know', () => {
    expect(c.places().some((p) => /zorbinsk/i.test(p.name))).toBe(false);
  });
});
