import type { PlaceKind } from '../types.js';

// Continents and named world regions: a closed class no data package lists as places.
const CONTINENTS = ['Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Antarctica', 'Oceania', 'Eurasia'];
const REGIONS = [
  'Middle East', 'Near East', 'Far East', 'East Asia', 'South Asia', 'Southeast Asia', 'Central Asia', 'West Asia', 'Asia-Pacific', 'Indo-Pacific',
  'Eastern Europe', 'Western Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'Central and Eastern Europe', 'Balkans', 'Baltics', 'Baltic States',
  'Caucasus', 'North Caucasus', 'South Caucasus', 'Scandinavia', 'Nordics', 'Mediterranean', 'Levant', 'Maghreb', 'Sahel', 'Horn of Africa', 'Sub-Saharan Africa',
  'North Africa', 'West Africa', 'East Africa', 'Southern Africa', 'Central Africa', 'Gulf', 'Persian Gulf', 'Arctic', 'Antarctic', 'Siberia', 'Caribbean',
  'Central America', 'Pacific Rim', 'Global South', 'West', 'Western world', 'Soviet Empire', 'Transcaucasia', 'Kurdistan', 'Donbas', 'Donbass',
];
const WATER = ['Black Sea', 'Red Sea', 'Baltic Sea', 'Mediterranean Sea', 'Caspian Sea', 'North Sea', 'South China Sea', 'East China Sea', 'Sea of Azov', 'Sea of Japan',
  'Atlantic', 'Atlantic Ocean', 'Pacific', 'Pacific Ocean', 'Indian Ocean', 'Arctic Ocean', 'Persian Gulf', 'Gulf of Aden', 'Strait of Hormuz', 'Bosporus', 'Bosphorus', 'Dardanelles',
  'Euphrates', 'Tigris', 'Nile', 'Danube', 'Dnieper', 'Volga', 'Suez Canal'];

// Names for countries that no ISO list carries: everyday and historical ones.
const COUNTRY_ALIASES: [string, string][] = [
  ['America', 'united-states'], ['Britain', 'united-kingdom'], ['Holland', 'netherlands'], ['Soviet Union', 'soviet-union'], ['USSR', 'soviet-union'],
  ['Yugoslavia', 'yugoslavia'], ['Czechoslovakia', 'czechoslovakia'], ['East Germany', 'east-germany'], ['West Germany', 'west-germany'], ['Burma', 'myanmar'],
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const slug = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const WORLD_REGIONS: ReadonlyMap<string, { id: string; kind: PlaceKind }> = new Map([
  ...CONTINENTS.map((n) => [fold(n), { id: `place:${slug(n)}`, kind: 'continent' as PlaceKind }] as const),
  ...REGIONS.map((n) => [fold(n), { id: `place:${slug(n)}`, kind: 'region' as PlaceKind }] as const),
  ...COUNTRY_ALIASES.map(([n, id]) => [fold(n), { id: `place:${id}`, kind: 'country' as PlaceKind }] as const),
  ...WATER.map((n) => [fold(n), { id: `place:${slug(n)}`, kind: 'water' as PlaceKind }] as const),
]);
