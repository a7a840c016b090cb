import type { DateChrono } from './date-chrono.js';
import { mayHaveModifier } from './refiners/modifier.js';
import { hasPartOfDayAfter } from './refiners/part-of-day.js';

/*
 * A wire's dateline ("LONDON 1996-08-30") gives a window whose one date is written in ISO 8601:
 * chrono would run four parsers and twenty refiners over it (tens of microseconds) to read what
 * this pattern reads the same way (lone-iso-date.test.ts compares both on generated windows).
 * Only where nothing else in the window could be read: no other digit, no other parser's gate
 * open, no modifier or part of day beside it, and a day that exists.
 */
const LONE_ISO = /^(\D*?(?:^|\s))(\d{4})-(\d\d)-(\d\d)(?=\s|$)\D*$/;

export interface LoneIsoDate {
  /** Offset of the date in the window; it is ten characters long. */
  index: number;
  /** Its TIMEX3 value, as written. */
  value: string;
}

/**
 * The ISO date of `window` when it is the only thing chrono could read there, else null (chrono
 * reads the window).
 */
export function loneIsoDate(window: string, chrono: Pick<DateChrono, 'opensNoParser'>): LoneIsoDate | null {
  const m = LONE_ISO.exec(window);
  if (m === null) return null;
  const index = m[1]!.length;
  const end = index + 10;
  const [year, month, day] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (mayHaveModifier(window, index) || hasPartOfDayAfter(window, end)) return null;
  if (!chrono.opensNoParser(`${window.slice(0, index)} ${window.slice(end)}`)) return null;
  return { index, value: window.slice(index, end) };
}
