import { describe, expect, it } from 'vitest';
import { shown, taggedSpans, type Tagged } from '../../test/tagged-spans.js';
import { splitHeadlineNames } from './headline-names.js';

const split = (text: string, tagged: Tagged): string[] => {
  const { tokens, spans } = taggedSpans(text, tagged);
  return splitHeadlineNames(spans, tokens).map((s) => shown(text, tokens, s));
};

describe('splitHeadlineNames', () => {
  it('splits a name run on through a title-case headline into the parts the body names', () => {
    expect(split('Biden Visits Ukraine\nPresident Joe Biden flew to Ukraine.', [['Biden Visits Ukraine', 'organization'], ['Joe Biden', 'person'], ['Ukraine', 'place']])).toEqual([
      'Biden|person',
      'Ukraine|place',
      'Joe Biden|person',
      'Ukraine|place',
    ]);
    expect(split('Tesla Recalls Cars\nTesla said so.', [['Tesla Recalls Cars', 'organization'], ['Tesla', 'organization']])).toEqual(['Tesla|organization', 'Tesla|organization']);
  });

  it('keeps spans the body names whole or not at all, a family name alone, and lines of a table', () => {
    expect(split('Supreme Court Hears Case\nThe Supreme Court met.', [['Supreme Court', 'organization'], ['Supreme Court', 'organization']])).toEqual(['Supreme Court|organization', 'Supreme Court|organization']);
    expect(split('Taliban Ban Women\nThe decision drew condemnation.', [['Taliban Ban Women', 'organization']])).toEqual(['Taliban Ban Women|organization']);
    expect(split('Man of the Match: Mark Waugh\nM. Waugh scored.', [['Mark Waugh', 'person'], ['M. Waugh', 'person']])).toEqual(['Mark Waugh|person', 'M. Waugh|person']);
    expect(split('Results.\nBreukink Rabobank Team 4:21:30\nBreukink won.', [['Breukink Rabobank Team', 'organization'], ['Breukink', 'person']])).toEqual(['Breukink Rabobank Team|organization', 'Breukink|person']);
  });
});
