import type { ParsedResult } from 'chrono-node';
import type { DateMod } from '../types.js';
import {
  type CalendarDay, addDays, addMonths, formatDay, isoWeek, isoWeekday, pad,
} from './dct.js';
import { type OurTags, ourTags } from './tags.js';
import type { Tense } from './tense.js';

export interface Timex {
  value: string;
  mod?: DateMod;
}

/** The tense of the date's clause, asked only when a DCT is known and the date lacks a year or week. */
export type TenseOf = () => Tense | null;
const NO_TENSE: TenseOf = () => null;

/*
 * TIMEX3 value of one chrono result, at the granularity that was written: chrono fills
 * unwritten components from its reference date, so only certain components are used.
 * Anything relative to the DCT resolves when a DCT is known and otherwise keeps X
 * placeholders or becomes a PRESENT_REF / PAST_REF / FUTURE_REF.
 */
export function toTimex(result: ParsedResult, dct: CalendarDay | null, tense: TenseOf = NO_TENSE): Timex | null {
  const tags = ourTags(result);
  const value = valueOf(result, tags, dct, tense);
  if (value === null) return null;
  const { pod, mod } = tags;
  const withPod = pod !== undefined && /^(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d|W\d\d-\d)$/.test(value) ? `${value}T${pod}` : value;
  return mod === undefined ? { value: withPod } : { value: withPod, mod };
}

function valueOf(result: ParsedResult, tags: OurTags, dct: CalendarDay | null, tense: TenseOf): string | null {
  if (tags.timex !== undefined) return tags.timex;
  // A written month wins over a merged deictic year ("May of this year" is a month).
  if (result.start.isCertain('month')) return fromComponents(result, tags, dct, tense);
  const { rel, ref } = tags;
  if (rel !== undefined && dct !== null) return resolveRelative(rel, dct) ?? ref ?? null;
  if (ref !== undefined) return ref;
  return fromComponents(result, tags, dct, tense);
}

function resolveRelative(rel: string, dct: CalendarDay): string | null {
  const [unit, offsetText] = rel.split(',');
  const n = Number(offsetText);
  if (!Number.isFinite(n)) return null;
  switch (unit) {
    case 'day':
      return formatDay(addDays(dct, n));
    case 'week': {
      const w = isoWeek(addDays(dct, 7 * n));
      return `${w.year}-W${pad(w.week)}`;
    }
    case 'month': {
      const m = addMonths(dct, n);
      return `${m.year}-${pad(m.month)}`;
    }
    case 'year':
      return String(dct.year + n);
    case 'decade':
      return String(Math.floor(dct.year / 10) + n);
    case 'century':
      return pad(Math.floor(dct.year / 100) + n);
    default:
      if (unit?.startsWith('season:')) return `${dct.year + n}-${unit.slice('season:'.length)}`;
      return null;
  }
}

function fromComponents(result: ParsedResult, tags: OurTags, dct: CalendarDay | null, tense: TenseOf): string | null {
  const s = result.start;
  const hasYear = s.isCertain('year');
  const hasMonth = s.isCertain('month');
  if (hasMonth) {
    const year = hasYear ? pad(s.get('year') ?? 0, 4) : yearFromDct(result, tags, dct, tense);
    const month = `${year}-${pad(s.get('month') ?? 0)}`;
    return s.isCertain('day') ? `${month}-${pad(s.get('day') ?? 0)}` : month;
  }
  if (hasYear) return pad(s.get('year') ?? 0, 4);
  if (s.isCertain('weekday')) {
    const weekday = s.get('weekday') ?? 0;
    return weekdayValue(weekday === 0 ? 7 : weekday, result.text, dct, tense);
  }
  return null;
}

/** TIMEX3 value of a weekday written alone (ISO weekday `iso`, written as `text`). */
export function weekdayValue(iso: number, text: string, dct: CalendarDay | null, tense: TenseOf): string {
  if (dct === null) return `XXXX-WXX-${iso}`;
  return formatDay(resolveWeekday(dct, iso, weekdayDirection(text, tense)));
}

/**
 * A month or day written without a year is in the DCT's year ("this year", "last year" say which
 * year), unless its clause points the other way in time: in an article of 16 Feb 2017, "back in
 * October" is October 2016 and "will meet in March" March 2017, never a month on the wrong side.
 */
function yearFromDct(result: ParsedResult, tags: OurTags, dct: CalendarDay | null, tense: TenseOf): string {
  if (dct === null) return 'XXXX';
  const { rel } = tags;
  const fromRel = rel?.startsWith('year,') ? rel.slice('year,'.length) : undefined;
  const stated = tags.dctYear ?? fromRel;
  if (stated !== undefined) {
    const offset = Number(stated);
    return pad(dct.year + (Number.isFinite(offset) ? offset : 0), 4);
  }
  const s = result.start;
  const month = s.get('month') ?? 0;
  // Compared with the DCT by month, and by day where one is written.
  const order = month - dct.month || (s.isCertain('day') ? (s.get('day') ?? 0) - dct.day : 0);
  if (order === 0) return pad(dct.year, 4);
  const direction = tense();
  if (direction === 'past' && order > 0) return pad(dct.year - 1, 4);
  if (direction === 'future' && order < 0) return pad(dct.year + 1, 4);
  return pad(dct.year, 4);
}

type Direction = 'next' | 'last' | 'nearest-past' | 'nearest-future';

function weekdayDirection(text: string, tense: TenseOf): Direction {
  if (/\b(?:next|coming)\b/i.test(text)) return 'next';
  if (/\blast\b/i.test(text)) return 'last';
  return tense() === 'future' ? 'nearest-future' : 'nearest-past';
}

/**
 * News reports mostly look back: a bare weekday is the latest one on or before the DCT, unless
 * its clause is in the future ("will meet on Thursday": the first one on or after it);
 * "last Thursday" is strictly before it and "next Thursday" strictly after.
 */
function resolveWeekday(dct: CalendarDay, iso: number, direction: Direction): CalendarDay {
  const today = isoWeekday(dct);
  if (direction === 'next') return addDays(dct, ((iso - today + 7) % 7) || 7);
  if (direction === 'nearest-future') return addDays(dct, (iso - today + 7) % 7);
  const back = (today - iso + 7) % 7;
  return addDays(dct, -(direction === 'last' && back === 0 ? 7 : back));
}
