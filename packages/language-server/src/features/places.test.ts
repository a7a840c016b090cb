import { describe, expect, it } from 'vitest';
import { fixture, uriOf } from '../test-fixtures.js';
import { places } from './places.js';

describe('places', () => {
  const f = fixture({
    a: 'Generals meet in Baku\nThe generals met in Baku. Moscow and Washington agreed.\n',
    b: 'Chiefs meet in Bern\nThe chiefs met in Bern, far from Moscow and from Baku.\n',
    c: 'Moscow again\nMoscow said so, near the Black Sea.\n',
  });

  it('gives the places with coordinates, in most articles first, with their top articles', () => {
    const items = places(f.view);
    expect(items.slice(0, 2).map((p) => [p.name, p.articleCount])).toEqual([['Moscow', 3], ['Baku', 2]]);
    const baku = items.find((p) => p.name === 'Baku')!;
    expect(baku).toMatchObject({ id: 'place:baku', kind: 'city', gazetteerId: 'geonames:587084', mentionCount: 3 });
    expect(baku.coordinates[0]).toBeCloseTo(49.89, 1);
    expect(baku.coordinates[1]).toBeCloseTo(40.38, 1);
    expect(baku.articles.map((a) => a.uri).sort()).toEqual([uriOf('a'), uriOf('b')]);
    expect(baku.articles[0]).toMatchObject({ label: expect.any(String), title: 'Generals meet in Baku', mentions: 2 });
  });

  it('leaves out places without coordinates, and keeps to the limits', () => {
    expect(places(f.view).some((p) => p.name === 'Black Sea')).toBe(false);
    expect(places(f.view, { limit: 1 })).toHaveLength(1);
    expect(places(f.view, { articles: 1 })[0]!.articles).toHaveLength(1);
  });
});
