import { SymbolKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { fixture, uriOf } from '../test-fixtures.js';
import { documentSymbols, flattenSymbols } from './document-symbols.js';

const f = fixture();

describe('documentSymbols', () => {
  it('outlines each section of a digest with the entities in it, in order of appearance', () => {
    const symbols = documentSymbols(f.view, uriOf('d'))!;
    expect(symbols.map((s) => [s.name, s.kind])).toEqual([
      ['Digest of the week', SymbolKind.Module],
      ['Dunford goes to Helsinki', SymbolKind.Module],
    ]);
    expect(symbols[0]!.children!.map((c) => [c.name, c.kind, c.detail])).toEqual([
      ['Valery Gerasimov', SymbolKind.Class, 'person · 2 mentions'],
      ['Baku', SymbolKind.Namespace, 'city · 2 mentions'],
      ['Monday', SymbolKind.Event, 'date XXXX-WXX-1 · 1 mention'],
      // The outlet on the "Source:" line is article text, and an organization.
      ['The Meridian Post', SymbolKind.Class, 'organization · 1 mention'],
    ]);
    expect(symbols[1]!.children!.map((c) => c.name)).toContain('Helsinki');
  });

  it('keeps each child inside its parent, selecting the first mention', () => {
    for (const section of documentSymbols(f.view, uriOf('d'))!) {
      for (const child of section.children!) {
        expect(child.range.start.line).toBeGreaterThanOrEqual(section.range.start.line);
        expect(child.range.end.line).toBeLessThanOrEqual(section.range.end.line);
        expect(f.textOf('d', child.selectionRange)).not.toBe('');
      }
    }
    const gerasimov = documentSymbols(f.view, uriOf('d'))![0]!.children![0]!;
    expect(f.textOf('d', gerasimov.selectionRange)).toBe('Gerasimov');
  });

  it('flattens for clients without hierarchical symbols', () => {
    const flat = flattenSymbols(uriOf('a'), documentSymbols(f.view, uriOf('a'))!);
    expect(flat[0]!.name).toBe('Generals meet in Baku');
    expect(flat.slice(1).every((s) => s.containerName === 'Generals meet in Baku')).toBe(true);
    expect(flat.map((s) => s.name)).toContain('NATO');
  });

  it('shows control characters of the article (ESC, BEL) as text', () => {
    const hostile = fixture({ x: '\u001b]0;pwned\u0007\u001b[2JHeadline\n\nGen. Valery Gerasimov met Joe Dunford in Baku.\n' });
    const symbols = documentSymbols(hostile.view, uriOf('x'))!;
    expect(symbols[0]!.name).toBe('\\x1b]0;pwned\\x07\\x1b[2JHeadline');
    const all = JSON.stringify([symbols, flattenSymbols(uriOf('x'), symbols)]);
    expect(all).not.toMatch(/\\u00(?:0[0-9a-f]|1[0-9a-f]|7f|[89][0-9a-f])/);
  });

  it('answers null for an unknown article', () => {
    expect(documentSymbols(f.view, uriOf('nope'))).toBeNull();
  });
});
