import { describe, expect, it } from 'vitest';
import { tenseAt } from './tense.js';

/** The tense around the part of `marked` written in [brackets]. */
function tense(marked: string) {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return tenseAt(marked.replace(/[[\]]/g, ''), start, end);
}

describe('tenseAt', () => {
  it.each([
    ['Dunford disclosed back in [October] that he had pressed for it.', 'past'],
    ['The chiefs met in Baku on [Thursday].', 'past'],
    ['On [Thursday], the chiefs said little.', 'past'],
    ['The meeting was announced on [Monday] and took place in Bern.', 'past'],
    ['Talks have been held since [March].', 'past'],
    ['The chiefs will meet on [Thursday].', 'future'],
    ['The summit will be held in [October].', 'future'],
    ['The vote is scheduled to take place on [Sunday].', 'future'],
    ["They're going to sign it in [May].", 'future'],
    ['He plans to visit on [Friday].', 'future'],
    ['A final statement is expected on [Sunday], officials said.', 'future'],
    ['A meeting in person is planned for [August].', 'future'],
    ['The meeting, which was announced earlier, will take place on [Thursday].', 'future'],
    ['Officials said the chiefs will meet on [Monday].', 'future'],
  ] as const)('%s → %s', (marked, expected) => expect(tense(marked)).toBe(expected));

  it.each([
    'The [October] deadline.',
    'Armed groups based in Idlib on [Thursday].',
    'The United States in [May].',
  ])('%s → none', (marked) => expect(tense(marked)).toBeNull());

  it('reads only the sentence of the date, across abbreviations', () => {
    expect(tense('He met them. The summit on [Dec. 18] is next.')).toBe('future');
    expect(tense('Gen. Milley will go. It is on [Monday].')).toBeNull();
    expect(tense('The chiefs met on Dec. 16 in Bern and again on [Thursday].')).toBe('past');
    expect(tense('Talks with the U.S. will go on until [Friday].')).toBe('future');
  });

  it('reads the sentence when the clause of the date shows no tense', () => {
    expect(tense('The chiefs, in Bern on [Thursday], will meet.')).toBe('future');
    expect(tense('The chiefs met, as on [Thursday].')).toBe('past');
  });
});
