import { describe, expect, it } from 'vitest';
import { marked } from '../../../test/marked.js';
import { titleCaseHeadline } from './title-case.js';

/** `source` with [name|type] marks, as the training corpora give it. */
function article(source: string) {
  const { text, spans } = marked(source);
  return { text, names: spans.map((s) => ({ start: s.start, end: s.end, type: s.label as 'person' | 'organization' | 'place' | 'other' })) };
}
const shown = (a: { text: string; names: { start: number; end: number; type: string }[] }) => [a.text, a.names.map((n) => `${a.text.slice(n.start, n.end)}|${n.type}`)];

describe('titleCaseHeadline', () => {
  it('writes a headline in capitals in title case, names and the line below in place', () => {
    const a = article('SOCCER - [PSV|organization] BEAT [AJAX|organization] IN THE [DUTCH CUP|other] .\n[AMSTERDAM|place] 1996-08-30\nMore text.');
    expect(shown(titleCaseHeadline(a)!)).toEqual([
      'Soccer - PSV Beat Ajax in the Dutch Cup\nAMSTERDAM 1996-08-30',
      ['PSV|organization', 'Ajax|organization', 'Dutch Cup|other', 'AMSTERDAM|place'],
    ]);
  });

  it('keeps dotted acronyms and short names that are no words, and lowers the small words', () => {
    const a = article('[U.S.|place] AND [UN|organization] TALK OF WAR WITH [IRAQ|place]\nWASHINGTON 1996-08-30');
    expect(titleCaseHeadline(a)!.text.split('\n')[0]).toBe('U.S. and UN Talk of War With Iraq');
  });

  it('leaves an article whose first line is not in capitals', () => {
    expect(titleCaseHeadline(article('Talks in [Baku|place] went on.\nMore.'))).toBeUndefined();
  });
});
