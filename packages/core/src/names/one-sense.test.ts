import { describe, expect, it } from 'vitest';
import { tokenize } from '../segment/tokenize.js';
import { oneSensePerArticle } from './one-sense.js';
import { NAME_TYPES, type TokenSpan } from './tagger/labels.js';

const type = (name: (typeof NAME_TYPES)[number]) => NAME_TYPES.indexOf(name);

/** The tagger's spans over `text`, given as [surface, type] in text order, after one sense per article. */
function settle(text: string, tagged: [string, (typeof NAME_TYPES)[number]][]): string[] {
  const tokens = tokenize(text);
  let from = 0;
  const spans: TokenSpan[] = tagged.map(([surface, name]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    const first = tokens.findIndex((t) => t.start === start);
    const last = tokens.findIndex((t) => t.end === start + surface.length);
    return { first, last, type: type(name) };
  });
  oneSensePerArticle(spans, tagged.map(([surface]) => surface), tokens);
  return spans.map((s) => `${text.slice(tokens[s.first]!.start, tokens[s.last]!.end)}|${NAME_TYPES[s.type]}`);
}

describe('oneSensePerArticle', () => {
  it('gives every mention of a surface the type most of its mentions have', () => {
    expect(settle('Acme rose. Acme fell. Then Acme won.', [['Acme', 'organization'], ['Acme', 'person'], ['Acme', 'organization']])).toEqual(['Acme|organization', 'Acme|organization', 'Acme|organization']);
  });

  it('makes a lone word of a full name that person', () => {
    expect(settle('Joe Dunford came. Gerasimov warned Dunford.', [['Joe Dunford', 'person'], ['Gerasimov', 'person'], ['Dunford', 'organization']])).toEqual(['Joe Dunford|person', 'Gerasimov|person', 'Dunford|person']);
  });

  it('makes a word read as a person after a title that person, whatever most mentions say', () => {
    const text = 'Gerasimov warned Dunford. Then Dunford left. Later General Dunford spoke.';
    expect(settle(text, [['Gerasimov', 'person'], ['Dunford', 'organization'], ['Dunford', 'organization'], ['Dunford', 'person']])).toEqual(['Gerasimov|person', 'Dunford|person', 'Dunford|person', 'Dunford|person']);
  });

  it('takes no title from a headline in capitals', () => {
    const text = 'BARATELLI TO COACH NICE\nNice lost. Nice won.';
    expect(settle(text, [['BARATELLI', 'person'], ['NICE', 'person'], ['Nice', 'organization'], ['Nice', 'organization']]).slice(2)).toEqual(['Nice|organization', 'Nice|organization']);
  });
});
