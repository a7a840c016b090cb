import { SymbolKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { fixture, uriOf } from '../test-fixtures.js';
import { workspaceSymbols } from './workspace-symbols.js';

const f = fixture();

describe('workspaceSymbols', () => {
  it('finds entities by part of a name, fuzzily, located at their first mention', () => {
    const [first] = workspaceSymbols(f.view, 'gera')!;
    expect(first).toMatchObject({ name: 'Valery Gerasimov', kind: SymbolKind.Class });
    const name = first!.location.uri.slice(-5, -4);
    expect(f.textOf(name, first!.location.range)).toMatch(/Gerasimov$/);
    expect(workspaceSymbols(f.view, 'azrbjn')!.map((s) => s.name)).toContain('Azerbaijan');
  });

  it('lists the most mentioned entities for an empty query, within the limit', () => {
    const symbols = workspaceSymbols(f.view, '', { limit: 3 })!;
    expect(symbols).toHaveLength(3);
    expect(symbols.map((s) => s.name)).toContain('Valery Gerasimov');
  });

  it('finds nothing for a name no article has, and stops when cancelled', () => {
    expect(workspaceSymbols(f.view, 'qqqxxx')).toEqual([]);
    expect(workspaceSymbols(f.view, 'gera', { token: { isCancellationRequested: true } })).toBeUndefined();
  });

  it('shows control characters of file names as text', () => {
    const hostile = fixture({ 'x\u001b]0;pwned\u0007': 'Gen. Valery Gerasimov met Joe Dunford in Baku.\n' });
    const [first] = workspaceSymbols(hostile.view, 'gerasimov')!;
    expect(first!.containerName).toBe('person · x\\x1b]0;pwned\\x07');
    expect(first!.name).toBe('Valery Gerasimov');
  });

  it('names the kind and the article in the container', () => {
    const [first] = workspaceSymbols(f.view, 'NATO')!;
    expect(first!.containerName).toBe(`organization · a`);
    expect(first!.location.uri).toBe(uriOf('a'));
  });
});
