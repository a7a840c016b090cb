import { lookupPlace, placeWhereabouts, type Whereabouts } from '../names/gazetteer.js';
import type { Entity } from '../types.js';

// A dateline's "BONN" is Bonn (the gazetteer keeps short capitals as written: "USA", "UK").
const titleCase = (name: string): string => name.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
// Most names hold no two capitals in a row, and are their own title case: asked again, they would
// cost a replacement and a look-up that answer as the name did.
const CAPITALS = /\p{Lu}{2}/u;
const isKnownAs = (name: string, id: string): boolean => lookupPlace(name)?.id === id || (CAPITALS.test(name) && lookupPlace(titleCase(name))?.id === id);

/** The code a place contains others by: a country's ("GE"), a region's ("US.GA"); none for a city. */
function selfCode(w: Readonly<Whereabouts>): string | undefined {
  if (w.kind === 'country') return w.ref.slice('iso3166-1:'.length);
  if (w.kind === 'region') return w.ref.slice('iso3166-2:'.length).replace('-', '.');
  return undefined;
}

/** Whether place `p` supports `w`: lies in it, shares its region, or holds it. */
function supports(w: Readonly<Whereabouts>, p: Readonly<Whereabouts>): boolean {
  const self = selfCode(w);
  // Tbilisi or Abkhazia is in Georgia the country; Atlanta in Georgia the state.
  if (w.kind === 'country') return p.within.split('.')[0] === self;
  if (w.kind === 'region') return p.within === self;
  // Paris beside Texas, or beside Dallas (a state is known for US cities only).
  return w.kind === 'city' && w.within.includes('.') && (selfCode(p) === w.within || (p.kind === 'city' && p.within === w.within));
}

/**
 * How many of `places` support a place (as `supports` says), counted once for all of them: asking
 * each place of every other one would be quadratic in the places of an article.
 */
function supportCounter(places: readonly Readonly<Whereabouts>[]): (w: Readonly<Whereabouts>) => number {
  const count = (map: Map<string, number>, key: string | undefined) => key !== undefined && map.set(key, (map.get(key) ?? 0) + 1);
  const byCountry = new Map<string, number>();
  const byWithin = new Map<string, number>();
  const bySelf = new Map<string, number>();
  const citiesByWithin = new Map<string, number>();
  for (const p of places) {
    count(byCountry, p.within.split('.')[0]);
    count(byWithin, p.within);
    count(bySelf, selfCode(p));
    if (p.kind === 'city') count(citiesByWithin, p.within);
  }
  return (w) => {
    const self = selfCode(w);
    if (w.kind === 'country') return byCountry.get(self!) ?? 0;
    if (w.kind === 'region') return byWithin.get(self!) ?? 0;
    // selfCode is a country's or region's, never a city's: the two counts never count one place twice.
    if (w.kind === 'city' && w.within.includes('.')) return (bySelf.get(w.within) ?? 0) + (citiesByWithin.get(w.within) ?? 0);
    return 0;
  };
}

/**
 * Gives each place entity the gazetteer knows its `coordinates` and `gazetteerId`. Where its id
 * stands for namesakes (Georgia the country and the US state; Paris in France and in Texas), the
 * kind already chosen counts, and the other places of the article count more: Georgia beside
 * Atlanta is the state (and becomes a region). A place the gazetteer does not know gets none.
 */
export function placeCoordinates(entities: readonly Entity[]): void {
  const known: { entity: Entity; options: readonly Readonly<Whereabouts>[] }[] = [];
  for (const entity of entities) {
    if (entity.type !== 'place' || entity.kind === 'water' || entity.kind === 'continent') continue;
    // Known means named as the gazetteer names it: an unknown place whose made-up id happens
    // to be a gazetteer id is no guess at it.
    if (!isKnownAs(entity.name, entity.id) && !entity.aliases.some((n) => isKnownAs(n, entity.id))) continue;
    const options = placeWhereabouts(entity.id);
    if (options.length > 0) known.push({ entity, options });
  }
  // Each place with namesakes is weighed by the article's other places, each taken as its
  // best-known namesake; counted once, and only for an article that has such a place (most have none).
  let supportAmongAll: ((w: Readonly<Whereabouts>) => number) | undefined;
  for (const { entity, options } of known) {
    let best = options[0]!;
    if (options.length > 1) {
      supportAmongAll ??= supportCounter(known.map((k) => k.options[0]!));
      let bestScore = -1;
      for (const w of options) {
        const support = supportAmongAll(w) - (supports(w, options[0]!) ? 1 : 0);
        const score = 2 * support + (w.kind === entity.kind ? 1 : 0);
        if (score > bestScore) [best, bestScore] = [w, score];
      }
    }
    // A copy: the gazetteer's whereabouts are shared by every article that names the place.
    entity.coordinates = [best.coordinates[0], best.coordinates[1]];
    entity.gazetteerId = best.ref;
    // Georgia beside Atlanta is a region, not the country the name alone suggested.
    if (best.kind !== entity.kind && best !== options[0]) entity.kind = best.kind;
  }
}
