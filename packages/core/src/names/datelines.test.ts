import { describe, expect, it } from 'vitest';
import { taggedSpans, type Tagged } from '../../test/tagged-spans.js';
import type { Range } from '../types.js';
import { datelinePlaces, markSentencesAfterCredits, wireCredit, withWireCredits } from './datelines.js';
import { shown } from '../../test/tagged-spans.js';
import { tokenize } from '../segment/tokenize.js';

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

  it('takes a wire credit after the places for the end of a dateline', () => {
    expect(datelines('Talks.\nBEIRUT, Lebanon (AP) — The talks went on.', 'never', [['BEIRUT', 'place'], ['Lebanon', 'place'], ['AP', 'organization']])).toEqual(['BEIRUT', 'Lebanon']);
  });
});

/** The text of the credit at the first "(" of `text`'s last line, or undefined. */
function credit(text: string): string | undefined {
  const tokens = tokenize(text);
  const open = tokens.findIndex((t) => t.text === '(' && t.start > text.lastIndexOf('\n'));
  const last = wireCredit(tokens, open);
  return last < 0 ? undefined : text.slice(tokens[open + 1]!.start, tokens[last]!.end);
}

describe('wireCredit', () => {
  it('finds the agency in brackets before the dash of a dateline', () => {
    expect(credit('Talks.\nWASHINGTON (AP) — The talks went on.')).toBe('AP');
    expect(credit('Talks.\nBERN, Dec. 18 (Reuters) - The chiefs met.')).toBe('Reuters');
    expect(credit('Talks.\nNEW YORK (CNN Business) – Shares fell.')).toBe('CNN Business');
  });

  it('finds none without the dash, after words in lower case, or for one letter', () => {
    expect(credit('Talks.\nWASHINGTON (AP) The talks went on.')).toBeUndefined();
    expect(credit('Talks.\nOfficials in Washington (AP) — said so.')).toBeUndefined();
    expect(credit('Results.\nRadnicki (N) - Spartak (to be played on Sunday)')).toBeUndefined();
    expect(credit('Talks.\nThe Democratic Republic of Congo (DRC) said so.')).toBeUndefined();
  });
});

describe('withWireCredits', () => {
  const credited = (text: string, tagged: Tagged): string[] => {
    const { tokens, spans } = taggedSpans(text, tagged);
    return withWireCredits(spans, tokens, text).map((s) => shown(text, tokens, s));
  };

  it('makes the credit an organization and a known place before it a place, whatever the tagger said', () => {
    expect(credited('Talks.\nATHENS (AP) — Talks went on.', [['ATHENS', 'organization'], ['AP', 'place']])).toEqual(['ATHENS|place', 'AP|organization']);
    expect(credited('Talks.\nKYIV, Ukraine (AFP) — Talks went on.', [['KYIV', 'person'], ['Ukraine', 'place']])).toEqual(['KYIV|place', 'Ukraine|place', 'AFP|organization']);
  });

  it('leaves a line alone where nothing before the brackets is a place', () => {
    expect(credited('Results.\nRadnicki (Belgrade) - Spartak 2', [['Radnicki', 'organization'], ['Belgrade', 'place'], ['Spartak', 'organization']])).toEqual(['Radnicki|organization', 'Belgrade|place', 'Spartak|organization']);
  });
});

describe('markSentencesAfterCredits', () => {
  it('starts a sentence at the first word after a wire credit’s dash', () => {
    const tokens = tokenize('Talks.\nDETROIT (AP) — The company said so. Officials in Washington (AP) — The end.');
    markSentencesAfterCredits(tokens);
    expect(tokens.filter((t) => t.text === 'The').map((t) => t.sentenceStart)).toEqual([true, false]);
  });
});
