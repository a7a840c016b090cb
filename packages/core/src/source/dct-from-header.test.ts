import { describe, expect, it } from 'vitest';
import { datesFromHeader } from './dct-from-header.js';
import { splitLines } from './lines.js';

/** The best header date of a text as `kind year-month-day «as written»`. */
function best(text: string): string | null {
  const d = datesFromHeader(splitLines(text).filter((l) => l.text.trim()))[0];
  if (!d) return null;
  return `${d.kind} ${d.year ?? 'XXXX'}-${d.month}-${d.day} «${d.line.text.slice(d.start, d.end).trim()}»`;
}

describe('datesFromHeader', () => {
  it.each([
    ['Chiefs meet in Bern\nPublished: 18 December 2019\nThe top officer…', 'published 2019-12-18 «18 December 2019»'],
    ['Chiefs meet\nPosted on Sep 25, 2015 by Inessa', 'published 2015-9-25 «Sep 25, 2015»'],
    ['Chiefs meet\nUpdated 3:14 p.m. ET, Thursday, Feb. 16, 2017\nText.', 'updated 2017-2-16 «Thursday, Feb. 16, 2017»'],
    ['Chiefs meet\nBERN, Dec. 18 (Reuters) - The top U.S. officer met his Russian counterpart.', 'dateline XXXX-12-18 «Dec. 18»'],
    ['Tajik troops control town.\nYuri Kushko\nTAVILDARA, Tajikistan 1996-08-30\nTroops now control…', 'dateline 1996-8-30 «1996-08-30»'],
    ['U.N. Council concerned\nUNITED NATIONS 1996-08-29\nMembers said…', 'dateline 1996-8-29 «1996-08-29»'],
    ['Chiefs meet\nBy Jim Smith | 16/02/2017\nText.', 'byline 2017-2-16 «16/02/2017»'],
    ['Top U.S., Russian Military Leaders Meet\nDec. 18, 2019\nThe top U.S. military officer met…', 'date-line 2019-12-18 «Dec. 18, 2019»'],
    ['Chiefs meet\nDec. 18, 2019 | By Jim Garamone , DOD News\nText.', 'date-line 2019-12-18 «Dec. 18, 2019»'],
  ])('%s', (text, expected) => expect(best(text)).toBe(expected));

  it('prefers when it was published to when it was updated', () => {
    expect(best('Title\nUpdated: March 2, 2020\nPublished: March 1, 2020\nText.')).toBe('published 2020-3-1 «March 1, 2020»');
  });

  it.each([
    'Chiefs meet\nThe talks ended on Dec. 18, 2019.\nMore text.', // a sentence, not a date line
    'Dec. 18, 2019\nThe title is not a date line.',
    'Chiefs meet\nThe Bern meeting was called for by both sides over many months of work, Dec. 18, 2019, officials said',
    'Chiefs meet\nBERN is a city. On Dec. 18 they met.',
    'Chiefs meet\nPublished by the Defense Department',
  ])('no header date in %s', (text) => expect(best(text)).toBeNull());

  it('marks day and month that could be either way round', () => {
    const [d] = datesFromHeader(splitLines('Title\nBy Ann Lee | 03/04/2017'));
    expect(d).toMatchObject({ month: 3, day: 4, ambiguous: { month: 4, day: 3 } });
  });
});
