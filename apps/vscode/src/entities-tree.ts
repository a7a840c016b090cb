import * as vscode from 'vscode';
import type { EntityCatalog, EntityMentions, EntityRecord, EntityType } from './entity-catalog.js';
import { mapLimit } from './map-limit.js';

export interface GroupNode {
  kind: 'group';
  type: EntityType;
  entities: EntityRecord[];
  /** The server's list was cut, so the group may hold more entities than shown. */
  capped: boolean;
}

export interface EntityNode {
  kind: 'entity';
  entity: EntityRecord;
  mentions?: EntityMentions;
}

export type EntityTreeNode = GroupNode | EntityNode;

export const SHOW_MENTIONS_COMMAND = 'seedlens.showEntityMentions';
/** `viewItem` of entity rows, for their context menu. */
export const ENTITY_CONTEXT_VALUE = 'seedlens.entity';

const GROUPS: ReadonlyArray<{ type: EntityType; label: string }> = [
  { type: 'actor', label: 'Actors' },
  { type: 'place', label: 'Places' },
  { type: 'date', label: 'Dates' },
];

const ICONS: Record<string, string> = {
  actor: 'person',
  person: 'person',
  organization: 'organization',
  place: 'location',
  date: 'calendar',
};

/** Mentions counted at once when a group opens (each is one references request). */
const COUNT_CONCURRENCY = 8;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The three groups, in a fixed order, each holding its entities in the order given (most mentioned first). */
export function groupEntities(entities: readonly EntityRecord[], capped: boolean): GroupNode[] {
  return GROUPS.map(({ type }) => ({ kind: 'group', type, entities: entities.filter((e) => e.type === type), capped }));
}

export function groupItem(group: GroupNode): vscode.TreeItem {
  const label = GROUPS.find((g) => g.type === group.type)?.label ?? group.type;
  const item = new vscode.TreeItem(label, group.entities.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  item.id = `group:${group.type}`;
  item.description = group.capped ? `${group.entities.length}+` : String(group.entities.length);
  item.tooltip = group.capped
    ? `${label}: ${group.entities.length} shown of the most mentioned entities (the server lists at most that many)`
    : `${label}: ${plural(group.entities.length, 'entity', 'entities')}`;
  item.iconPath = new vscode.ThemeIcon(ICONS[group.type] ?? 'symbol-misc');
  return item;
}

/** One entity: its name, kind and mention counts (once known); a click peeks at every mention. */
export function entityItem(node: EntityNode): vscode.TreeItem {
  const { entity, mentions } = node;
  const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.None);
  item.id = `entity:${entity.type}:${entity.location.uri.toString()}#${entity.location.range.start.line}:${entity.location.range.start.character}`;
  const counts = mentions ? `${plural(mentions.locations.length, 'mention')} in ${plural(mentions.articles, 'article')}` : undefined;
  item.description = [entity.kind, counts].filter(Boolean).join(' · ');
  item.tooltip = `${entity.name} (${entity.kind ?? entity.type})${counts ? `\n${counts}` : ''}`;
  item.iconPath = new vscode.ThemeIcon(ICONS[entity.kind ?? ''] ?? ICONS[entity.type] ?? 'symbol-misc');
  item.contextValue = ENTITY_CONTEXT_VALUE;
  item.command = { command: SHOW_MENTIONS_COMMAND, title: 'Show Mentions', arguments: [node] };
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
    try {
      if (!node) {
        const { entities, capped } = await this.catalog.list();
        return entities.length > 0 ? groupEntities(entities, capped) : [];
      }
      if (node.kind === 'entity') return [];
      return await mapLimit(node.entities, COUNT_CONCURRENCY, async (entity): Promise<EntityNode> => {
        const mentions = await this.catalog.mentionsOf(entity).catch(() => undefined);
        return { kind: 'entity', entity, ...(mentions && { mentions }) };
      });
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
