import { mayHaveModifier } from './refiners/modifier.js';
import { hasPartOfDayAfter } from './refiners/part-of-day.js';
import { isSpace } from './words.js';

/*
 * Many windows hold one date written in one of two forms: a wire's dateline ("LONDON 1996-08-30")
 * and a weekday ("on Friday"). chrono runs several parsers and twenty refiners over such a window
 * (10–20 µs) to read what these patterns read the same way (lone-date.test.ts compares both on
 * generated windows). Only where nothing else in the window could be read: no modifier or part of
 * day beside the date, and none of the parsers that could match in the window (whose gates it
 * opens) matches in the rest of it.
 */

/** Whether none of the window's parsers matches in the rest of a window (the window without its date). */
export type RestMatchesNothing = (rest: string) => boolean;

/** A date that is the only thing chrono could read in its window. */
export interface LoneDate {
  /** Offsets in the window. */
  index: number;
  end: number;
}

export interface LoneIsoDate extends LoneDate {
  /** Its TIMEX3 value, as written. */
  value: string;
}

export interface LoneWeekday extends LoneDate {
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  weekday: number;
}

// All digits of the window are the date's.
const LONE_ISO = /^(\D*?(?:^|\s))(\d{4})-(\d\d)-(\d\d)(?=\s|$)\D*$/;

/** The ISO date of `window` when it is the only thing chrono could read there, else null. */
export function loneIsoDate(window: string, restMatchesNothing: RestMatchesNothing): LoneIsoDate | null {
  const m = LONE_ISO.exec(window);
  if (m === null) return null;
  const index = m[1]!.length;
  const end = index + 10;
  const [year, month, day] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (!isAlone(window, index, end, restMatchesNothing)) return null;
  return { index, end, value: window.slice(index, end) };
}

/*
 * A weekday's full name, capitalised, as a word of its own: not "(Friday)" or "Friday)", which
 * chrono reads with the bracket, nor "last Friday" or "Friday of next week", whose words chrono
 * reads into the date.
 */
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=[\s.,;:]|$)/;
const ISO_WEEKDAY: Readonly<Record<string, number>> = { Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6, Sunday: 7 };
// chrono reads a bracket or comma before it ("(on Friday"), and any of these words, into the date.
const BEFORE = /(?:[,(（]\s*(?:on\s*)?|\b(?:this|last|past|next)\s*)$/i;
const BRACKET_AFTER = /^\s*[)）]/;
const DEICTIC_AFTER = /^[\s,]*(?:of|this|last|past|next)\b/i;

/** The weekday of `window` when it is the only thing chrono could read there, else null. */
export function loneWeekday(window: string, restMatchesNothing: RestMatchesNothing): LoneWeekday | null {
  const m = WEEKDAY.exec(window);
  if (m === null) return null;
  const index = m.index;
  const end = index + m[0].length;
  if (index > 0 && !isSpace(window.charCodeAt(index - 1))) return null;
  if (BEFORE.test(window.slice(Math.max(0, index - 8), index))) return null;
  const after = window.slice(end, end + 16);
  if (DEICTIC_AFTER.test(after) || BRACKET_AFTER.test(after)) return null;
  if (!isAlone(window, index, end, restMatchesNothing)) return null;
  return { index, end, weekday: ISO_WEEKDAY[m[1]!]! };
}

/** Whether `window[index, end)` has no modifier or part of day beside it and nothing else chrono could read. */
function isAlone(window: string, index: number, end: number, restMatchesNothing: RestMatchesNothing): boolean {
  if (mayHaveModifier(window, index) || hasPartOfDayAfter(window, end)) return false;
  return restMatchesNothing(`${window.slice(0, index)} ${window.slice(end)}`);
}
