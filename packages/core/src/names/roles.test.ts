import { describe, expect, it } from 'vitest';
import { marked } from '../../test/marked.js';
import { tokenize } from '../segment/tokenize.js';
import { trimAffixes } from './affixes.js';
import { nameAfterTitle, roleBefore } from './roles.js';

/** The role before the one marked name of `source`. */
function roleOf(source: string): string | undefined {
  const { text, spans } = marked(source);
  const tokens = trimAffixes(tokenize(text), text);
  return roleBefore(text, tokens, tokens.findIndex((t) => t.start === spans[0]!.start));
}

/** What is left of the marked span (as the tagger might give it) once its title is split off. */
function nameIn(source: string): string {
  const { text, spans } = marked(source);
  const tokens = trimAffixes(tokenize(text), text);
  const first = tokens.findIndex((t) => t.start === spans[0]!.start);
  const last = tokens.findIndex((t) => t.end === spans[0]!.end);
  return text.slice(tokens[nameAfterTitle(tokens, first, last)]!.start, spans[0]!.end);
}

describe('roleBefore', () => {
  it('reads the title or rank written before a name', () => {
    expect(roleOf('The talks were led by Army Gen. [Mark A. Milley|person] today.')).toBe('Army Gen.');
    expect(roleOf('Russian Foreign Minister [Sergey Lavrov|person] said so.')).toBe('Foreign Minister');
    expect(roleOf('US Secretary of State [Rex Tillerson|person] said so.')).toBe('Secretary of State');
  });

  it('finds no role where no title stands before the name', () => {
    expect(roleOf('He met [Lavrov|person] today.')).toBeUndefined();
    expect(roleOf('He met the secretary of [Lavrov|person] today.')).toBeUndefined();
    expect(roleOf('[Lavrov|person] spoke first.')).toBeUndefined();
    expect(roleOf('He met the Foreign Minister.\n[Lavrov|person] spoke first.')).toBeUndefined();
  });
});

describe('nameAfterTitle', () => {
  it('splits a title off the start of a span', () => {
    expect(nameIn('He met [Army Gen. Mark A. Milley|span] today.')).toBe('Mark A. Milley');
    expect(nameIn('He met [Foreign Minister Sergey Lavrov|span] today.')).toBe('Sergey Lavrov');
    expect(nameIn('He met [Secretary of State Rex Tillerson|span] today.')).toBe('Rex Tillerson');
  });

  it('leaves a span without a title as it is', () => {
    expect(nameIn('He met [Sergey Lavrov|span] today.')).toBe('Sergey Lavrov');
    expect(nameIn('He met the [Bank of England|span] today.')).toBe('Bank of England');
  });
});
