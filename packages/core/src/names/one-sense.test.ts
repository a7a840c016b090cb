import { describe, expect, it } from 'vitest';
import { shown, taggedSpans, type Tagged } from '../../test/tagged-spans.js';
import { oneSensePerArticle } from './one-sense.js';
import { surfaceFacts } from './surface-facts.js';

/** The tagger's spans over `text` after one sense per article. */
function settle(text: string, tagged: Tagged): string[] {
  const { tokens, spans } = taggedSpans(text, tagged);
  oneSensePerArticle(spans, tagged.map(([surface]) => surfaceFacts(surface)), tokens);
  return spans.map((s) => shown(text, tokens, s));
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
