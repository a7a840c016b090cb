import * as vscode from 'vscode';
import type { EntityCatalog, EntityGroup, EntityRecord } from './entity-catalog.js';

export interface GroupNode extends EntityGroup {
  kind: 'group';
}

export interface EntityNode {
  kind: 'entity';
  entity: EntityRecord;
}

export type EntityTreeNode = GroupNode | EntityNode;

export const SHOW_MENTIONS_COMMAND = 'seedlens.showEntityMentions';
/** `viewItem` of entity rows, for their context menu. */
export const ENTITY_CONTEXT_VALUE = 'seedlens.entity';

const LABELS: Record<string, string> = { actor: 'Actors', place: 'Places', date: 'Dates' };

const ICONS: Record<string, string> = {
  actor: 'person',
  person: 'person',
  organization: 'organization',
  place: 'location',
  date: 'calendar',
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Actors, places and dates, with how many there are (and how many are shown, when not all). */
export function groupItem(group: GroupNode): vscode.TreeItem {
  const label = LABELS[group.type] ?? group.type;
  const shown = group.entities.length;
  const item = new vscode.TreeItem(label, shown > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  item.id = `group:${group.type}`;
  item.description = shown < group.total ? `${shown} of ${group.total}` : String(group.total);
  item.tooltip =
    shown < group.total
      ? `${label}: the ${shown} mentioned in most articles, of ${group.total}`
      : `${label}: ${plural(group.total, 'entity', 'entities')}`;
  item.iconPath = new vscode.ThemeIcon(ICONS[group.type] ?? 'symbol-misc');
  return item;
}

/** One entity: its name, kind and counts; a click peeks at every mention. */
export function entityItem(node: EntityNode): vscode.TreeItem {
  const { entity } = node;
  const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.None);
  item.id = `entity:${entity.id}`;
  const counts = `${plural(entity.mentions, 'mention')} in ${plural(entity.articles, 'article')}`;
  item.description = [entity.kind, counts].filter(Boolean).join(' · ');
  item.tooltip = `${entity.name} (${entity.kind ?? entity.type})\n${counts}`;
  item.iconPath = new vscode.ThemeIcon(ICONS[entity.kind ?? ''] ?? ICONS[entity.type] ?? 'symbol-misc');
  item.contextValue = ENTITY_CONTEXT_VALUE;
  // Mentions are peeked from the first one; while an edit covers it there is nowhere to peek from.
  if (entity.location) item.command = { command: SHOW_MENTIONS_COMMAND, title: 'Show Mentions', arguments: [node] };
  return item;
}

/** The Entities view in the Explorer: actors, places and dates of the corpus with their counts. */
export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntityTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly catalog: EntityCatalog,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.subscription = catalog.onDidChange(() => this.changed.fire(undefined));
  }

  getTreeItem(node: EntityTreeNode): vscode.TreeItem {
    return node.kind === 'group' ? groupItem(node) : entityItem(node);
  }

  async getChildren(node?: EntityTreeNode): Promise<EntityTreeNode[]> {
    if (node?.kind === 'group') return node.entities.map((entity) => ({ kind: 'entity', entity }));
    if (node) return [];
    try {
      const groups = await this.catalog.list();
      // No entity at all: an empty view, so VS Code shows the welcome text.
      return groups.some((g) => g.total > 0) ? groups.map((g) => ({ kind: 'group', ...g })) : [];
    } catch (error) {
      this.log(`could not list entities: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
