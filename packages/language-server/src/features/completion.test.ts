import { CompletionItemKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { ARTICLES, fixture, uriOf } from '../test-fixtures.js';
import { completion } from './completion.js';

const f = fixture({ ...ARTICLES, typing: 'Notes\nThen Gera' });

describe('completion', () => {
  it('offers entity names for the word before the cursor, replacing it', () => {
    const position = f.at('typing', 'Gera', { delta: 4 });
    const list = completion(f.view, uriOf('typing'), position)!;
    expect(list.isIncomplete).toBe(true);
    const [first] = list.items;
    expect(first).toMatchObject({ label: 'Valery Gerasimov', kind: CompletionItemKind.Class });
    expect(first!.textEdit).toEqual({ range: { start: f.at('typing', 'Gera'), end: position }, newText: 'Valery Gerasimov' });
    expect(first!.filterText!.toLowerCase().startsWith('gera')).toBe(true);
  });

  it('offers nothing without a word before the cursor', () => {
    expect(completion(f.view, uriOf('typing'), f.at('typing', 'Then'))!.items).toEqual([]);
  });

  it('answers null for an unknown article', () => {
    expect(completion(f.view, uriOf('nope'), { line: 0, character: 0 })).toBeNull();
  });
});
