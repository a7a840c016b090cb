import { describe, expect, it } from 'vitest';
import { MapPanel, mapPageHtml, mapPlaces } from './map-webview.js';
import type { PlaceItem } from './protocol.js';

const NONCE = 'bm9uY2Utb2YtdGhlLXRlc3Q=';
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

const place = (name: string, articleCount: number, uris: string[]): PlaceItem => ({
  id: `place:${name.toLowerCase()}`,
  name,
  kind: 'city',
  coordinates: [49.89, 40.38],
  articleCount,
  mentionCount: articleCount,
  articles: uris.map((uri, i) => ({ uri, label: `a${i}`, title: i === 0 ? '<img src=x onerror=alert(1)>' : '', mentions: 1 })),
});

describe('mapPageHtml', () => {
  const html = mapPageHtml([place('Baku', 2, ['file:///w/a.txt', 'file:///w/b.txt'])], { cspSource: CSP_SOURCE, nonce: NONCE });

  it('loads nothing and runs only its nonce’d style and script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual([`'nonce-${NONCE}'`]);
    expect(directives.get('style-src')).toEqual([CSP_SOURCE, `'nonce-${NONCE}'`]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/json" id="seedlens-places">', `<script nonce="${NONCE}">`]);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('shows article titles as text, and an article without a title by its label', () => {
    expect(html).not.toContain('<img');
    expect(mapPlaces([place('Baku', 2, ['file:///w/a.txt', 'file:///w/b.txt'])])[0]!.articles.map((a) => a.title)).toEqual(['<img src=x onerror=alert(1)>', 'a1']);
  });

  it('says so when there is no place to draw', () => {
    expect(mapPageHtml([], { cspSource: CSP_SOURCE, nonce: NONCE })).toContain('No places with coordinates yet');
  });
});

describe('MapPanel', () => {
  it('opens only an article the server listed, found by the place and article numbers of the map', async () => {
    const panel = new MapPanel();
    // Bern is listed first by the server, but drawn second (fewer articles): numbers follow the map.
    await panel.show({ places: async () => [place('Bern', 1, ['file:///w/c.txt']), place('Baku', 2, ['file:///w/a.txt', 'file:///w/b.txt'])] });
    expect(panel.articleOf({ type: 'open', place: 0, article: 1 })?.toString()).toBe('file:///w/b.txt');
    expect(panel.articleOf({ type: 'open', place: 1, article: 0 })?.toString()).toBe('file:///w/c.txt');
    for (const bad of [{ type: 'open', place: 1, article: 1 }, { type: 'open', place: '0', article: 0 }, { type: 'run', place: 0, article: 0 }, null, 'open']) {
      expect(panel.articleOf(bad)).toBeUndefined();
    }
    panel.dispose();
  });
});
