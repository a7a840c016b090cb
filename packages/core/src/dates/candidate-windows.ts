import { isDigit, isSpace, NUMBER_WORDS, ORDINAL_WORDS, TEMPORAL_PREPOSITIONS, wordAfter, wordBefore } from './words.js';

/*
 * chrono runs a dozen regexes over whatever it is given, which is too slow for whole
 * articles. One pass of this trigger regex finds every place a date could start; chrono
 * then sees only a small window around each. The regex is a flat alternation of literal
 * words and fixed-width digit runs, so it is linear on any input.
 */
const TRIGGER = new RegExp(
  [
    // Month and weekday names and abbreviations: capitalised, as news writes them.
    '\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)',
    // Year-like numbers (also the start of "1980s", ISO and slash dates) and short decades.
    '\\b(?:1\\d|20)\\d\\d',
    "\\b\\d0s\\b|['‘’]\\d0s\\b",
    // Deictic and calendar words.
    '\\b(?:[Tt]oday|[Tt]onight|[Nn]ow|[Cc]urrently|[Nn]owadays|[Yy]esterday|[Tt]omorrow|[Rr]ecently|[Ll]ately|[Pp]ast|[Ff]uture|[Pp]resent|ago|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade|[Cc]entury|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)\\b',
  ].join('|'),
  'g',
);

/** Context chrono needs on each side: "the evening of " before a weekday, "of this year" after a month. */
const REACH = 32;
/**
 * chrono re-slices its input after every match, so its cost grows with the square of the
 * window; dense triggers start a fresh (overlapping) window instead of growing one forever.
 * Mentions found twice in the overlap are deduplicated by the caller.
 */
const MAX_WINDOW = 400;
/** How far a window edge may move to reach whitespace before it cuts a token instead. */
const SNAP = 16;

export interface Window {
  start: number;
  end: number;
}

/**
 * Windows around every trigger in `from..to` (text before it, such as front matter, holds no
 * dates), none reaching outside it.
 */
export function candidateWindows(text: string, from = 0, to = text.length): Window[] {
  const windows: Window[] = [];
  TRIGGER.lastIndex = from;
  let current: Window | null = null;
  // The regex searches only up to `to`: searching on past it would read a long text without
  // triggers to its end once per window (a slice of a flat string costs no copy).
  const within = to < text.length ? text.slice(0, to) : text;
  for (let m = TRIGGER.exec(within); m !== null; m = TRIGGER.exec(within)) {
    if (isLoneHomograph(text, m.index)) continue;
    const start = Math.max(from, snapBackward(text, Math.max(0, m.index - REACH)));
    const end = Math.min(to, snapForward(text, Math.min(text.length, m.index + m[0].length + REACH)));
    if (current !== null && start <= current.end && end - current.start <= MAX_WINDOW) {
      current.end = Math.max(current.end, end);
    } else {
      current = { start, end };
      windows.push(current);
    }
  }
  return windows;
}

function snapBackward(text: string, index: number): number {
  const limit = Math.max(0, index - SNAP);
  for (let i = index; i > limit; i--) if (isSpace(text.charCodeAt(i - 1))) return i;
  return index === 0 ? 0 : limit;
}

function snapForward(text: string, index: number): number {
  const limit = Math.min(text.length, index + SNAP);
  for (let i = index; i < limit; i++) if (isSpace(text.charCodeAt(i))) return i;
  return limit;
}

/*
 * "May", "March", "August", "April" and "June" alone are dates only after a temporal word ("in
 * May"); the homograph refiner drops them anywhere else. Next to a number, an ordinal or "of"
 * they may begin a fuller date ("May 5", "5 May", "fifth of May", "May of 2014"). A trigger that
 * is none of these opens no window: chrono would parse it only for the refiner to drop it, and a
 * text of nothing but such words ("May May May …") would cost chrono a result per word.
 */
const HOMOGRAPH_MONTH = /^(?:May|March|August|April|June)(?![\p{L}\p{N}])/u;
const OPENS_FULLER_DATE = new Set(['of', 'the', 'this', 'last', 'next']);

function isLoneHomograph(text: string, index: number): boolean {
  const month = HOMOGRAPH_MONTH.exec(text.slice(index, index + 8));
  if (month === null) return false;
  const before = wordBefore(text, index);
  if (TEMPORAL_PREPOSITIONS.has(before) || isNumberLike(before)) return false;
  let i = index + month[0].length;
  while (i < text.length && (isSpace(text.charCodeAt(i)) || text[i] === ',' || text[i] === '.')) i++;
  if (isDigit(text.charCodeAt(i)) || text[i] === "'" || text[i] === '’') return false;
  const after = wordAfter(text, i).toLowerCase();
  return !OPENS_FULLER_DATE.has(after) && !isNumberLike(after);
}

const isNumberLike = (word: string): boolean =>
  /\d/.test(word) || Object.hasOwn(ORDINAL_WORDS, word) || Object.hasOwn(NUMBER_WORDS, word) || /^(?:twenty|thirty)-/.test(word);
