import * as vscode from 'vscode';
import { describe, expect, it } from 'vitest';
import type { SeedlensServer } from './client.js';
import { EntitiesTreeProvider, entityItem, groupEntities, groupItem, SHOW_MENTIONS_COMMAND, type EntityNode, type GroupNode } from './entities-tree.js';
import { EntityCatalog, type EntityRecord } from './entity-catalog.js';

const at = (name: string, line: number) => new vscode.Location(vscode.Uri.parse(`file:///news/${name}.txt`), new vscode.Range(line, 0, line, 4));
const ENTITIES: EntityRecord[] = [
  { name: 'Valery Gerasimov', type: 'actor', kind: 'person', location: at('a', 1) },
  { name: 'Bern', type: 'place', kind: 'city', location: at('a', 2) },
  { name: 'NATO', type: 'actor', kind: 'organization', location: at('b', 3) },
  { name: 'Dec. 18, 2019', type: 'date', location: at('a', 4) },
];

describe('groupEntities', () => {
  it('makes actors, places and dates groups, in that order, keeping the given order inside', () => {
    const groups = groupEntities(ENTITIES, false);
    expect(groups.map((g) => [g.type, g.entities.map((e) => e.name)])).toEqual([
      ['actor', ['Valery Gerasimov', 'NATO']],
      ['place', ['Bern']],
      ['date', ['Dec. 18, 2019']],
    ]);
  });

  it('keeps an empty group, which then has nothing to expand', () => {
    const [, places] = groupEntities(ENTITIES.filter((e) => e.type !== 'place'), false);
    const item = groupItem(places!);
    expect(item.description).toBe('0');
    expect(item.collapsibleState).toBe(vscode.TreeItemCollapsibleState.None);
  });
});

describe('groupItem', () => {
  it('shows the count of its entities, with a + when the list was cut', () => {
    const [actors] = groupEntities(ENTITIES, false);
    expect(groupItem(actors!)).toMatchObject({ label: 'Actors', description: '2', collapsibleState: vscode.TreeItemCollapsibleState.Expanded });
    const [cut] = groupEntities(ENTITIES, true);
    expect(groupItem(cut!).description).toBe('2+');
    expect(groupItem(cut!).tooltip).toMatch(/most mentioned/);
  });
});

describe('entityItem', () => {
  it('names the entity, its kind and its counts, and peeks at its mentions when clicked', () => {
    const node: EntityNode = { kind: 'entity', entity: ENTITIES[0]!, mentions: { locations: [at('a', 1), at('a', 9), at('b', 2)], articles: 2 } };
    const item = entityItem(node);
    expect(item).toMatchObject({ label: 'Valery Gerasimov', description: 'person · 3 mentions in 2 articles', contextValue: 'seedlens.entity' });
    expect((item.iconPath as vscode.ThemeIcon).id).toBe('person');
    expect(item.command).toEqual({ command: SHOW_MENTIONS_COMMAND, title: 'Show Mentions', arguments: [node] });
  });

  it('says one mention, and shows the kind alone before counting', () => {
    const one: EntityNode = { kind: 'entity', entity: ENTITIES[1]!, mentions: { locations: [at('a', 2)], articles: 1 } };
    expect(entityItem(one).description).toBe('city · 1 mention in 1 article');
    expect(entityItem({ kind: 'entity', entity: ENTITIES[2]! }).description).toBe('organization');
    expect((entityItem({ kind: 'entity', entity: ENTITIES[2]! }).iconPath as vscode.ThemeIcon).id).toBe('organization');
    expect(entityItem({ kind: 'entity', entity: ENTITIES[3]! }).description).toBe('');
  });
});

describe('EntitiesTreeProvider', () => {
  const symbolKinds = { actor: vscode.SymbolKind.Class, place: vscode.SymbolKind.Namespace, date: vscode.SymbolKind.Event };
  const server = {
    workspaceSymbols: async () => ENTITIES.map((e) => new vscode.SymbolInformation(e.name, symbolKinds[e.type], `${e.kind ?? e.type} · a`, e.location)),
    references: async (uri: vscode.Uri, position: vscode.Position) => (position.line === 1 ? [at('a', 1), at('b', 5)] : [new vscode.Location(uri, new vscode.Range(position, position))]),
  } as unknown as SeedlensServer;

  it('lists the groups, then each group with every entity counted', async () => {
    const tree = new EntitiesTreeProvider(new EntityCatalog(server));
    const groups = (await tree.getChildren()) as GroupNode[];
    expect(groups.map((g) => tree.getTreeItem(g).label)).toEqual(['Actors', 'Places', 'Dates']);
    const actors = await tree.getChildren(groups[0]);
    expect(actors.map((n) => [tree.getTreeItem(n).label, tree.getTreeItem(n).description])).toEqual([
      ['Valery Gerasimov', 'person · 2 mentions in 2 articles'],
      ['NATO', 'organization · 1 mention in 1 article'],
    ]);
    expect(await tree.getChildren(actors[0])).toEqual([]);
  });

  it('shows nothing (so the welcome text) when the server cannot answer, and logs why', async () => {
    const logged: string[] = [];
    const failing = { workspaceSymbols: async () => Promise.reject(new Error('server stopped')) } as unknown as SeedlensServer;
    const tree = new EntitiesTreeProvider(new EntityCatalog(failing), (m) => logged.push(m));
    expect(await tree.getChildren()).toEqual([]);
    expect(logged).toEqual([expect.stringContaining('server stopped')]);
  });

  it('tells the view to refresh when the corpus changes', () => {
    const catalog = new EntityCatalog(server);
    const tree = new EntitiesTreeProvider(catalog);
    let fired = 0;
    tree.onDidChangeTreeData(() => fired++);
    catalog.invalidate();
    expect(fired).toBe(1);
  });
});
