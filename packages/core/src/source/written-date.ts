// English only: chrono-node's root module loads every locale.
import * as chrono from 'chrono-node/en';

/** A calendar date written in a header line, as chrono reads it. */
export interface WrittenDate {
  /** Offsets into the string that was read. */
  start: number;
  end: number;
  year?: number;
  month: number;
  day: number;
  /** ISO weekday (Monday = 1) when one is written with the date ("Thursday, Feb. 16, 2017"). */
  weekday?: number;
  /** All digits with both numbers ≤ 12 ("03/04/2017"): day and month could be either way round. */
  ambiguous?: { month: number; day: number };
}

const ALL_DIGITS = /^[\d\s.,/-]+$/;
// A month's name (or its abbreviation), or three numbers joined by "-", "/" or "." (or two by
// "/"): what a written day and month need. Scores ("2-1") and decimals ("1.5") are neither.
const DAY_AND_MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d[-/.]\d{1,2}[-/.]\d|\d\/\d/i;
const WEEKDAY_WORD = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi;
// Any reference will do: only the components chrono marks as written are read.
const REFERENCE = new Date(2000, 0, 1, 12);

/*
 * chrono's strict English without its parsers of times and durations ("3:14 p.m.", "within 2
 * days"), which read no day or month and cost most of a parse: a header line is parsed for every
 * article. Recognised by class name; where names do not survive (a minified bundle) all stay,
 * which is slower and reads the same dates.
 */
const TIME_PARSERS = /^EN(?:TimeUnit\w*|TimeExpression)Parser$/;
let strictDates: chrono.Chrono | undefined;
const datesOnly = (): chrono.Chrono => {
  if (strictDates) return strictDates;
  strictDates = chrono.strict.clone();
  strictDates.parsers = strictDates.parsers.filter((p) => !TIME_PARSERS.test(p.constructor.name));
  return strictDates;
};
// "1996-08-30": a year first is read one way in every order.
const YEAR_FIRST = /^\s*\d{4}\s*[-/.]/;

/**
 * The dates with a month and a day (and usually a year) written in `line`. chrono's strict
 * English reads US order for all-digit dates (`03/04/2017` is March 4) and swaps where the first
 * number cannot be a month (`16/02/2017`); British order is asked too, to see where the two differ.
 */
export function writtenDates(line: string): WrittenDate[] {
  // Most lines can hold no day and month, and chrono runs every one of its parsers over a line.
  if (!DAY_AND_MONTH.test(line)) return [];
  const iso = isoOnly(line);
  if (iso) return [iso];
  const out: WrittenDate[] = [];
  // British order is asked only where the US one read an all-digit date.
  let british: chrono.ParsedResult[] | undefined;
  // Strict: written dates only (no "today", "in 3 days"), and twice as fast as casual.
  for (const r of datesOnly().parse(line, REFERENCE)) {
    const s = r.start;
    if (!s.isCertain('month') || !s.isCertain('day')) continue;
    const month = s.get('month')!;
    const dayOfMonth = s.get('day')!;
    const date: WrittenDate = { start: r.index, end: r.index + r.text.length, month, day: dayOfMonth };
    if (s.isCertain('year')) date.year = s.get('year')!;
    if (s.isCertain('weekday')) date.weekday = s.get('weekday') === 0 ? 7 : s.get('weekday')!;
    const written = r.text.replace(WEEKDAY_WORD, '').trim();
    const digits = ALL_DIGITS.test(written) && !YEAR_FIRST.test(written);
    if (digits) british ??= chrono.GB.parse(line, REFERENCE);
    const gb = digits ? british?.find((b) => b.index === r.index) : undefined;
    if (gb && gb.start.get('month') !== month && gb.start.isCertain('day')) {
      date.ambiguous = { month: gb.start.get('month')!, day: gb.start.get('day')! };
    }
    out.push(date);
  }
  return out;
}

// A line whose one date is written in ISO 8601 and that holds no other digit or month name
// ("LONDON 1996-08-30", a wire's dateline): read without chrono, whose every call costs tens of
// microseconds for what this one pattern reads the same way.
const ISO_ONLY = /^(\D*?)\b(\d{4})-(\d{2})-(\d{2})\b(?![-/.:]?\d)\D*$/;
const MONTH_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
function isoOnly(line: string): WrittenDate | undefined {
  const m = ISO_ONLY.exec(line);
  if (!m || MONTH_WORD.test(line)) return undefined;
  const [year, month, day] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (isoDay(year, month, day) === null) return undefined;
  return { start: m[1]!.length, end: m[1]!.length + 10, year, month, day };
}

/** ISO weekday (Monday = 1) of a calendar day. */
export function weekdayOf(year: number, month: number, dayOfMonth: number): number {
  const w = new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isoDay(year: number, month: number, dayOfMonth: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== dayOfMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}
