import * as vscode from 'vscode';
import { describe, expect, it } from 'vitest';
import type { SeedlensServer } from './client.js';
import { EntitiesTreeProvider, entityItem, groupItem, SHOW_MENTIONS_COMMAND, type EntityNode, type GroupNode } from './entities-tree.js';
import { EntityCatalog, type EntityRecord } from './entity-catalog.js';
import type { EntitiesParams, EntityItem } from './protocol.js';

const at = (name: string, line: number) => new vscode.Location(vscode.Uri.parse(`file:///news/${name}.txt`), new vscode.Range(line, 0, line, 4));
const GERASIMOV: EntityRecord = { id: 'person:valery-gerasimov', name: 'Valery Gerasimov', type: 'actor', kind: 'person', articles: 2, mentions: 3, location: at('a', 1) };
const BERN: EntityRecord = { id: 'place:bern', name: 'Bern', type: 'place', kind: 'city', articles: 1, mentions: 1, location: at('a', 2) };
const NATO: EntityRecord = { id: 'organization:nato', name: 'NATO', type: 'actor', kind: 'organization', articles: 1, mentions: 1 };
const group = (type: GroupNode['type'], entities: EntityRecord[], total = entities.length): GroupNode => ({ kind: 'group', type, entities, total });

describe('groupItem', () => {
  it('shows how many entities the group has, and how many are shown when not all', () => {
    expect(groupItem(group('actor', [GERASIMOV, NATO]))).toMatchObject({ label: 'Actors', description: '2', collapsibleState: vscode.TreeItemCollapsibleState.Expanded });
    const cut = groupItem(group('place', [BERN], 250));
    expect(cut.description).toBe('1 of 250');
    expect(cut.tooltip).toMatch(/mentioned in most articles, of 250/);
  });

  it('has nothing to expand when empty', () => {
    const item = groupItem(group('date', []));
    expect(item).toMatchObject({ label: 'Dates', description: '0', collapsibleState: vscode.TreeItemCollapsibleState.None });
  });
});

describe('entityItem', () => {
  it('names the entity, its kind and its counts, and peeks at its mentions when clicked', () => {
    const node: EntityNode = { kind: 'entity', entity: GERASIMOV };
    const item = entityItem(node);
    expect(item).toMatchObject({ id: 'entity:person:valery-gerasimov', label: 'Valery Gerasimov', description: 'person · 3 mentions in 2 articles', contextValue: 'seedlens.entity' });
    expect((item.iconPath as vscode.ThemeIcon).id).toBe('person');
    expect(item.command).toEqual({ command: SHOW_MENTIONS_COMMAND, title: 'Show Mentions', arguments: [node] });
  });

  it('speaks in the singular, and has no click without a place to peek from', () => {
    expect(entityItem({ kind: 'entity', entity: BERN }).description).toBe('city · 1 mention in 1 article');
    const nato = entityItem({ kind: 'entity', entity: NATO });
    expect((nato.iconPath as vscode.ThemeIcon).id).toBe('organization');
    expect(nato.command).toBeUndefined();
  });
});

describe('EntitiesTreeProvider', () => {
  const items: EntityItem[] = [
    { id: 'person:valery-gerasimov', name: 'Valery Gerasimov', type: 'actor', kind: 'person', articleCount: 4, mentionCount: 18, first: { uri: 'file:///news/000.txt', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } } } },
    { id: 'organization:nato', name: 'NATO', type: 'actor', kind: 'organization', articleCount: 2, mentionCount: 5, first: null },
    { id: 'place:bern', name: 'Bern', type: 'place', kind: 'city', articleCount: 1, mentionCount: 2, first: null },
  ];
  const server = {
    entities: async ({ type }: EntitiesParams) => {
      const matching = items.filter((e) => e.type === type);
      return { total: matching.length, items: matching };
    },
  } as unknown as SeedlensServer;

  it('lists the groups, then the entities of a group with their counts', async () => {
    const tree = new EntitiesTreeProvider(new EntityCatalog(server));
    const groups = await tree.getChildren();
    expect(groups.map((g) => [tree.getTreeItem(g).label, tree.getTreeItem(g).description])).toEqual([
      ['Actors', '2'],
      ['Places', '1'],
      ['Dates', '0'],
    ]);
    const actors = await tree.getChildren(groups[0]);
    expect(actors.map((n) => [tree.getTreeItem(n).label, tree.getTreeItem(n).description])).toEqual([
      ['Valery Gerasimov', 'person · 18 mentions in 4 articles'],
      ['NATO', 'organization · 5 mentions in 2 articles'],
    ]);
    expect(await tree.getChildren(actors[0])).toEqual([]);
  });

  it('shows nothing (so the welcome text) for an empty corpus, or when the server cannot answer, and logs why', async () => {
    const empty = { entities: async () => ({ total: 0, items: [] }) } as unknown as SeedlensServer;
    expect(await new EntitiesTreeProvider(new EntityCatalog(empty)).getChildren()).toEqual([]);
    const logged: string[] = [];
    const failing = { entities: async () => Promise.reject(new Error('server stopped')) } as unknown as SeedlensServer;
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
