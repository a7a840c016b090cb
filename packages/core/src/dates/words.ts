/** Small shared vocabularies. Lower case; callers lower-case what they look up. */

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  hundred: 100,
};

export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS).join('|');

/** Parses "10", "ten", "a", "twenty-five"; undefined for anything else. */
export function parseCount(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d{1,4}$/.test(w)) return Number(w);
  const direct = NUMBER_WORDS[w];
  if (direct !== undefined) return direct;
  const [tens, ones] = w.split('-');
  const t = tens === undefined ? undefined : NUMBER_WORDS[tens];
  const o = ones === undefined ? undefined : NUMBER_WORDS[ones];
  return t !== undefined && o !== undefined && t >= 20 && o < 10 ? t + o : undefined;
}

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, 'twenty-second': 22,
};

/**
 * Words after which a capitalised month, weekday or number reads as a point in time
 * ("in May", "since 2014", "by March"). Used to tell dates from homographs and quantities.
 */
export const TEMPORAL_PREPOSITIONS = new Set([
  'in', 'on', 'of', 'since', 'until', 'till', 'by', 'from', 'to', 'during', 'before', 'after',
  'through', 'throughout', 'between', 'and', 'or', 'early', 'late', 'mid', 'last', 'this', 'next',
  'around', 'circa', 'about', 'as', 'at', 'for', 'back', 'beginning', 'starting', 'ending',
  'until', 'til', 'into', 'past', 'earlier', 'later',
]);

/** The word before `index` in `text`, lower-cased ('' when none); "mid-" counts as "mid". */
export function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || text[end - 1] === '-')) end--;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** The word starting after `index` in `text`, as written ('' when none). */
export function wordAfter(text: string, index: number): string {
  let start = index;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

export function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    code === 95 || (code >= 192 && code <= 687)
  );
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'A' && ch <= 'Z';
}
