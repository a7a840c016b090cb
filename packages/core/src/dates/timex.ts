import type { ParsedResult } from 'chrono-node';
import type { DateMod } from '../types.js';
import {
  type CalendarDay, addDays, addMonths, formatDay, isoWeek, isoWeekday, pad,
} from './dct.js';
import { DCT_YEAR, PART_OF_DAY, REFERENCE, RELATIVE, TIMEX, modOf, tagValue } from './tags.js';

export interface Timex {
  value: string;
  mod?: DateMod;
}

/*
 * TIMEX3 value of one chrono result, at the granularity that was written: chrono fills
 * unwritten components from its reference date, so only certain components are used.
 * Anything relative to the DCT resolves when a DCT is known and otherwise keeps X
 * placeholders or becomes a PRESENT_REF / PAST_REF / FUTURE_REF.
 */
export function toTimex(result: ParsedResult, dct: CalendarDay | null): Timex | null {
  const value = valueOf(result, dct);
  if (value === null) return null;
  const pod = tagValue(result, PART_OF_DAY);
  const withPod = pod !== undefined && /^(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d|W\d\d-\d)$/.test(value) ? `${value}T${pod}` : value;
  const mod = modOf(result);
  return mod === undefined ? { value: withPod } : { value: withPod, mod };
}

function valueOf(result: ParsedResult, dct: CalendarDay | null): string | null {
  const fixed = tagValue(result, TIMEX);
  if (fixed !== undefined) return fixed;
  // A written month wins over a merged deictic year ("May of this year" is a month).
  if (result.start.isCertain('month')) return fromComponents(result, dct);
  const rel = tagValue(result, RELATIVE);
  const ref = tagValue(result, REFERENCE);
  if (rel !== undefined && dct !== null) return resolveRelative(rel, dct) ?? ref ?? null;
  if (ref !== undefined) return ref;
  return fromComponents(result, dct);
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

function fromComponents(result: ParsedResult, dct: CalendarDay | null): string | null {
  const s = result.start;
  const hasYear = s.isCertain('year');
  const hasMonth = s.isCertain('month');
  if (hasMonth) {
    const year = hasYear ? pad(s.get('year') ?? 0, 4) : yearFromDct(result, dct);
    const month = `${year}-${pad(s.get('month') ?? 0)}`;
    return s.isCertain('day') ? `${month}-${pad(s.get('day') ?? 0)}` : month;
  }
  if (hasYear) return pad(s.get('year') ?? 0, 4);
  if (s.isCertain('weekday')) {
    const weekday = s.get('weekday') ?? 0;
    const iso = weekday === 0 ? 7 : weekday;
    if (dct === null) return `XXXX-WXX-${iso}`;
    return formatDay(resolveWeekday(dct, iso, weekdayDirection(result.text)));
  }
  return null;
}

/** A month or day written without a year is taken to be in the DCT's year. */
function yearFromDct(result: ParsedResult, dct: CalendarDay | null): string {
  if (dct === null) return 'XXXX';
  const rel = tagValue(result, RELATIVE);
  const fromRel = rel?.startsWith('year,') ? rel.slice('year,'.length) : undefined;
  const offset = Number(tagValue(result, DCT_YEAR) ?? fromRel ?? '0');
  return pad(dct.year + (Number.isFinite(offset) ? offset : 0), 4);
}

type Direction = 'next' | 'last' | 'nearest-past';

function weekdayDirection(text: string): Direction {
  if (/\b(?:next|coming)\b/i.test(text)) return 'next';
  return /\blast\b/i.test(text) ? 'last' : 'nearest-past';
}

/**
 * News reports mostly look back: a bare weekday is the latest one on or before the DCT;
 * "last Thursday" is strictly before it and "next Thursday" strictly after.
 */
function resolveWeekday(dct: CalendarDay, iso: number, direction: Direction): CalendarDay {
  const today = isoWeekday(dct);
  if (direction === 'next') return addDays(dct, ((iso - today + 7) % 7) || 7);
  const back = (today - iso + 7) % 7;
  return addDays(dct, -(direction === 'last' && back === 0 ? 7 : back));
}
