import * as vscode from 'vscode';
import type { SeedlensServer } from './client.js';

export type EntityType = 'actor' | 'place' | 'date';

/** An entity of the corpus as the extension knows it: enough to list it and to ask for its mentions. */
export interface EntityRecord {
  name: string;
  type: EntityType;
  /** person, organization, country, city, … when the server says. */
  kind?: string;
  /** Its first mention in the corpus: where the server is asked about it. */
  location: vscode.Location;
}

export interface EntityMentions {
  locations: vscode.Location[];
  /** Number of articles among the locations. */
  articles: number;
}

/**
 * The server answers workspace/symbol with at most this many entities (the most mentioned for an
 * empty query); a full answer means the list is cut.
 */
export const SERVER_SYMBOL_LIMIT = 100;

/** How the server types entities as symbols (its symbol-kinds.ts): actors as classes, places as namespaces, dates as events. */
const TYPE_OF_KIND = new Map<vscode.SymbolKind, EntityType>([
  [vscode.SymbolKind.Class, 'actor'],
  [vscode.SymbolKind.Namespace, 'place'],
  [vscode.SymbolKind.Event, 'date'],
]);

/** The entity a workspace symbol stands for; undefined for symbols that are not entities. */
export function entityOfSymbol(symbol: vscode.SymbolInformation): EntityRecord | undefined {
  const type = TYPE_OF_KIND.get(symbol.kind);
  if (!type) return undefined;
  // The server's container name is "<kind or type> · <article>".
  const kind = symbol.containerName.split(' · ')[0]?.trim();
  return { name: symbol.name, type, ...(kind && kind !== type && { kind }), location: symbol.location };
}

/** Mentions of one entity from its reference locations. */
export function mentionsOf(locations: vscode.Location[]): EntityMentions {
  return { locations, articles: new Set(locations.map((l) => l.uri.toString())).size };
}

function keyOf(entity: EntityRecord): string {
  const { uri, range } = entity.location;
  return `${uri.toString()}#${range.start.line}:${range.start.character}`;
}

/**
 * The entities of the corpus and their mentions, asked of the server with standard LSP requests
 * (workspace/symbol, textDocument/references) and kept until the corpus changes.
 */
export class EntityCatalog implements vscode.Disposable {
  private listing: Promise<{ entities: EntityRecord[]; capped: boolean }> | undefined;
  private readonly mentions = new Map<string, Promise<EntityMentions>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: SeedlensServer) {}

  /** Entities, most mentioned first; `capped` when the server's answer was cut at its limit. */
  list(): Promise<{ entities: EntityRecord[]; capped: boolean }> {
    if (!this.listing) {
      this.listing = this.server.workspaceSymbols('').then((symbols) => ({
        entities: symbols.map(entityOfSymbol).filter((e): e is EntityRecord => e !== undefined),
        capped: symbols.length >= SERVER_SYMBOL_LIMIT,
      }));
      this.listing.catch(() => (this.listing = undefined));
    }
    return this.listing;
  }

  mentionsOf(entity: EntityRecord): Promise<EntityMentions> {
    const key = keyOf(entity);
    let found = this.mentions.get(key);
    if (!found) {
      found = this.server.references(entity.location.uri, entity.location.range.start).then(mentionsOf);
      found.catch(() => this.mentions.delete(key));
      this.mentions.set(key, found);
    }
    return found;
  }

  /** The corpus changed: forget everything and tell the views. */
  invalidate(): void {
    this.listing = undefined;
    this.mentions.clear();
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
