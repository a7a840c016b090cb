import type { DctEvidence, DctSource, Source } from '../types.js';
import { dctFromPath } from './dct-from-path.js';
import { type HeaderDate, datesFromHeader } from './dct-from-header.js';
import { type TextDate, dateFromText } from './dct-from-text.js';
import { normalizeDct } from './front-matter.js';
import { headerLines, openingLines } from './header-lines.js';
import { isoDay, weekdayOf } from './written-date.js';

/** An article's date (its document creation time, DCT), where it was found, and how sure that is. */
export interface ArticleDate {
  dct: string | null;
  dctSource: DctSource | null;
  /** 1 for a date given (option, front matter); 0–1 for one found; 0 when there is none. */
  dctConfidence: number;
  dctEvidence?: DctEvidence;
}

export interface ArticleDateOptions {
  /** A DCT given by the caller (YYYY-MM-DD), or `'none'`: no DCT, and none looked for. */
  dct?: string | null | undefined;
  /** The file's path or URI, whose name or folders may carry the date. */
  path?: string | undefined;
}

const NONE: ArticleDate = { dct: null, dctSource: null, dctConfidence: 0 };
/** A second source naming the same day makes the first surer; one naming another day, less sure. */
const AGREEMENT = 0.05;
const DISAGREEMENT = 0.15;
/** A header date whose year had to come from elsewhere (a Reuters dateline "BERN, Dec. 18"). */
const BORROWED_YEAR = 0.15;
/** Day and month that could be either way round (03/04/2017), settled by nothing else. */
const UNSETTLED_ORDER = 0.25;

/**
 * The DCT of one article. A date given wins (the `dct` option, then front matter `date:`);
 * otherwise it is found, in this order: the file name or its folders, the header lines (a
 * `Published:` label, a dateline, a byline, a date line under the title), the opening
 * paragraphs (the latest full date written there). Other sources that name a day (the file
 * name and header always, the opening when it was read) raise or lower the confidence. With no
 * date evidence at all the DCT is null: never a guess.
 */
export function articleDate(source: Source, options: ArticleDateOptions = {}): ArticleDate {
  if (options.dct === 'none') return NONE;
  const given = normalizeDct(options.dct ?? '');
  if (given) return { dct: given, dctSource: 'option', dctConfidence: 1 };
  const front = source.frontMatter?.date;
  if (front) return { dct: front, dctSource: 'front-matter', dctConfidence: 1, dctEvidence: { text: source.frontMatter!.fields.date ?? front } };

  const path = options.path ? dctFromPath(options.path) : null;
  const header = datesFromHeader(headerLines(source));
  // The opening is read for dates only when needed: no date from the path or header, or a header
  // date that needs its year or its day-and-month order from it (reading it costs a date pass).
  let read: TextDate | undefined;
  const text = (): TextDate => (read ??= dateFromText(source.text, openingLines(source)));

  const candidates: ArticleDate[] = [];
  if (path?.day !== undefined) {
    candidates.push({ dct: isoDay(path.year, path.month!, path.day), dctSource: 'file-name', dctConfidence: 0.9, dctEvidence: { text: path.text } });
  }
  for (const h of header) {
    const needsText = h.year === undefined || (h.ambiguous !== undefined && path?.month === undefined);
    const fromText = needsText ? text() : undefined;
    // The text's latest date is a second opinion only when it is not this very line.
    const elsewhere = fromText !== undefined && (fromText.start < h.line.start || fromText.start >= h.line.end);
    const found = headerDct(h, path, fromText?.latestYear ?? null, elsewhere ? fromText.dct : null);
    if (found) {
      candidates.push(found);
      break;
    }
  }
  const fromText = candidates.length === 0 || read !== undefined ? text() : undefined;
  if (fromText?.dct) {
    const evidence: DctEvidence = { text: source.text.slice(fromText.start, fromText.end), start: fromText.start, end: fromText.end };
    if (fromText.agreeing.length > 0) evidence.agreeing = fromText.agreeing;
    if (fromText.disagreeing.length > 0) evidence.disagreeing = fromText.disagreeing;
    candidates.push({ dct: fromText.dct, dctSource: 'text', dctConfidence: fromText.confidence, dctEvidence: evidence });
  }
  const best = candidates.find((c) => c.dct !== null);
  if (!best) return NONE;
  // The sources below the one chosen: the text's latest date is often an earlier event, so only an
  // exact match counts for or against a file name or header, not every other date.
  let confidence = best.dctConfidence;
  for (const other of candidates) {
    if (other === best || other.dct === null) continue;
    // The header's own date read again as the text's latest is no second opinion.
    if (overlaps(other.dctEvidence, best.dctEvidence)) continue;
    if (other.dct === best.dct) confidence += AGREEMENT;
    else if (other.dctSource !== 'text') confidence -= DISAGREEMENT;
  }
  return { ...best, dctConfidence: Math.round(Math.min(1, Math.max(0.05, confidence)) * 100) / 100 };
}

/** The day a header line gives, its year completed from the path or the opening when it is missing. */
function headerDct(h: HeaderDate, path: ReturnType<typeof dctFromPath>, latestYear: number | null, textDay: string | null): ArticleDate | null {
  let confidence = h.confidence;
  let { month, day } = h;
  if (h.ambiguous) {
    const order = settleOrder(h, path, textDay);
    if (order === 'other') ({ month, day } = h.ambiguous);
    if (order === 'unsettled') confidence -= UNSETTLED_ORDER;
  }
  let year = h.year;
  if (year === undefined) {
    // A dateline without its year: the folder's year, else the latest year the opening writes.
    year = path?.year ?? latestYear ?? undefined;
    if (year === undefined) return null;
    confidence -= BORROWED_YEAR;
  }
  const dct = isoDay(year, month, day);
  if (dct === null) return null;
  const { line } = h;
  return {
    dct,
    dctSource: 'header',
    dctConfidence: confidence,
    dctEvidence: { text: line.text.slice(h.start, h.end).trim(), start: line.start + h.start, end: line.start + h.end, line: line.text.trim() },
  };
}

/**
 * For a date like 03/04/2017: 'first' keeps chrono's US reading (March 4), 'other' takes the
 * British one. A weekday written with it, the folder's month, or a full date in the text's
 * opening of the same month decides; else it stays US order, with less confidence.
 */
function settleOrder(h: HeaderDate, path: ReturnType<typeof dctFromPath>, textDay: string | null): 'first' | 'other' | 'unsettled' {
  const other = h.ambiguous!;
  const year = h.year;
  if (year !== undefined && h.weekday !== undefined) {
    if (weekdayOf(year, h.month, h.day) === h.weekday) return 'first';
    if (weekdayOf(year, other.month, other.day) === h.weekday) return 'other';
  }
  const month = path?.month ?? (textDay ? Number(textDay.slice(5, 7)) : undefined);
  if (month === h.month) return 'first';
  if (month === other.month) return 'other';
  return 'unsettled';
}

function overlaps(a: DctEvidence | undefined, b: DctEvidence | undefined): boolean {
  if (a?.start === undefined || a.end === undefined || b?.start === undefined || b.end === undefined) return false;
  return a.start < b.end && b.start < a.end;
}
