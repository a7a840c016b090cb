import { geoNaturalEarth1 } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { escapeMarkup, MAP_HEIGHT, MAP_WIDTH, mapHtml, mapSvg, placesGeoJson, projectPoint, radiusOf, tooltipOf, type MapPlace } from './index.js';

const baku: MapPlace = {
  id: 'place:baku',
  name: 'Baku',
  kind: 'city',
  coordinates: [49.89, 40.38],
  gazetteerId: 'geonames:587084',
  articleCount: 3,
  mentionCount: 5,
  articles: [
    { uri: 'file:///news/a.txt', title: 'Generals meet in Baku', score: 3 },
    { uri: 'file:///news/b.txt', title: '<script>alert("x")</script> & more', score: 1 },
  ],
};
const bern: MapPlace = { id: 'place:bern', name: 'Bern', coordinates: [7.45, 46.95], articleCount: 1, mentionCount: 2, articles: [{ uri: 'c.txt', title: 'Bern talks', score: 2 }] };

describe('placesGeoJson', () => {
  it('is a FeatureCollection of points in [lon, lat], most articles first', () => {
    const geo = placesGeoJson([bern, baku]);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [49.89, 40.38] },
      { type: 'Point', coordinates: [7.45, 46.95] },
    ]);
    expect(geo.features[0]).toMatchObject({
      type: 'Feature',
      id: 'place:baku',
      properties: { name: 'Baku', kind: 'city', gazetteerId: 'geonames:587084', articleCount: 3, mentionCount: 5 },
    });
    expect(geo.features[0]!.properties!.articles[0]).toEqual({ uri: 'file:///news/a.txt', title: 'Generals meet in Baku', mentions: 3 });
    // Plain JSON: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(geo))).toEqual(geo);
  });
});

describe('mapSvg', () => {
  it('puts each place where d3-geo projects it, sized by its articles', () => {
    const svg = mapSvg([bern, baku]);
    const expected = geoNaturalEarth1().fitExtent([[4, 4], [MAP_WIDTH - 4, MAP_HEIGHT - 4]], { type: 'Sphere' })([49.89, 40.38])!;
    const [x, y] = projectPoint(baku.coordinates);
    expect(x).toBeCloseTo(expected[0], 0);
    expect(y).toBeCloseTo(expected[1], 0);
    expect(svg).toContain(`<circle cx="${x}" cy="${y}" r="${radiusOf(3, 3)}"/>`);
    expect(radiusOf(3, 3)).toBe(18);
    expect(radiusOf(1, 3)).toBeLessThan(radiusOf(2, 3));
  });

  it('draws the basemap: sphere, graticule, countries and borders', () => {
    const svg = mapSvg([]);
    for (const cls of ['sphere', 'graticule', 'land', 'borders']) expect(svg).toMatch(new RegExp(`<path class="${cls}" d="M[^"]{20,}"`));
  });

  it('names the place and its top articles in the tooltip, as text', () => {
    expect(tooltipOf(baku)).toBe('Baku — 3 articles, 5 mentions\n• Generals meet in Baku\n• <script>alert("x")</script> & more\n… and 1 more');
    const svg = mapSvg([baku]);
    expect(svg).toContain('<title>Baku — 3 articles, 5 mentions\n• Generals meet in Baku\n• &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(svg).not.toContain('<script>');
  });

  it('is an SVG file of its own when standalone', () => {
    expect(mapSvg([baku], { standalone: true })).toMatch(/^<svg class="seedlens-map" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});

describe('mapHtml', () => {
  const html = mapHtml([baku, bern], { nonce: 'n0nce', title: 'Places <of> seeds' });

  it('loads nothing: a strict CSP with only the nonce’d style and script', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce'; img-src 'none'; font-src 'none'; connect-src 'none'`);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html.match(/<script nonce="n0nce">/g)).toHaveLength(1);
    expect(html.match(/<script/g)).toHaveLength(2); // the data block is not run
  });

  it('keeps article text out of markup, in the tooltips and in the data the script reads', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('\\u003cscript>alert(\\"x\\")\\u003c/script> & more');
    expect(html).toContain('<title>Places &lt;of&gt; seeds</title>');
  });

  it('lets the keyboard reach every place', () => {
    expect(html.match(/class="place"[^>]*tabindex="0" role="button"/g)).toHaveLength(2);
  });

  it('lets a VS Code webview load its own resources', () => {
    expect(mapHtml([], { nonce: 'n', cspSource: 'vscode-webview://x' })).toContain("style-src vscode-webview://x 'nonce-n'");
  });
});

describe('escapeMarkup', () => {
  it('escapes the five characters markup cares about', () => {
    expect(escapeMarkup(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
