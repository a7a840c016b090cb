import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import type { Entity } from '../types.js';

/** Great-circle distance in km between two [lon, lat] points. */
export function km([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

const placeNamed = (text: string, name: string): Entity | undefined =>
  analyze(text, { dct: 'none' }).entities.find((e) => e.type === 'place' && (e.name === name || e.aliases.includes(name)));

// Where each place is, from atlases rather than from the gazetteer's own data: [lon, lat].
// The sentence gives each name the context a news article would.
const TABLE: [name: string, sentence: string, where: [number, number]][] = [
  ['Moscow', 'Officials in Moscow said so.', [37.62, 55.76]],
  ['Washington', 'Officials in Washington said so.', [-77.04, 38.91]],
  ['London', 'Officials in London said so.', [-0.13, 51.51]],
  ['Paris', 'Officials in Paris said so.', [2.35, 48.86]],
  ['Berlin', 'Officials in Berlin said so.', [13.4, 52.52]],
  ['Rome', 'Officials in Rome said so.', [12.5, 41.9]],
  ['Madrid', 'Officials in Madrid said so.', [-3.7, 40.42]],
  ['Beijing', 'Officials in Beijing said so.', [116.4, 39.9]],
  ['Tokyo', 'Officials in Tokyo said so.', [139.69, 35.69]],
  ['Kyiv', 'Officials in Kyiv said so.', [30.52, 50.45]],
  ['Ankara', 'Officials in Ankara said so.', [32.85, 39.93]],
  ['Tehran', 'Officials in Tehran said so.', [51.39, 35.69]],
  ['Baghdad', 'Officials in Baghdad said so.', [44.37, 33.31]],
  ['Cairo', 'Officials in Cairo said so.', [31.24, 30.04]],
  ['Damascus', 'Officials in Damascus said so.', [36.29, 33.51]],
  ['Baku', 'The generals met in Baku.', [49.87, 40.41]],
  ['Bern', 'The generals met in Bern.', [7.45, 46.95]],
  ['Helsinki', 'The generals met in Helsinki.', [24.94, 60.17]],
  ['Warsaw', 'Officials in Warsaw said so.', [21.01, 52.23]],
  ['Vienna', 'Officials in Vienna said so.', [16.37, 48.21]],
  ['Stockholm', 'Officials in Stockholm said so.', [18.07, 59.33]],
  ['Oslo', 'Officials in Oslo said so.', [10.75, 59.91]],
  ['Tbilisi', 'Officials in Tbilisi said so.', [44.79, 41.72]],
  ['Yerevan', 'Officials in Yerevan said so.', [44.51, 40.18]],
  ['Minsk', 'Officials in Minsk said so.', [27.56, 53.9]],
  ['New Delhi', 'Officials in New Delhi said so.', [77.21, 28.61]],
  ['Islamabad', 'Officials in Islamabad said so.', [73.05, 33.68]],
  ['Kabul', 'Officials in Kabul said so.', [69.17, 34.53]],
  ['Brussels', 'Officials in Brussels said so.', [4.35, 50.85]],
  ['Ottawa', 'Officials in Ottawa said so.', [-75.7, 45.42]],
  ['Canberra', 'Officials in Canberra said so.', [149.13, -35.28]],
  ['Seoul', 'Officials in Seoul said so.', [126.98, 37.57]],
  ['Pyongyang', 'Officials in Pyongyang said so.', [125.75, 39.03]],
  ['Wellington', 'Officials in Wellington said so.', [174.78, -41.29]],
  ['Nairobi', 'Officials in Nairobi said so.', [36.82, -1.29]],
  ['Geneva', 'The talks were held in Geneva.', [6.14, 46.2]],
  ['New York', 'The talks were held in New York.', [-74.01, 40.71]],
  ['Sochi', 'The talks were held in Sochi.', [39.72, 43.6]],
  ['Vladivostok', 'The talks were held in Vladivostok.', [131.89, 43.12]],
  ['Idlib', 'Russian jets struck Idlib.', [36.63, 35.93]],
  ['Aleppo', 'Russian jets struck Aleppo.', [37.16, 36.2]],
  ['Homs', 'Russian jets struck Homs.', [36.72, 34.73]],
  ['Latakia', 'Russian jets flew from Latakia.', [35.78, 35.52]],
  // Countries: their representative point lies near their middle.
  ['Switzerland', 'Talks in Switzerland went on.', [8.23, 46.82]],
  ['Azerbaijan', 'Talks in Azerbaijan went on.', [47.58, 40.14]],
  ['Georgia', 'Russia fought Georgia over Abkhazia.', [43.36, 42.32]],
  ['Lebanon', 'Talks in Lebanon went on.', [35.86, 33.87]],
  // Namesakes: the larger by default, the other where the article's other places say so.
  ['Paris', 'He drove from Dallas to Paris, Texas.', [-95.56, 33.66]],
  ['Moscow', 'Students at the University of Idaho in Moscow, Idaho, protested.', [-117.0, 46.73]],
];

describe('coordinates of well-known places', () => {
  it.each(TABLE)('%s (%s) is within 50 km of where it is', (name, sentence, where) => {
    const place = placeNamed(sentence, name);
    expect(place?.coordinates, `${name} has coordinates`).toBeDefined();
    expect(km(place!.coordinates!, where)).toBeLessThan(50);
    expect(place!.gazetteerId).toMatch(/^(geonames:\d+|iso3166-1:[A-Z]{2}|iso3166-2:[A-Z]{2}-\w+)$/);
  });

  it('places Georgia beside Atlanta in the United States, inside the state, a region', () => {
    const analysis = analyze('The governor of Georgia spoke in Atlanta.', { dct: 'none' });
    const georgia = analysis.entities.find((e) => e.name === 'Georgia')!;
    expect(georgia.gazetteerId).toBe('iso3166-2:US-GA');
    expect(georgia.kind).toBe('region');
    expect(analysis.mentions.find((m) => m.text === 'Georgia')!.kind).toBe('region');
    const [lon, lat] = georgia.coordinates!;
    expect(lon).toBeGreaterThan(-85.6);
    expect(lon).toBeLessThan(-80.8);
    expect(lat).toBeGreaterThan(30.4);
    expect(lat).toBeLessThan(35);
  });

  it('keeps Georgia beside Abkhazia the country', () => {
    const georgia = placeNamed('Russia fought Georgia over Abkhazia.', 'Georgia')!;
    expect([georgia.kind, georgia.gazetteerId]).toEqual(['country', 'iso3166-1:GE']);
  });

  it('counts only the other places of the article: Paris, Texas needs Texas or Dallas beside it', () => {
    expect(placeNamed('Officials in Paris and Texas said so.', 'Paris')!.gazetteerId).toBe(placeNamed('He drove from Dallas to Paris, Texas.', 'Paris')!.gazetteerId);
    expect(placeNamed('Officials in Paris and Lyon said so.', 'Paris')!.gazetteerId).toBe(placeNamed('Officials in Paris said so.', 'Paris')!.gazetteerId);
  });

  it('gives each article its own coordinates to change', () => {
    const first = placeNamed('Officials in Moscow said so.', 'Moscow')!;
    first.coordinates![0] = 0;
    expect(placeNamed('Officials in Moscow said so.', 'Moscow')!.coordinates![0]).toBeCloseTo(37.62, 0);
  });

  it('names the data set a place comes from', () => {
    expect(placeNamed('Officials in Moscow said so.', 'Moscow')!.gazetteerId).toBe('geonames:524901');
    expect(placeNamed('Talks in Switzerland went on.', 'Switzerland')!.gazetteerId).toBe('iso3166-1:CH');
  });

  it('gives a place the gazetteer does not know no coordinates rather than a guess', () => {
    const { entities } = analyze('Troops reached Zorbinsk Valley and sailed the Black Sea to Velmorgrad.', { dct: 'none' });
    const places = entities.filter((e) => e.type === 'place');
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(p.coordinates, p.name).toBeUndefined();
  });

  it('gives actors and dates no coordinates', () => {
    const { entities } = analyze('Georgia Smith met Paris Hilton in Baku on May 5, 2019.', { dct: 'none' });
    for (const e of entities.filter((x) => x.type !== 'place')) expect(e.coordinates, e.name).toBeUndefined();
  });
});
