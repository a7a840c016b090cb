import * as vscode from 'vscode';
import { describe, expect, it, vi } from 'vitest';
import type { SeedlensServer } from './client.js';
import { EntityCatalog, entityOfSymbol, mentionsOf, SERVER_SYMBOL_LIMIT } from './entity-catalog.js';

const at = (name: string, line: number, character = 0) =>
  new vscode.Location(vscode.Uri.parse(`file:///news/${name}.txt`), new vscode.Range(line, character, line, character + 4));
const symbol = (name: string, kind: vscode.SymbolKind, container: string, location = at('a', 0)) =>
  new vscode.SymbolInformation(name, kind, container, location);

describe('entityOfSymbol', () => {
  it('reads type and kind from how the server lists entities', () => {
    expect(entityOfSymbol(symbol('Valery Gerasimov', vscode.SymbolKind.Class, 'person · 004'))).toMatchObject({ name: 'Valery Gerasimov', type: 'actor', kind: 'person' });
    expect(entityOfSymbol(symbol('Bern', vscode.SymbolKind.Namespace, 'city · 004'))).toMatchObject({ type: 'place', kind: 'city' });
    expect(entityOfSymbol(symbol('Dec. 18, 2019', vscode.SymbolKind.Event, 'date · 004'))).toEqual({
      name: 'Dec. 18, 2019',
      type: 'date',
      location: at('a', 0),
    });
  });

  it('skips symbols that are not entities', () => {
    expect(entityOfSymbol(symbol('Introduction', vscode.SymbolKind.Module, ''))).toBeUndefined();
  });
});

describe('mentionsOf', () => {
  it('counts the articles among the mentions', () => {
    expect(mentionsOf([at('a', 1), at('a', 5), at('b', 2)]).articles).toBe(2);
    expect(mentionsOf([]).articles).toBe(0);
  });
});

describe('EntityCatalog', () => {
  const symbols = [
    symbol('Valery Gerasimov', vscode.SymbolKind.Class, 'person · a', at('a', 1)),
    symbol('Intro', vscode.SymbolKind.Module, '', at('a', 0)),
    symbol('Bern', vscode.SymbolKind.Namespace, 'city · a', at('a', 2)),
  ];

  it('asks the server once until the corpus changes', async () => {
    const workspaceSymbols = vi.fn(async () => symbols);
    const catalog = new EntityCatalog({ workspaceSymbols } as unknown as SeedlensServer);
    const changed = vi.fn();
    catalog.onDidChange(changed);
    const first = await catalog.list();
    await catalog.list();
    expect(workspaceSymbols).toHaveBeenCalledTimes(1);
    expect(workspaceSymbols).toHaveBeenCalledWith('');
    expect(first).toMatchObject({ capped: false, entities: [{ name: 'Valery Gerasimov' }, { name: 'Bern' }] });
    catalog.invalidate();
    expect(changed).toHaveBeenCalledTimes(1);
    await catalog.list();
    expect(workspaceSymbols).toHaveBeenCalledTimes(2);
  });

  it("knows when the server's list was cut", async () => {
    const many = Array.from({ length: SERVER_SYMBOL_LIMIT }, (_, i) => symbol(`E${i}`, vscode.SymbolKind.Class, 'person · a', at('a', i)));
    const catalog = new EntityCatalog({ workspaceSymbols: async () => many } as unknown as SeedlensServer);
    expect((await catalog.list()).capped).toBe(true);
  });

  it('asks for the mentions of an entity at its first mention, once', async () => {
    const references = vi.fn(async () => [at('a', 1), at('b', 3)]);
    const catalog = new EntityCatalog({ workspaceSymbols: async () => symbols, references } as unknown as SeedlensServer);
    const [gerasimov] = (await catalog.list()).entities;
    expect(await catalog.mentionsOf(gerasimov!)).toMatchObject({ articles: 2 });
    await catalog.mentionsOf(gerasimov!);
    expect(references).toHaveBeenCalledTimes(1);
    expect(references).toHaveBeenCalledWith(gerasimov!.location.uri, gerasimov!.location.range.start);
  });

  it('does not keep a failed answer', async () => {
    const workspaceSymbols = vi.fn().mockRejectedValueOnce(new Error('not running')).mockResolvedValue(symbols);
    const catalog = new EntityCatalog({ workspaceSymbols } as unknown as SeedlensServer);
    await expect(catalog.list()).rejects.toThrow('not running');
    expect((await catalog.list()).entities).toHaveLength(2);
  });
});
