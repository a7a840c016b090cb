import { describe, expect, it } from 'vitest';
import { taggedSpans, type Tagged } from '../../test/tagged-spans.js';
import type { Range } from '../types.js';
import { datelinePlaces } from './datelines.js';

/** The surfaces of the dateline places among `tagged`; `date` is the written date. */
function datelines(text: string, date: string, tagged: Tagged): string[] {
  const { tokens, spans } = taggedSpans(text, tagged);
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
