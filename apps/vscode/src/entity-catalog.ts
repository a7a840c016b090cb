import * as vscode from 'vscode';
import type { SeedlensServer } from './client.js';
import { toLocation } from './lsp-location.js';
import type { EntityItem } from './protocol.js';

export type EntityType = 'actor' | 'place' | 'date';

export const ENTITY_TYPES: readonly EntityType[] = ['actor', 'place', 'date'];

/** An entity of the corpus as the extension shows it. */
export interface EntityRecord {
  /** The server's entity id (what the timeline is asked about). */
  id: string;
  name: string;
  type: EntityType;
  /** person, organization, country, city, … when the server says. */
  kind?: string;
  articles: number;
  mentions: number;
  /** Its first mention in the corpus (where its mentions are peeked from); absent while an unanalysed edit covers it. */
  location?: vscode.Location;
}

/** The entities of one type: the first page the server sent, and how many there are in all. */
export interface EntityGroup {
  type: EntityType;
  entities: EntityRecord[];
  total: number;
}

/** Entities listed per type: those mentioned in most articles (a view to browse, not every name of a large corpus). */
export const GROUP_LIMIT = 200;

export function entityRecord(item: EntityItem): EntityRecord {
  return {
    id: item.id,
    name: item.name,
    type: item.type,
    ...(item.kind !== undefined && { kind: item.kind }),
    articles: item.articleCount,
    mentions: item.mentionCount,
    ...(item.first && { location: toLocation(item.first) }),
  };
}

/** The entities of the corpus, asked of the server (`seedlens/entities`, one request per type) and kept until the corpus changes. */
export class EntityCatalog implements vscode.Disposable {
  private listing: Promise<EntityGroup[]> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: SeedlensServer) {}

  /** Actors, places and dates, in that order, each mentioned in most articles first. */
  list(): Promise<EntityGroup[]> {
    if (!this.listing) {
      this.listing = Promise.all(
        ENTITY_TYPES.map(async (type) => {
          const page = await this.server.entities({ type, limit: GROUP_LIMIT });
          return { type, entities: page.items.map(entityRecord), total: page.total };
        }),
      );
      this.listing.catch(() => (this.listing = undefined));
    }
    return this.listing;
  }

  /** The corpus changed: forget the lists and tell the views. */
  invalidate(): void {
    this.listing = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
