import { YEAR_PATTERN, isYearInContext } from './parsers/bare-year.js';
import { mayHaveModifier } from './refiners/modifier.js';
import { hasPartOfDayAfter } from './refiners/part-of-day.js';
import { isSpace } from './words.js';

/*
 * Many windows hold one or two dates written in one of three forms: a wire's dateline ("LONDON
 * 1996-08-30"), a weekday ("on Friday") and a year ("since 1936"). chrono runs parsers and twenty
 * refiners over such a window (5–25 µs) to read what these patterns (and, for a year, our own
 * parser's test) read the same way; lone-date.test.ts compares both on generated windows. Only
 * where nothing else in the window could be read: no modifier or part of day beside a date, and
 * none of the parsers that could match in the window (whose gates it opens) matches in the rest.
 */

/** Whether none of the window's parsers matches in the rest of a window (the window without its dates). */
export type RestMatchesNothing = (rest: string) => boolean;

/** A date of a window that chrono would read alone. Offsets are in the window. */
export type LoneDate =
  | { index: number; end: number; kind: 'iso'; /** Its TIMEX3 value, as written. */ value: string }
  | { index: number; end: number; kind: 'weekday'; /** ISO weekday, Monday = 1 … Sunday = 7. */ weekday: number }
  | { index: number; end: number; kind: 'year'; value: string };

/**
 * The dates of `window` when they are all that chrono could read there, else null: an ISO date or
 * a year, a weekday, or one of each with words between them (chrono joins "Friday, 1996-08-30").
 */
export function loneDates(window: string, restMatchesNothing: RestMatchesNothing): LoneDate[] | null {
  // A month's name is chrono's to read, and asking its parsers of the rest first would cost a
  // window of "3 March 2017" its parsing twice.
  if (MONTH_NAME.test(window)) return null;
  const iso = isoDate(window);
  const weekday = weekdayOf(window);
  if (iso === undefined || weekday === undefined) return null;
  // Another year-like number is in the rest of the window, where BareYearParser finds it.
  const year = iso === null ? yearOf(window) : null;
  if (year === undefined) return null;
  const dates = [iso ?? year, weekday].filter((d) => d !== null).sort((a, b) => a.index - b.index);
  if (dates.length === 0) return null;
  if (dates.length === 2 && JOINED.test(window.slice(dates[0]!.end, dates[1]!.index))) return null;
  let rest = '';
  let from = 0;
  for (const d of dates) {
    if (mayHaveModifier(window, d.index) || hasPartOfDayAfter(window, d.end)) return null;
    rest += `${window.slice(from, d.index)} `;
    from = d.end;
  }
  return restMatchesNothing(rest + window.slice(from)) ? dates : null;
}

const JOINED = /^[\s,]*$/;
const MONTH_NAME = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

// Between white space: "1996-08-30T10:00" and "ref:1996-08-30" are chrono's to read.
// (Not a lookbehind, which the engine would try at every position.)
const ISO = /(?:^|\s)(\d{4})-(\d\d)-(\d\d)(?=\s|$)/;

/** The window's first ISO date; null when it has none, undefined when its day does not exist (chrono's filters decide). */
function isoDate(window: string): LoneDate | null | undefined {
  const m = ISO.exec(window);
  if (m === null) return null;
  const index = m.index + m[0].length - 10;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { index, end: index + 10, kind: 'iso', value: window.slice(index, index + 10) };
}

/*
 * A weekday's full name, capitalised, as a word of its own: not "(Friday)" or "Friday)", which
 * chrono reads with the bracket, nor "last Friday" or "Friday of next week", whose words chrono
 * reads into the date. A second weekday stays in the rest of the window, where chrono's parser finds it.
 */
const WEEKDAY = /(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?=[\s.,;:'’]|$)/;
const ISO_WEEKDAY: Readonly<Record<string, number>> = { Mon: 1, Tues: 2, Wednes: 3, Thurs: 4, Fri: 5, Satur: 6, Sun: 7 };
// chrono reads a bracket or comma before it ("(on Friday"), and any of these words, into the date.
const BEFORE = /(?:[,(（]\s*(?:on\s*)?|\b(?:this|last|past|next)\s*)$/i;
const BRACKET_AFTER = /^\s*[)）]/;
const DEICTIC_AFTER = /^[\s,]*(?:of|this|last|past|next)\b/i;

/** The window's first weekday; null when it has none, undefined when chrono may read it otherwise. */
function weekdayOf(window: string): LoneDate | null | undefined {
  const m = WEEKDAY.exec(window);
  if (m === null) return null;
  const index = m.index;
  const end = index + m[0].length;
  // Also its word's start: the pattern leaves out \b, which the engine would test at every position.
  if (index > 0 && !isSpace(window.charCodeAt(index - 1))) return undefined;
  if (BEFORE.test(window.slice(Math.max(0, index - 8), index))) return undefined;
  const after = window.slice(end, end + 16);
  if (DEICTIC_AFTER.test(after) || BRACKET_AFTER.test(after)) return undefined;
  return { index, end, kind: 'weekday', weekday: ISO_WEEKDAY[m[1]!]! };
}

/** The window's first year-like number; null when it has none, undefined when BareYearParser would not read it. */
function yearOf(window: string): LoneDate | null | undefined {
  const m = YEAR_PATTERN.exec(window);
  if (m === null) return null;
  const index = m.index;
  const end = index + 4;
  return isYearInContext(window, index, end, Number(m[0])) ? { index, end, kind: 'year', value: m[0] } : undefined;
}
