import type { DateMod } from '@seedlens/core';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const REFERENCES: Record<string, string> = { PRESENT_REF: 'the present', PAST_REF: 'the past', FUTURE_REF: 'the future' };
const MODS: Record<DateMod, string> = { START: 'early', MID: 'mid', END: 'late', APPROX: 'about' };
const UNKNOWN_YEAR = ' (year not given)';

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function monthName(mm: string): string | undefined {
  return MONTHS[Number(mm) - 1];
}

/** The value alone, without its modifier; undefined when it is not a form seedlens produces. */
function valueWords(value: string): string | undefined {
  const reference = REFERENCES[value];
  if (reference) return reference;
  let m = /^(\d{4}|XXXX)-(\d\d)-(\d\d)(?:T(MO|AF|EV|NI|DT))?$/.exec(value);
  if (m) {
    const month = monthName(m[2]!);
    if (!month) return undefined;
    const day = `${Number(m[3])} ${month}${m[1] === 'XXXX' ? UNKNOWN_YEAR : ` ${m[1]}`}`;
    return m[4] ? `the ${PARTS_OF_DAY[m[4]]} of ${day}` : day;
  }
  m = /^(\d{4}|XXXX)-(\d\d)$/.exec(value);
  if (m) {
    const month = monthName(m[2]!);
    return month && (m[1] === 'XXXX' ? `${month}${UNKNOWN_YEAR}` : `${month} ${m[1]}`);
  }
  m = /^(\d{4}|XXXX)-W(\d\d|XX)(?:-(\d))?(?:T(MO|AF|EV|NI|DT))?$/.exec(value);
  if (m) {
    const weekday = m[3] ? WEEKDAYS[Number(m[3]) - 1] : undefined;
    const week = m[2] === 'XX' ? '' : `week ${Number(m[2])}`;
    const year = m[1] === 'XXXX' ? '' : ` of ${m[1]}`;
    let words = weekday ? (week ? `${weekday} of ${week}${year}` : `a ${weekday}${year && ` in ${m[1]}`}`) : `${week}${year}`;
    if (m[4]) words = `${words}, ${PARTS_OF_DAY[m[4]]}`;
    return words || undefined;
  }
  m = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/.exec(value);
  if (m) return m[1] === 'XXXX' ? `${SEASONS[m[2]!]}${UNKNOWN_YEAR}` : `${SEASONS[m[2]!]} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `the ${['first', 'second', 'third', 'fourth'][Number(m[2]) - 1]} quarter of ${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return `the ${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (/^\d{2}$/.test(value)) return `the ${ordinal(Number(value) + 1)} century`;
  return undefined;
}

/**
 * A TIMEX3 value in words: `2017-02-16` → "16 February 2017", `2017-02` → "February 2017",
 * `198` → "the 1980s", `2014` with START → "early 2014". Forms it does not know come back as the value.
 */
export function dateInWords(value: string, mod?: DateMod): string {
  const words = valueWords(value);
  if (words === undefined) return value;
  if (!mod) return words;
  if (mod === 'MID') return `mid-${words.replace(/^the /, '')}`;
  return `${MODS[mod]} ${words.replace(/^the /, mod === 'APPROX' ? 'the ' : '')}`;
}

/** True when the value names a point or period on the calendar (not `PRESENT_REF`, not `XXXX-…`). */
export function isAnchored(value: string): boolean {
  return /^\d/.test(value) && !value.includes('X');
}
