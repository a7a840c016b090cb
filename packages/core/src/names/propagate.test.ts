import { describe, expect, it } from 'vitest';
import { shown, taggedSpans, type Tagged } from '../../test/tagged-spans.js';
import { propagateNames } from './propagate.js';

/** The surfaces and types after propagation. */
function propagate(text: string, tagged: Tagged): string[] {
  const { tokens, spans } = taggedSpans(text, tagged);
  // As the tagger marks them: every token here may belong to a name.
  const eligible = new Uint8Array(tokens.length).fill(1);
  return propagateNames(spans, tokens, eligible).map((s) => shown(text, tokens, s));
}

describe('propagateNames', () => {
  it('names the repeats the tagger left unnamed, with the type it settled on', () => {
    expect(propagate('ISIS struck. The threats are ISIS, Russia and Ebola.', [['ISIS', 'organization'], ['Russia', 'place']])).toEqual(['ISIS|organization', 'ISIS|organization', 'Russia|place']);
    expect(propagate('Joint Chiefs of Staff met. The Joint Chiefs of Staff said so.', [['Joint Chiefs of Staff', 'organization']])).toEqual(['Joint Chiefs of Staff|organization', 'Joint Chiefs of Staff|organization']);
  });

  it('leaves lone common words, other names, and words inside other names alone', () => {
    expect(propagate('The Pivot began. Pivot is a word.', [['Pivot', 'organization']])).toEqual(['Pivot|organization']);
    expect(propagate('French troops came. French was spoken.', [['French', 'other']])).toEqual(['French|other']);
    expect(propagate('Valery Gerasimov met Gerasimov Fund staff.', [['Valery Gerasimov', 'person'], ['Gerasimov Fund', 'organization']])).toEqual(['Valery Gerasimov|person', 'Gerasimov Fund|organization']);
  });

  it('makes a name the tagger cut short the longer name the article gives elsewhere', () => {
    expect(propagate('Fighting in Daraa al-Balad went on. Daraa al-Balad — and Daraa city — held.', [['Daraa al-Balad', 'place'], ['Daraa', 'place'], ['Daraa', 'place']])).toEqual([
      'Daraa al-Balad|place',
      'Daraa al-Balad|place',
      'Daraa|place',
    ]);
  });
});
