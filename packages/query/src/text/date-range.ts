// TIMEX3 values as ranges of days, so that dates of any granularity ("2017", "2017-02",
// "2018-SU", "198") can be compared, filtered and put on one timeline.
import type { DateMod } from '@seedlens/core';

/** Inclusive range of days, counted from 1970-01-01. */
export interface DayRange {
  lo: number;
  hi: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, keeps years 0..99 as written.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / DAY_MS);
}

/** YYYY-MM-DD of a day number. */
export function isoDay(day: number): string {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y);
  return `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/**
 * The days an anchored TIMEX3 value can mean, or null for values without a year
 * (`XXXX-10`, `PRESENT_REF`). A time of day (`T…`) is ignored.
 */
export function timexRange(value: string): DayRange | null {
  const v = withoutTime(value);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) {
    const d = dayNumber(+m[1]!, +m[2]!, +m[3]!);
    return { lo: d, hi: d };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return monthRange(+m[1]!, +m[2]!);
  if ((m = /^(\d{4})$/.exec(v))) return yearsRange(+m[1]!, 1);
  if ((m = /^(\d{3})$/.exec(v))) return yearsRange(+m[1]! * 10, 10);
  if ((m = /^(\d{2})$/.exec(v))) return yearsRange(+m[1]! * 100, 100);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) {
    const [from, to] = SEASON_MONTHS[m[2]!]!;
    const year = +m[1]!;
    return { lo: monthRange(year, from).lo, hi: monthRange(year + Math.floor((to - 1) / 12), ((to - 1) % 12) + 1).hi };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const q = +m[2]!;
    return { lo: monthRange(+m[1]!, q * 3 - 2).lo, hi: monthRange(+m[1]!, q * 3).hi };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(v))) {
    const h = +m[2]!;
    return { lo: monthRange(+m[1]!, h * 6 - 5).lo, hi: monthRange(+m[1]!, h * 6).hi };
  }
  if ((m = /^(\d{4})-W(\d{2})(?:-(\d))?$/.exec(v))) {
    const monday = isoWeekMonday(+m[1]!, +m[2]!);
    if (m[3] !== undefined) return { lo: monday + +m[3] - 1, hi: monday + +m[3] - 1 };
    return { lo: monday, hi: monday + 6 };
  }
  return null;
}

/** The value without a time of day: `2019-12-18TEV` → `2019-12-18` (but `PRESENT_REF` stays whole). */
function withoutTime(value: string): string {
  return value.replace(/^((?:\d{4}|XXXX)[^T]*)T.*$/, '$1');
}

function monthRange(year: number, month: number): DayRange {
  return { lo: dayNumber(year, month, 1), hi: dayNumber(year, month, daysInMonth(year, month)) };
}

function yearsRange(first: number, count: number): DayRange {
  return { lo: dayNumber(first, 1, 1), hi: dayNumber(first + count, 1, 1) - 1 };
}

function isoWeekMonday(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  const weekday = ((jan4 + 3) % 7 + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  return jan4 - weekday + (week - 1) * 7;
}

/** Where a dated mention sits in time, as far as can be told. */
export interface Placement {
  range: DayRange | null;
  /** True when the range was inferred from the DCT rather than written. */
  approximate: boolean;
}

/**
 * Places a TIMEX3 value: anchored values as written; values without a year by the DCT
 * (the DCT's year for a month or day, as core does when it knows the DCT; the latest such
 * weekday on or before the DCT; the DCT itself for PRESENT/PAST/FUTURE_REF).
 */
export function placeTimex(value: string, dct: number | null): Placement {
  const written = timexRange(value);
  if (written) return { range: written, approximate: false };
  if (dct === null || !Number.isFinite(dct)) return { range: null, approximate: true };
  const dctYear = new Date(dct * DAY_MS).getUTCFullYear();
  const v = withoutTime(value);
  let m: RegExpExecArray | null;
  if (/^(?:PRESENT|PAST|FUTURE)_REF$/.test(v)) return { range: { lo: dct, hi: dct }, approximate: true };
  if ((m = /^XXXX-(\d{2}(?:-\d{2})?|SP|SU|FA|WI)$/.exec(v))) {
    const range = timexRange(`${String(dctYear).padStart(4, '0')}-${m[1]}`);
    return { range, approximate: true };
  }
  if ((m = /^XXXX-WXX-(\d)$/.exec(v))) {
    const dctWeekday = ((dct + 3) % 7 + 7) % 7 + 1;
    const day = dct - ((dctWeekday - +m[1]! + 7) % 7);
    return { range: { lo: day, hi: day }, approximate: true };
  }
  return { range: null, approximate: true };
}

/**
 * The first day a modified value can mean: "late 2014" (`2014`, END) starts in September,
 * "mid-2014" in May; finer values move by days.
 */
export function earliestDay(range: DayRange, mod: DateMod | undefined): number {
  if (mod !== 'MID' && mod !== 'END') return range.lo;
  const span = range.hi - range.lo + 1;
  return range.lo + Math.floor(span * (mod === 'MID' ? 1 / 3 : 2 / 3));
}

/** A date as written in a query: `2017`, `2017-02` or `2017-02-16`. */
export type QueryDateError = { error: string; offset: number };

/**
 * Parses one query date, pointing at the first character that breaks the YYYY[-MM[-DD]] form
 * or names an impossible month or day. `offset` is relative to `text`.
 */
export function parseQueryDate(text: string): DayRange | QueryDateError {
  const digits = (from: number, n: number): boolean => {
    for (let i = from; i < from + n; i++) if (!/\d/.test(text[i] ?? '')) return false;
    return true;
  };
  const firstNonDigit = (from: number, n: number): number => {
    for (let i = from; i < from + n; i++) if (!/\d/.test(text[i] ?? '')) return i;
    return from + n;
  };
  if (!digits(0, 4)) return { error: 'expected a year of four digits (YYYY, YYYY-MM or YYYY-MM-DD)', offset: firstNonDigit(0, 4) };
  const year = +text.slice(0, 4);
  if (text.length === 4) return yearsRange(year, 1);
  if (text[4] !== '-') return { error: 'expected "-" and a two-digit month after the year', offset: 4 };
  if (!digits(5, 2)) return { error: 'expected a two-digit month', offset: firstNonDigit(5, 2) };
  const month = +text.slice(5, 7);
  if (month < 1 || month > 12) return { error: `no month ${text.slice(5, 7)}`, offset: 5 };
  if (text.length === 7) return monthRange(year, month);
  if (text[7] !== '-') return { error: 'expected "-" and a two-digit day after the month', offset: 7 };
  if (!digits(8, 2)) return { error: 'expected a two-digit day', offset: firstNonDigit(8, 2) };
  const day = +text.slice(8, 10);
  if (day < 1 || day > daysInMonth(year, month)) return { error: `no day ${text.slice(8, 10)} in ${text.slice(0, 7)}`, offset: 8 };
  if (text.length > 10) return { error: 'unexpected text after the date', offset: 10 };
  const d = dayNumber(year, month, day);
  return { lo: d, hi: d };
}
