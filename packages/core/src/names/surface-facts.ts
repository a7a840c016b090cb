import { memoize } from '../memoize.js';
import type { PlaceKind } from '../types.js';
import { fold, lookupPlace, type PlaceEntry } from './gazetteer.js';
import { namesEvent, namesSomeone } from './not-names.js';
import { isFormalStateName, surfacePlaceKind } from './place-kind.js';
import { placeList } from './place-lists.js';
import { isSeatOfGovernment } from './seats-of-government.js';
import { WORLD_REGIONS } from './world-regions.js';

/**
 * What the lists and patterns say of a name's whole surface ("White House", "Republic of
 * Korea"), apart from the tokens around it. Name finding asks several of these of every span, and
 * each would fold or hash the surface again: a surface's facts are found once, each when it is
 * first asked (a span dropped early asks few).
 */
export class SurfaceFacts {
  constructor(readonly text: string) {}

  private folded_: string | undefined;
  /** Lower case without accents (gazetteer.ts' fold). */
  get folded(): string {
    return (this.folded_ ??= fold(this.text));
  }

  private place_: PlaceEntry | null | undefined;
  /** The surface as a known place. */
  get place(): PlaceEntry | undefined {
    return (this.place_ ??= lookupPlace(this.text) ?? null) ?? undefined;
  }

  private places_: ReturnType<typeof placeList> | null | undefined;
  /** The known places the surface lists ("US-Russia"), as place-lists.ts finds them. */
  get places(): ReturnType<typeof placeList> {
    return (this.places_ ??= placeList(this.text) ?? null) ?? undefined;
  }

  private placeKind_: { kind: PlaceKind; placeId: string } | null | undefined;
  /** The kind and id of the surface as a place, where the surface alone says (place-kind.ts). */
  get placeKind(): { kind: PlaceKind; placeId: string } | undefined {
    return (this.placeKind_ ??= surfacePlaceKind(this.text) ?? null) ?? undefined;
  }

  private bits = 0;
  /** An event's or a text's part's name (not-names.ts). */
  get namesEvent(): boolean {
    return this.bit(EVENT, namesEvent);
  }
  /** "White House", "Kremlin". */
  get isSeatOfGovernment(): boolean {
    return this.bit(SEAT, isSeatOfGovernment);
  }
  /** "Islamic Emirate of Afghanistan": a state's formal name (place-kind.ts). */
  get isFormalStateName(): boolean {
    return this.bit(FORMAL_STATE, isFormalStateName);
  }
  /** A lone word that names someone: no pronoun, people or inhabitants (not-names.ts). */
  get namesSomeone(): boolean {
    return this.bit(SOMEONE, namesSomeone);
  }
  /** A world region, a continent or a sea, not a province. */
  get isWorldRegion(): boolean {
    return this.bit(WORLD_REGION, isWorldRegion);
  }

  /** One answer of two bits, whether it is known and what it is. */
  private bit(which: number, ask: (surface: string) => boolean): boolean {
    if ((this.bits & which) === 0) this.bits |= which | (ask(this.text) ? which << 1 : 0);
    return (this.bits & (which << 1)) !== 0;
  }
}
const EVENT = 1;
const SEAT = 4;
const WORLD_REGION = 16;
const FORMAL_STATE = 64;
const SOMEONE = 256;

const isWorldRegion = (surface: string): boolean => {
  const kind = WORLD_REGIONS.get(fold(surface))?.kind;
  return kind === 'region' || kind === 'continent' || kind === 'water';
};

/**
 * The facts of a surface. Asked once per span of an article: a name met once in a long text of
 * ever new names is not worth remembering (memoize.ts).
 */
export const surfaceFacts: (surface: string) => SurfaceFacts = memoize((surface) => new SurfaceFacts(surface), 50_000, { from: 'second meeting' });
