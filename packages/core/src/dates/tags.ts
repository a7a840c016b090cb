import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateMod } from '../types.js';

/*
 * Our parsers and refiners talk to the TIMEX3 stage through chrono's own tag set, because
 * tags survive chrono's merging refiners (they are copied onto merged results) while any
 * side table keyed by result object would not.
 */
const PREFIX = 'seedlens/';


/** A value that needs no calendar arithmetic ("198", "20", "2018-SU", "2001-09-11"). */
export const TIMEX = `${PREFIX}timex=`;
/** Offset from the DCT in a calendar unit, e.g. `month,-1` ("last month"). */
export const RELATIVE = `${PREFIX}rel=`;
/** Reference value used when there is no DCT or the offset is vague ("recently"). */
export const REFERENCE = `${PREFIX}ref=`;
export const MOD = `${PREFIX}mod=`;
/** TIMEX3 part of day (MO, AF, EV, NI) appended to a day or weekday value. */
export const PART_OF_DAY = `${PREFIX}pod=`;
/** Year offset from the DCT for a month written without a year ("May of this year" → 0). */
export const DCT_YEAR = `${PREFIX}dctyear=`;

/** The latest tag with this prefix wins: chrono's tag sets are append-only and keep insertion order. */
export function tagValue(target: ParsedResult | ParsedComponents, prefix: string): string | undefined {
  // A result's tags() copies its start's tag set and then that copy again; ours are always on the
  // start (ParsingResult.addTag writes them there, and no range has an end of ours), so the start's
  // one copy is read.
  const components = 'start' in target ? target.start : target;
  let found: string | undefined;
  for (const tag of components.tags()) if (tag.startsWith(prefix)) found = tag.slice(prefix.length);
  return found;
}

/** Our tags' values on one result, as tagValue reads each. */
export interface OurTags {
  timex?: string;
  rel?: string;
  ref?: string;
  mod?: DateMod;
  pod?: string;
  dctYear?: string;
}

/**
 * All our tags of a result, read in one pass: tags() copies the tag set on every call, and the
 * TIMEX3 stage asks up to six of them per date.
 */
export function ourTags(target: ParsedResult | ParsedComponents): OurTags {
  const components = 'start' in target ? target.start : target;
  const found: OurTags = {};
  for (const tag of components.tags()) {
    if (!tag.startsWith(PREFIX)) continue;
    if (tag.startsWith(TIMEX)) found.timex = tag.slice(TIMEX.length);
    else if (tag.startsWith(RELATIVE)) found.rel = tag.slice(RELATIVE.length);
    else if (tag.startsWith(REFERENCE)) found.ref = tag.slice(REFERENCE.length);
    else if (tag.startsWith(MOD)) found.mod = tag.slice(MOD.length) as DateMod;
    else if (tag.startsWith(PART_OF_DAY)) found.pod = tag.slice(PART_OF_DAY.length);
    else if (tag.startsWith(DCT_YEAR)) found.dctYear = tag.slice(DCT_YEAR.length);
  }
  return found;
}

/*
 * Results made by our parsers. A WeakSet rather than a tag: chrono's tags() copies its set
 * on every call, and this check runs once per result per refiner.
 */
const ours = new WeakSet<ParsedResult>();

export function markOurs(result: ParsedResult): void {
  ours.add(result);
}

export function isOurs(result: ParsedResult): boolean {
  return ours.has(result);
}
