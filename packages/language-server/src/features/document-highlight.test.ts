import { DocumentHighlightKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { fixture, uriOf } from '../test-fixtures.js';
import { documentHighlights } from './document-highlight.js';

const f = fixture();

describe('documentHighlights', () => {
  it('marks the entity’s mentions in this article only', () => {
    const highlights = documentHighlights(f.view, uriOf('a'), f.at('a', 'Azerbaijan'))!;
    expect(highlights.map((h) => [f.textOf('a', h.range), h.range.start.line, h.kind])).toEqual([
      ['Azerbaijan', 2, DocumentHighlightKind.Text],
      ['Azerbaijan', 3, DocumentHighlightKind.Text],
    ]);
  });

  it('joins short and full names', () => {
    const highlights = documentHighlights(f.view, uriOf('a'), f.at('a', 'Gerasimov said'))!;
    expect(highlights.map((h) => f.textOf('a', h.range))).toEqual(['Valery Gerasimov', 'Gerasimov']);
  });

  it('answers null off a mention', () => {
    expect(documentHighlights(f.view, uriOf('a'), f.at('a', 'useful'))).toBeNull();
  });
});
