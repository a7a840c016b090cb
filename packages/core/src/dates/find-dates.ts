import type { DateMod, Range } from '../types.js';
import { candidateWindows } from './candidate-windows.js';
import { DateChrono } from './date-chrono.js';
import { parseDct } from './dct.js';
import { loneDates } from './lone-date.js';
import { tenseAt } from './tense.js';
import { toTimex, weekdayValue } from './timex.js';

export interface DateMention extends Range {
  value: string;
  mod?: DateMod;
}

let dateChrono: DateChrono | null = null;

/** Without a DCT chrono still needs some reference; only certain components are read. */
const NEUTRAL_REFERENCE = new Date(2000, 0, 1, 12);

/**
 * Date mentions of `text[from..to]` as TIMEX3 values, sorted and non-overlapping.
 * Pipeline: candidate windows → chrono with our parsers and refiners (or, for a window whose
 * dates are an ISO date, a weekday or a year, those dates: lone-date.ts) → TIMEX3 values (resolved
 * against the DCT when known) → overlap removal.
 */
export function findDates(text: string, dct: string | null, from = 0, to = text.length): DateMention[] {
  const chrono = (dateChrono ??= new DateChrono());
  const day = parseDct(dct);
  const reference = day === null ? NEUTRAL_REFERENCE : new Date(day.year, day.month - 1, day.day, 12);
  const found: DateMention[] = [];
  for (const window of candidateWindows(text, from, to)) {
    const slice = text.slice(window.start, window.end);
    const open = chrono.gatesOpenIn(slice);
    const restMatchesNothing = (rest: string) => chrono.matchesNoneOf(rest, open);
    const lone = loneDates(slice, restMatchesNothing);
    if (lone !== null) {
      for (const d of lone) {
        const start = window.start + d.index;
        const end = window.start + d.end;
        const value = d.kind === 'weekday' ? weekdayValue(d.weekday, text.slice(start, end), day, () => tenseAt(text, start, end)) : d.value;
        found.push({ start, end, value });
      }
      continue;
    }
    for (const result of chrono.parse(slice, reference, open)) {
      const start = window.start + result.index;
      const timex = toTimex(result, day, () => tenseAt(text, start, start + result.text.length));
      if (timex === null || result.text.length === 0) continue;
      found.push({ start, end: start + result.text.length, ...timex });
    }
  }
  return dropOverlaps(found);
}

/** Windows and refiners can both extend spans; where two mentions meet, the longer wins. */
function dropOverlaps(mentions: DateMention[]): DateMention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const m of mentions) {
    const last = kept[kept.length - 1];
    if (last !== undefined && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
