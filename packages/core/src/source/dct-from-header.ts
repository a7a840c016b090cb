import type { Line } from './lines.js';
import { type WrittenDate, writtenDates } from './written-date.js';

/**
 * A date that a header line of the article gives as the article's own:
 *
 *   Published: 18 December 2019            label      (Posted, Updated, Date, First published…)
 *   Updated 3:14 p.m. ET, Thursday, Feb. 16, 2017
 *   BERN, Dec. 18 (Reuters) - The top …    dateline   (the year may be missing)
 *   LONDON 1996-08-30
 *   By Jim Garamone | 16/02/2017           byline
 *   Dec. 18, 2019                          date line  (a line that is a date, right after the title)
 */
export interface HeaderDate extends WrittenDate {
  kind: 'published' | 'updated' | 'dateline' | 'byline' | 'date-line';
  /** The line it was written on. */
  line: Line;
  /** How much this kind of line is to be trusted (0–1). */
  confidence: number;
}

const LABEL = /^\W{0,3}(?:(first|originally|last)\s+)?(published|posted|updated|modified|released|issued|dated|date|filed|created|written|last updated)\b(?:\s+(?:on|at))?\s*[:\-–—|]?\s*/i;
const BYLINE = /^\W{0,3}(?:by|written by|from)\s+\S/i;
// A dateline's place: an all-capitals word or name ("BERN", "UNITED NATIONS", "ST. PETERSBURG"),
// with an optional region or country after a comma ("TAVILDARA, Tajikistan").
const DATELINE_PLACE = /^\s*[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2})?,?\s*$/;
// Cheap tests before chrono reads a line: a capitalised first word, a digit or a month name.
const DATELINE_START = /^\W{0,3}[A-Z][A-Z.'’-]+(?:[\s,-]|$)/;
const CALENDAR = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const DATELINE_END = /^\s*(?:\([A-Za-z][\w .&/-]{0,30}\))?\s*(?:[-–—:]|$)/;
// What a date line may hold besides its date: weekday, time, zone, separators, a byline, a label.
const DATE_LINE_REST = /\b(?:at|on|by|am|pm|a\.m|p\.m|et|est|edt|pt|gmt|utc|bst|cet|msk|updated|published|posted|press release|news release|statement)\b|[\d:.,|•·/()–—-]/gi;
const DATE_LINE_MAX = 80;
const LABEL_LINE_MAX = 200;

const CONFIDENCE: Record<HeaderDate['kind'], number> = {
  published: 0.95,
  dateline: 0.9,
  byline: 0.9,
  'date-line': 0.85,
  updated: 0.8,
};

/** Every date the header lines give, best first (most trusted kind, then the earliest line). */
export function datesFromHeader(lines: readonly Line[]): HeaderDate[] {
  const found: HeaderDate[] = [];
  for (const [i, line] of lines.entries()) {
    const d = headerDate(line, i);
    if (d) found.push(d);
    // A `Published:` line, a dateline or a byline is what the lines below would at best repeat.
    if (d && d.confidence >= CONFIDENCE.dateline && d.year !== undefined) break;
  }
  return found.sort((a, b) => b.confidence - a.confidence || a.line.start - b.line.start);
}

function headerDate(line: Line, index: number): HeaderDate | null {
  const text = line.text;
  const label = LABEL.exec(text);
  if (label && text.length <= LABEL_LINE_MAX) {
    const date = writtenDates(text.slice(label[0].length)).find((d) => d.year !== undefined);
    if (date) {
      const word = label[2]!.toLowerCase();
      const updated = word === 'updated' || word === 'modified' || word === 'last updated' || label[1]?.toLowerCase() === 'last';
      return at(line, shifted(date, label[0].length), updated ? 'updated' : 'published');
    }
  }
  // Datelines open a paragraph with a place in capitals: only its start is read.
  if (DATELINE_START.test(text)) {
    const opening = text.slice(0, 80);
    const first = writtenDates(opening)[0];
    if (first && DATELINE_PLACE.test(opening.slice(0, first.start)) && DATELINE_END.test(opening.slice(first.end))) {
      return at(line, first, 'dateline');
    }
  }
  if (BYLINE.test(text) && text.length <= LABEL_LINE_MAX) {
    const date = writtenDates(text).find((d) => d.year !== undefined);
    if (date) return at(line, date, 'byline');
  }
  // A line that is a date, right below the title (the title itself is line 0).
  // A sentence that ends on a date ("The talks ended on Dec. 18, 2019.") is not such a line.
  if (index >= 1 && index <= 4 && text.length <= DATE_LINE_MAX && CALENDAR.test(text) && !/[.!?]["”’]?\s*$/.test(text)) {
    const dates = writtenDates(text);
    const date = dates.find((d) => d.year !== undefined);
    if (date && dates.length === 1) {
      const rest = (text.slice(0, date.start) + ' ' + text.slice(date.end)).replace(DATE_LINE_REST, ' ');
      const words = rest.split(/\s+/).filter((w) => /\p{L}/u.test(w));
      const byline = /\b[Bb]y\s+\p{Lu}/u.test(text);
      if (words.length <= (byline ? 6 : 2)) return at(line, date, 'date-line');
    }
  }
  return null;
}

function shifted(date: WrittenDate, by: number): WrittenDate {
  return { ...date, start: date.start + by, end: date.end + by };
}

function at(line: Line, date: WrittenDate, kind: HeaderDate['kind']): HeaderDate {
  // Field by field: a spread of dates of several shapes took V8's slow path, once per article.
  const found: HeaderDate = { start: date.start, end: date.end, month: date.month, day: date.day, kind, line, confidence: CONFIDENCE[kind] };
  if (date.year !== undefined) found.year = date.year;
  if (date.weekday !== undefined) found.weekday = date.weekday;
  if (date.ambiguous !== undefined) found.ambiguous = date.ambiguous;
  return found;
}
