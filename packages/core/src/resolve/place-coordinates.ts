import { lookupPlace, placeWhereabouts, type Whereabouts } from '../names/gazetteer.js';
import type { Entity } from '../types.js';

// A dateline's "BONN" is Bonn (the gazetteer keeps short capitals as written: "USA", "UK").
const titleCase = (name: string): string => name.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());

/** The code a place contains others by: a country's ("GE"), a region's ("US.GA"); none for a city. */
function selfCode(w: Whereabouts): string | undefined {
  if (w.kind === 'country') return w.ref.slice('iso3166-1:'.length);
  if (w.kind === 'region') return w.ref.slice('iso3166-2:'.length).replace('-', '.');
  return undefined;
}

/** How many of the article's other places lie in `w`, or share its region, or hold it. */
function support(w: Whereabouts, others: readonly Whereabouts[]): number {
  const self = selfCode(w);
  let n = 0;
  for (const p of others) {
    // Tbilisi or Abkhazia is in Georgia the country; Atlanta in Georgia the state.
    if (w.kind === 'country' && p.within.split('.')[0] === self) n++;
    else if (w.kind === 'region' && p.within === self) n++;
    // Paris beside Texas, or beside Dallas (a state is known for US cities only).
    else if (w.kind === 'city' && w.within.includes('.') && (selfCode(p) === w.within || (p.kind === 'city' && p.within === w.within))) n++;
  }
  return n;
}

/**
 * Gives each place entity the gazetteer knows its `coordinates` and `gazetteerId`. Where its id
 * stands for namesakes (Georgia the country and the US state; Paris in France and in Texas), the
 * kind already chosen counts, and the other places of the article count more: Georgia beside
 * Atlanta is the state (and becomes a region). A place the gazetteer does not know gets none.
 */
export function placeCoordinates(entities: readonly Entity[]): void {
  const known: { entity: Entity; options: Whereabouts[] }[] = [];
  for (const entity of entities) {
    if (entity.type !== 'place' || entity.kind === 'water' || entity.kind === 'continent') continue;
    // Known means named as the gazetteer names it: an unknown place whose made-up id happens
    // to be a gazetteer id is no guess at it.
    if (![entity.name, ...entity.aliases].some((n) => lookupPlace(n)?.id === entity.id || lookupPlace(titleCase(n))?.id === entity.id)) continue;
    const options = placeWhereabouts(entity.id);
    if (options.length > 0) known.push({ entity, options });
  }
  for (const { entity, options } of known) {
    let best = options[0]!;
    if (options.length > 1) {
      const others = known.filter((k) => k.entity !== entity).map((k) => k.options[0]!);
      let bestScore = -1;
      for (const w of options) {
        const score = 2 * support(w, others) + (w.kind === entity.kind ? 1 : 0);
        if (score > bestScore) [best, bestScore] = [w, score];
      }
    }
    entity.coordinates = best.coordinates;
    entity.gazetteerId = best.ref;
    // Georgia beside Atlanta is a region, not the country the name alone suggested.
    if (best.kind !== entity.kind && best !== options[0]) entity.kind = best.kind;
  }
}
