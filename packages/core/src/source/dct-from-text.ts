import { findDates } from '../dates/find-dates.js';
import { tenseAt } from '../dates/tense.js';
import type { Line } from './lines.js';
import { weekdayOf } from './written-date.js';

/**
 * The date an article's opening paragraphs suggest for it when no header says: the latest full
 * date written there (a day, month and year, not in a sentence about the future), with the words
 * that place the article in time as evidence for or against it:
 *
 *   "… met in Bern, Switzerland, Dec. 18, 2019."  + "Today's meeting …"      agrees
 *   "… took office on Dec. 16, 2019 …"            + "met on Thursday" (a Thursday is not the 16th) disagrees
 *
 * Also what the opening says of the year, for a header date written without one ("BERN, Dec. 18").
 */
export interface TextDate {
  /** YYYY-MM-DD, or null when the opening writes no full date. */
  dct: string | null;
  /** Where that date is written (offsets into the text). */
  start: number;
  end: number;
  confidence: number;
  /** The words that agree with the date ("today", "on Wednesday"), and those that do not. */
  agreeing: string[];
  disagreeing: string[];
  /** The latest year written in the opening (in any absolute date), for dates written without one. */
  latestYear: number | null;
}

const BASE = 0.5;
const AGREE = 0.15;
const DISAGREE = 0.1;
// The words that put the article on the day it reports: "today", "tonight", "this morning".
const SAME_DAY = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gi;

export function dateFromText(text: string, opening: readonly Line[]): TextDate {
  const none: TextDate = { dct: null, start: 0, end: 0, confidence: 0, agreeing: [], disagreeing: [], latestYear: null };
  if (opening.length === 0) return none;
  const from = opening[0]!.start;
  const to = opening[opening.length - 1]!.end;
  const inOpening = (start: number) => opening.some((l) => start >= l.start && start < l.end);
  const dates = findDates(text.slice(0, to), null, from).filter((d) => inOpening(d.start));

  let best: { value: string; start: number; end: number } | null = null;
  let latestYear: number | null = null;
  const weekdays: Array<{ iso: number; text: string; start: number }> = [];
  for (const d of dates) {
    const year = /^(\d{4})(?:-|$)/.exec(d.value);
    if (year && !d.value.includes('X')) latestYear = Math.max(latestYear ?? 0, Number(year[1]));
    const weekday = /^XXXX-WXX-(\d)/.exec(d.value);
    if (weekday) weekdays.push({ iso: Number(weekday[1]), text: text.slice(d.start, d.end), start: d.start });
    const day = /^\d{4}-\d\d-\d\d/.exec(d.value)?.[0];
    if (!day || (best && day <= best.value)) continue;
    // A date in a sentence about the future (a deadline, a planned visit) is not when it was written.
    if (tenseAt(text, d.start, d.end) === 'future') continue;
    best = { value: day, start: d.start, end: d.end };
  }
  if (best === null) return { ...none, latestYear };

  const agreeing: string[] = [];
  const disagreeing: string[] = [];
  for (const line of opening) {
    for (const m of line.text.matchAll(SAME_DAY)) agreeing.push(m[0]);
  }
  const [y, mo, da] = best.value.split('-').map(Number) as [number, number, number];
  const iso = weekdayOf(y, mo, da);
  // Bare weekdays: the date's own weekday agrees ("on Wednesday" in an article of Wednesday 18th);
  // only others is weak evidence against (the article may be written days after its latest date).
  for (const w of weekdays) (w.iso === iso ? agreeing : disagreeing).push(w.text);
  let confidence = BASE;
  if (agreeing.length > 0) confidence += AGREE;
  else if (disagreeing.length > 0) confidence -= DISAGREE;
  return { dct: best.value, start: best.start, end: best.end, confidence: round(confidence), agreeing, disagreeing, latestYear };
}

const round = (n: number): number => Math.round(n * 100) / 100;
