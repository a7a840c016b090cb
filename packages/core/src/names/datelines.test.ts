import { describe, expect, it } from 'vitest';
import { tokenize } from '../segment/tokenize.js';
import type { Range } from '../types.js';
import { datelinePlaces } from './datelines.js';
import { NAME_TYPES, type TokenSpan } from './tagger/labels.js';

/** The surfaces of the dateline places among `tagged` ([surface, type] in text order); `date` is the written date. */
function datelines(text: string, date: string, tagged: [string, (typeof NAME_TYPES)[number]][]): string[] {
  const tokens = tokenize(text);
  let from = 0;
  const spans: TokenSpan[] = tagged.map(([surface, name]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { first: tokens.findIndex((t) => t.start === start), last: tokens.findIndex((t) => t.end === start + surface.length), type: NAME_TYPES.indexOf(name) };
  });
  const at = text.indexOf(date);
  const isDate = (t: Range) => t.start < at + date.length && at < t.end;
  return [...datelinePlaces(spans, tokens, isDate)].map((n) => tagged[n]![0]);
}

describe('datelinePlaces', () => {
  it('finds the places that open a line before its date', () => {
    expect(datelines('RESULTS.\nNEW YORK 1996-08-30\nNEW YORK beat BOSTON.', '1996-08-30', [['NEW YORK', 'place'], ['NEW YORK', 'organization'], ['BOSTON', 'organization']])).toEqual(['NEW YORK']);
    expect(datelines('Talks.\nBERN, Dec. 18 (Reuters) - The chiefs met.', 'Dec. 18', [['BERN', 'place']])).toEqual(['BERN']);
    expect(datelines('War.\nTAVILDARA, Tajikistan 1996-08-30\nTroops.', '1996-08-30', [['TAVILDARA', 'place'], ['Tajikistan', 'place']])).toEqual(['TAVILDARA', 'Tajikistan']);
  });

  it('finds none where a line goes on with other words, or starts with no place', () => {
    expect(datelines('Talks.\nBern hosted talks on Dec. 18.', 'Dec. 18', [['Bern', 'place']])).toEqual([]);
    expect(datelines('Talks.\nThe Pentagon, Dec. 18', 'Dec. 18', [['Pentagon', 'organization']])).toEqual([]);
  });
});
