import { describe, expect, it } from 'vitest';
import { tokenize } from '../segment/tokenize.js';
import { propagateNames } from './propagate.js';
import { NAME_TYPES, type TokenSpan } from './tagger/labels.js';

/** The surfaces and types after propagation, given the tagger's [surface, type] in text order. */
function propagate(text: string, tagged: [string, (typeof NAME_TYPES)[number]][]): string[] {
  const tokens = tokenize(text);
  let from = 0;
  const spans: TokenSpan[] = tagged.map(([surface, name]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { first: tokens.findIndex((t) => t.start === start), last: tokens.findIndex((t) => t.end === start + surface.length), type: NAME_TYPES.indexOf(name) };
  });
  // As the tagger marks them: every token here may belong to a name.
  const eligible = new Uint8Array(tokens.length).fill(1);
  return propagateNames(spans, tokens, eligible).map((s) => `${text.slice(tokens[s.first]!.start, tokens[s.last]!.end)}|${NAME_TYPES[s.type]}`);
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
});
