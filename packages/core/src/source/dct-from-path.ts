/**
 * The date a file's name or folders give it: `AP_20130322.txt`, `2019-12-18-bern-meeting.txt`,
 * `20171216_talks.txt`, `news/2019/12/18/bern.txt`, `18-Dec-2019.txt`.
 *
 * Written by hand rather than with chrono: a path is not prose, its parts are joined by `_`, `-`,
 * `.` and `/`, and what must be refused (hashes, ids, version numbers) matters more than what is read.
 */

/** A full date found in a path, or a year (and month) that only narrows other evidence. */
export interface PathDate {
  year: number;
  month?: number;
  day?: number;
  /** The part of the path it was read from, as written (`20130322`, `2019/12/18`). */
  text: string;
}

/** Only the file name and the folders nearest to it speak for the article: `/backup-2015-01-01/…/x.txt` does not. */
const SEGMENTS = 4;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Token {
  text: string;
  /** Index of the path segment (0 = the file name) the token is in. */
  segment: number;
  /** The separator written before the token ('' at a segment start). */
  before: string;
}

/**
 * The date of a file from its path (or URI): the full date nearest to the file name, else a year
 * or year and month (from a `2019/12/` folder or a `report-2019.txt` name), else null.
 */
export function dctFromPath(path: string): PathDate | null {
  const tokens = tokensOf(path);
  let partial: PathDate | null = null;
  // From the file name outwards: the nearest date wins.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const full = fullDateAt(tokens, i);
    if (full) return full;
    partial ??= partialDateAt(tokens, i);
  }
  return partial;
}

function tokensOf(path: string): Token[] {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A path with a stray % is read as written.
  }
  const segments = decoded.split(/[\\/]+/).filter(Boolean).slice(-SEGMENTS);
  // The extension is not part of the name ("2019-12-18.txt", "AP_20130322.story.txt" keep their dates).
  const last = segments.length - 1;
  if (last >= 0) segments[last] = segments[last]!.replace(/\.(?:txt|text|md|markdown|html?|xml|json)$/i, '');
  const tokens: Token[] = [];
  segments.forEach((segment, s) => {
    const index = segments.length - 1 - s;
    // A folder boundary joins like any separator (2019/12/18).
    let before = s === 0 ? '' : '/';
    for (const m of segment.matchAll(/([A-Za-z0-9]+)|([^A-Za-z0-9]+)/g)) {
      if (m[1] !== undefined) {
        tokens.push({ text: m[1], segment: index, before });
        before = '';
      } else before = m[2]!;
    }
  });
  return tokens;
}

/** A valid calendar day from 1900 to 2099, or null. */
function day(year: number, month: number, dayOfMonth: number): { year: number; month: number; day: number } | null {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || dayOfMonth < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === dayOfMonth ? { year, month, day: dayOfMonth } : null;
}

const isYear = (t: string | undefined): boolean => t !== undefined && /^(?:19|20)\d\d$/.test(t);
const isSmall = (t: string | undefined): boolean => t !== undefined && /^\d{1,2}$/.test(t);
function monthOf(t: string | undefined): number | undefined {
  if (t === undefined || !/^[A-Za-z]{3,9}$/.test(t)) return undefined;
  const i = MONTH_NAMES.indexOf(t.slice(0, 3).toLowerCase());
  // "mar" and "march", not "marble"; "sept" too.
  return i >= 0 && /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i.test(t) ? i + 1 : undefined;
}

/** A full date that ends with token `i` (or is token `i`). */
function fullDateAt(tokens: readonly Token[], i: number): PathDate | null {
  const t = tokens[i]!;
  // One token: 20130322, AP20130322, 20130322T1200, 201303221200.
  const compact = /^(?:[A-Za-z]{1,12})?((?:19|20)\d\d)(\d\d)(\d\d)(?:T?\d{4}(?:\d\d)?)?$/.exec(t.text);
  if (compact) {
    const d = day(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    if (d) return { ...d, text: t.text };
  }
  if (i < 2) return null;
  const [a, b, c] = [tokens[i - 2]!, tokens[i - 1]!, t];
  // Three tokens joined by separators, within the same segment or across folders (2019/12/18).
  if (!joined(b) || !joined(c)) return null;
  const text = `${a.text}${b.before}${b.text}${c.before}${c.text}`;
  let d: ReturnType<typeof day> = null;
  if (isYear(a.text) && (isSmall(b.text) || monthOf(b.text)) && isSmall(c.text)) {
    d = day(Number(a.text), monthOf(b.text) ?? Number(b.text), Number(c.text));
  } else if (isSmall(a.text) && monthOf(b.text) && isYear(c.text)) {
    d = day(Number(c.text), monthOf(b.text)!, Number(a.text));
  } else if (monthOf(a.text) && isSmall(b.text) && isYear(c.text)) {
    d = day(Number(c.text), monthOf(a.text)!, Number(b.text));
  } else if (isSmall(a.text) && isSmall(b.text) && isYear(c.text)) {
    // 18-12-2019 or 12-18-2019: read only when one number cannot be a month.
    const [x, y] = [Number(a.text), Number(b.text)];
    if (x > 12 && y <= 12) d = day(Number(c.text), y, x);
    else if (y > 12 && x <= 12) d = day(Number(c.text), x, y);
  }
  return d ? { ...d, text } : null;
}

/** The separator before a token joins it to the one before: `-`, `_`, `.`, a space, or a folder boundary (`/`). */
function joined(t: Token): boolean {
  return t.before === '' || /^[-_. /]$/.test(t.before);
}

/** A year and month (2019/12, 2019-12), or a year alone, ending with token `i`. */
function partialDateAt(tokens: readonly Token[], i: number): PathDate | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev && isYear(prev.text) && joined(t) && (isSmall(t.text) || monthOf(t.text))) {
    const month = monthOf(t.text) ?? Number(t.text);
    if (month >= 1 && month <= 12) return { year: Number(prev.text), month, text: `${prev.text}${t.before}${t.text}` };
  }
  if (isYear(t.text)) return { year: Number(t.text), text: t.text };
  return null;
}
