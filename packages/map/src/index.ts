// The places of a corpus on a world map. Pure functions of data: no I/O, no network. The
// basemap is Natural Earth's 1:110m countries (world-atlas), drawn with d3-geo's Natural Earth
// projection; both are bundled, so a map is one self-contained file.
import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Point } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

/** An article about a place, as the map lists it. */
export interface MapArticle {
  uri: string;
  title: string;
  /** Its mentions of the place. */
  score: number;
  /** Where a standalone page links it (a path relative to the page); none: not a link. */
  href?: string;
}

/** A place with coordinates (query's `CorpusPlace` has this shape). */
export interface MapPlace {
  id: string;
  name: string;
  kind?: string;
  /** [longitude, latitude], WGS84. */
  coordinates: [number, number];
  gazetteerId?: string;
  articleCount: number;
  mentionCount: number;
  /** Its top articles, most mentions first. */
  articles: MapArticle[];
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

/** The projection every map uses: Natural Earth, the whole sphere fitted into width × height. */
export function mapProjection(width = MAP_WIDTH, height = MAP_HEIGHT): GeoProjection {
  return geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: 'Sphere' },
  );
}

/** Where a [lon, lat] point is drawn on a map of width × height, to a tenth of a pixel. */
export function projectPoint(coordinates: readonly [number, number], width = MAP_WIDTH, height = MAP_HEIGHT): [number, number] {
  const [x, y] = mapProjection(width, height)([coordinates[0], coordinates[1]])!;
  return [round1(x), round1(y)];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Text for HTML and SVG: element content and quoted attribute values alike. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The places as a GeoJSON FeatureCollection of points, most articles first: what a GIS opens. */
export function placesGeoJson(places: readonly MapPlace[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: sortedPlaces(places).map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.coordinates[0], p.coordinates[1]] },
      properties: {
        id: p.id,
        name: p.name,
        ...(p.kind !== undefined && { kind: p.kind }),
        ...(p.gazetteerId !== undefined && { gazetteerId: p.gazetteerId }),
        articleCount: p.articleCount,
        mentionCount: p.mentionCount,
        articles: p.articles.map((a) => ({ uri: a.uri, title: a.title, mentions: a.score })),
      },
    })),
  };
}

/**
 * The order the map draws and numbers places in (`data-place`, and the `place` of a page's
 * messages): most articles first, then most mentions, then by name, then by id.
 */
export function mapOrder<T extends Pick<MapPlace, 'id' | 'name' | 'articleCount' | 'mentionCount'>>(places: readonly T[]): T[] {
  const by = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...places].sort((a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || by(a.name, b.name) || by(a.id, b.id));
}
const sortedPlaces = mapOrder;

let basemap: { land: string; borders: string; graticule: string; sphere: string } | undefined;
/** The basemap's paths, drawn once per process: the sphere, graticule, countries and borders. */
function basemapPaths(): NonNullable<typeof basemap> {
  if (basemap) return basemap;
  const path = geoPath(mapProjection()).digits(1);
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const land = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString;
  basemap = {
    sphere: path({ type: 'Sphere' }) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    land: land.features.map((f: Feature<Geometry>) => path(f) ?? '').join(''),
    borders: path(borders) ?? '',
  };
  return basemap;
}

/** A circle's radius: its area grows with the number of articles, from 3 px to 18 px. */
export function radiusOf(articleCount: number, most: number): number {
  return round1(3 + 15 * Math.sqrt(Math.max(0, articleCount) / Math.max(1, most)));
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The tooltip of a place: its name, its counts and its top articles. */
export function tooltipOf(place: MapPlace): string {
  const lines = [`${place.name} — ${plural(place.articleCount, 'article')}, ${plural(place.mentionCount, 'mention')}`];
  for (const a of place.articles.slice(0, 5)) lines.push(`• ${a.title}`);
  if (place.articleCount > Math.min(5, place.articles.length)) lines.push(`… and ${place.articleCount - Math.min(5, place.articles.length)} more`);
  return lines.join('\n');
}

const MAP_STYLE = `
.seedlens-map { width: 100%; height: auto; display: block; }
.seedlens-map .sphere { fill: var(--map-water, #dfeaf3); }
.seedlens-map .graticule { fill: none; stroke: var(--map-grid, #0000001a); stroke-width: 0.5; }
.seedlens-map .land { fill: var(--map-land, #f4f1ea); stroke: none; }
.seedlens-map .borders { fill: none; stroke: var(--map-border, #a9a39a); stroke-width: 0.5; }
.seedlens-map .place circle { fill: var(--map-place, #d9480f); fill-opacity: 0.6; stroke: var(--map-place-stroke, #7a2900); stroke-width: 1; }
.seedlens-map .place { cursor: pointer; outline: none; }
.seedlens-map .place:hover circle, .seedlens-map .place:focus circle, .seedlens-map .place.selected circle { fill-opacity: 0.9; stroke-width: 2.5; stroke: var(--map-focus, #1a1a1a); }
`;

/**
 * The map as an SVG element: basemap, then a circle per place (the largest drawn first, so that
 * small ones stay on top), each a focusable group with its tooltip. All text is escaped.
 * `standalone`: an SVG file of its own (namespace and style included).
 */
export function mapSvg(places: readonly MapPlace[], options: { standalone?: boolean; title?: string } = {}): string {
  const { land, borders, graticule, sphere } = basemapPaths();
  const sorted = sortedPlaces(places);
  const most = sorted[0]?.articleCount ?? 1;
  const circles = sorted.map((p, i) => {
    const [x, y] = projectPoint(p.coordinates);
    const tip = tooltipOf(p);
    return (
      `<g class="place" data-place="${i}" data-id="${escapeMarkup(p.id)}" tabindex="0" role="button" aria-label="${escapeMarkup(tip.split('\n')[0]!)}">` +
      `<title>${escapeMarkup(tip)}</title><circle cx="${x}" cy="${y}" r="${radiusOf(p.articleCount, most)}"/></g>`
    );
  });
  const title = options.title ?? 'Places of the corpus';
  return [
    `<svg class="seedlens-map"${options.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : ''} viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="img" aria-label="${escapeMarkup(title)}">`,
    options.standalone ? `<title>${escapeMarkup(title)}</title><style>${MAP_STYLE}</style>` : '',
    `<path class="sphere" d="${sphere}"/>`,
    `<path class="graticule" d="${graticule}"/>`,
    `<path class="land" d="${land}"/>`,
    `<path class="borders" d="${borders}"/>`,
    `<g class="places">${circles.join('')}</g>`,
    '</svg>',
  ].join('\n');
}

/** Where the page runs: a standalone file in a browser, or a VS Code webview. */
export interface MapPageOptions {
  title?: string;
  /** A line under the title. */
  note?: string;
  /** The nonce of the page's one style and one script (a fresh random one per page). */
  nonce: string;
  /** VS Code webviews: the webview's CSP source; clicking an article asks the extension to open it. */
  cspSource?: string;
}

const PAGE_STYLE = `
:root { --map-water: #dfeaf3; --map-land: #f4f1ea; --map-border: #a9a39a; --map-grid: #0000001a; --map-place: #d9480f; --map-place-stroke: #7a2900; --map-focus: #1a1a1a; --fg: #1a1a1a; --muted: #5f5f5f; --bg: #ffffff; --hover: #0000000f; --link: #0b57d0; }
@media (prefers-color-scheme: dark) { :root { --map-water: #16202a; --map-land: #2c2f33; --map-border: #5b5f66; --map-grid: #ffffff14; --map-place: #ff8c42; --map-place-stroke: #ffd0b0; --map-focus: #ffffff; --fg: #e6e6e6; --muted: #a0a0a0; --bg: #1e1e1e; --hover: #ffffff14; --link: #8ab4f8; } }
body.vscode-light, body.vscode-dark, body.vscode-high-contrast, body.vscode-high-contrast-light {
  --fg: var(--vscode-foreground); --muted: var(--vscode-descriptionForeground); --bg: var(--vscode-editor-background);
  --hover: var(--vscode-list-hoverBackground); --link: var(--vscode-textLink-foreground); --map-focus: var(--vscode-focusBorder);
}
body.vscode-dark { --map-water: #16202a; --map-land: #2c2f33; --map-border: #5b5f66; --map-grid: #ffffff14; --map-place: #ff8c42; --map-place-stroke: #ffd0b0; }
body.vscode-light { --map-water: #dfeaf3; --map-land: #f4f1ea; --map-border: #a9a39a; --map-grid: #0000001a; --map-place: #d9480f; --map-place-stroke: #7a2900; }
body.vscode-high-contrast { --map-water: #000000; --map-land: #000000; --map-border: #ffffff; --map-grid: #ffffff33; --map-place: #ffffff; }
body.vscode-high-contrast-light { --map-water: #ffffff; --map-land: #ffffff; --map-border: #000000; --map-grid: #00000033; --map-place: #000000; }
/* High contrast (hc-black, hc-light): land and water are one colour, so coasts are drawn; circles
   are outlined in the contrast border and the focused or chosen one in the active contrast border,
   thicker, as VS Code's own lists do; the circles' fill is neutral so that no outline sinks into it. */
body.vscode-high-contrast { --map-place-stroke: var(--vscode-contrastBorder, currentColor); --map-focus: var(--vscode-contrastActiveBorder, var(--vscode-focusBorder)); }
body.vscode-high-contrast .seedlens-map .sphere { stroke: var(--map-border); stroke-width: 1; }
body.vscode-high-contrast .seedlens-map .land { stroke: var(--map-border); stroke-width: 0.5; }
body.vscode-high-contrast .seedlens-map .place circle { fill-opacity: 0.45; stroke-width: 1.5; }
body.vscode-high-contrast .seedlens-map .place:hover circle { stroke: var(--map-focus); stroke-width: 1.5; stroke-dasharray: 3 2; }
body.vscode-high-contrast .seedlens-map .place:focus circle, body.vscode-high-contrast .seedlens-map .place.selected circle { stroke: var(--map-focus); stroke-width: 3; stroke-dasharray: none; }
body.vscode-high-contrast #panel button.article:focus { outline: 1px solid var(--map-focus); }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--fg); background: var(--bg); margin: 0; padding: 0 16px 24px; }
h1 { font-size: 1.3em; font-weight: 600; }
.note { color: var(--muted); }
#panel h2 { font-size: 1.05em; margin: 1em 0 0.3em; }
#panel ol { margin: 0; padding-left: 1.4em; }
#panel li { margin: 2px 0; }
#panel button.article { all: unset; cursor: pointer; color: var(--link); }
#panel button.article:hover, #panel button.article:focus { text-decoration: underline; outline: 1px solid var(--map-focus); }
#panel a { color: var(--link); }
.count { color: var(--muted); margin-left: 0.4em; }
${MAP_STYLE}
`;

// Lists the clicked place's articles under the map. Text is set with textContent only, so no
// article title becomes markup. In a VS Code webview, choosing an article asks the extension to
// open it, by the place's and the article's positions: the extension decides what opens.
const PAGE_SCRIPT = `
(() => {
  const places = JSON.parse(document.getElementById('seedlens-places').textContent);
  const panel = document.getElementById('panel');
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
  function select(index) {
    const place = places[index];
    if (!place) return;
    for (const g of document.querySelectorAll('.place.selected')) g.classList.remove('selected');
    document.querySelector('.place[data-place="' + index + '"]')?.classList.add('selected');
    panel.replaceChildren();
    const heading = el('h2', place.name);
    heading.append(el('span', place.articleCount + (place.articleCount === 1 ? ' article' : ' articles'), 'count'));
    const list = el('ol');
    place.articles.forEach((a, j) => {
      const item = el('li');
      if (vscode) {
        const button = el('button', a.title, 'article');
        button.dataset.place = String(index);
        button.dataset.article = String(j);
        button.title = 'Open ' + a.uri;
        item.append(button);
      } else if (a.href) {
        const link = el('a', a.title);
        link.href = a.href;
        item.append(link);
      } else item.append(el('span', a.title));
      item.append(el('span', a.score + (a.score === 1 ? ' mention' : ' mentions'), 'count'));
      list.append(item);
    });
    panel.append(heading, list);
    if (vscode) vscode.postMessage({ type: 'select', place: index });
  }
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const article = target?.closest('button.article');
    if (article && vscode) { vscode.postMessage({ type: 'open', place: Number(article.dataset.place), article: Number(article.dataset.article) }); return; }
    const place = target?.closest('.place');
    if (place) select(Number(place.getAttribute('data-place')));
  });
  document.addEventListener('keydown', (event) => {
    const place = event.target instanceof Element ? event.target.closest('.place') : null;
    if (place && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); select(Number(place.getAttribute('data-place'))); }
  });
})();
`;

/** JSON inside a script element: "<" escaped, so that no article text can close the element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** The lines of a page up to its body: its policy, its title (escaped here) and its style, run under `nonce`. */
export function pageHead(csp: string, title: string, style: string, nonce: string): string[] {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${escapeMarkup(title)}</title>`,
    `<style nonce="${nonce}">${style}</style>`,
    '</head>',
  ];
}

/**
 * The Content-Security-Policy of a page that loads nothing: only its own style and script run,
 * those with `nonce` (already escaped), and styles from `styleSource` (a webview's own source).
 */
export function strictCsp(nonce: string, styleSource?: string): string {
  return [
    "default-src 'none'",
    `style-src ${styleSource ? `${styleSource} ` : ''}'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/**
 * The map as a page: a standalone HTML file (or a VS Code webview's page) with the map, a
 * tooltip per place and, on click or Enter, the place's articles listed under it. A strict
 * Content-Security-Policy: nothing is loaded, only the nonce'd style and script run.
 */
export function mapHtml(places: readonly MapPlace[], options: MapPageOptions): string {
  const nonce = escapeMarkup(options.nonce);
  const csp = strictCsp(nonce, options.cspSource);
  const title = options.title ?? 'Places of the corpus';
  const sorted = sortedPlaces(places);
  const data = sorted.map((p) => ({ name: p.name, articleCount: p.articleCount, articles: p.articles.map((a) => ({ uri: a.uri, title: a.title, score: a.score, ...(a.href !== undefined && { href: a.href }) })) }));
  const note = options.note ?? `${plural(sorted.length, 'place')}; a circle's area grows with its number of articles. Click a place, or focus it and press Enter, to list its articles.`;
  return [
    ...pageHead(csp, title, PAGE_STYLE, nonce),
    '<body>',
    `<h1>${escapeMarkup(title)}</h1>`,
    `<p class="note">${escapeMarkup(note)}</p>`,
    mapSvg(sorted, { title }),
    '<section id="panel" aria-live="polite"></section>',
    `<script type="application/json" id="seedlens-places">${scriptJson(data)}</script>`,
    `<script nonce="${nonce}">${PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
