import { mapHtml, mapOrder, type MapPlace } from '@seedlens/map';
import * as vscode from 'vscode';
import type { SeedlensServer } from './client.js';
import type { PlaceItem } from './protocol.js';
import { lockedWebviewPanel, newNonce } from './locked-webview.js';

/** At most this many places, and articles per place, are asked for: a map to look at, not a gazetteer. */
export const MAP_PLACES = 500;
export const MAP_ARTICLES = 10;

/** What the map draws of the server's places; the article's label stands in for an empty title. */
export function mapPlaces(places: readonly PlaceItem[]): MapPlace[] {
  return places.map((p) => ({
    id: p.id,
    name: p.name,
    ...(p.kind !== undefined && { kind: p.kind }),
    coordinates: p.coordinates,
    ...(p.gazetteerId !== undefined && { gazetteerId: p.gazetteerId }),
    articleCount: p.articleCount,
    mentionCount: p.mentionCount,
    articles: p.articles.map((a) => ({ uri: a.uri, title: a.title.trim() || a.label, score: a.mentions })),
  }));
}

/**
 * The map page: the same map as `seedlens map` writes (@seedlens/map), under the webview's strict
 * Content-Security-Policy (nothing loads; only the nonce'd style and script run).
 */
export function mapPageHtml(places: readonly PlaceItem[], options: { cspSource: string; nonce: string }): string {
  const note = places.length === 0 ? 'No places with coordinates yet: the articles name none that the gazetteer knows.' : undefined;
  return mapHtml(mapPlaces(places), { title: 'Map', nonce: options.nonce, cspSource: options.cspSource, ...(note && { note }) });
}

/**
 * "seedlens: Show Map": one panel beside the editor, reused. Clicking a place lists its articles
 * on the page; choosing one opens it. The page sends only positions (which place, which article):
 * the extension decides what opens, and opens only an article the server listed.
 */
export class MapPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private places: readonly PlaceItem[] = [];

  async show(server: Pick<SeedlensServer, 'places'>): Promise<void> {
    const places = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'seedlens: gathering the places' }, () =>
      server.places({ limit: MAP_PLACES, articles: MAP_ARTICLES }),
    );
    if (!this.panel) {
      this.panel = lockedWebviewPanel('seedlens.map', 'Map', (message) => void this.open(message), () => (this.panel = undefined));
    }
    // In the map's own order, so that a message's place number is an index here.
    this.places = mapOrder(places);
    this.panel.webview.html = mapPageHtml(this.places, { cspSource: this.panel.webview.cspSource, nonce: newNonce() });
    this.panel.reveal(undefined, true);
  }

  /** The article a page message names, if it names one the server listed. */
  articleOf(message: unknown): vscode.Uri | undefined {
    if (message === null || typeof message !== 'object') return undefined;
    const { type, place, article } = message as { type?: unknown; place?: unknown; article?: unknown };
    if (type !== 'open' || !Number.isInteger(place) || !Number.isInteger(article)) return undefined;
    const uri = this.places[place as number]?.articles[article as number]?.uri;
    return uri === undefined ? undefined : vscode.Uri.parse(uri);
  }

  private async open(message: unknown): Promise<void> {
    const uri = this.articleOf(message);
    if (uri) await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preview: true });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
