import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectPoint } from '@seedlens/map';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMapArgs } from './corpus-args.js';
import { renderMap } from './map-command.js';

// `seedlens map` end to end: the built CLI on the repository's seeds/, as a user runs it.
const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'dist', 'bin.js');
const root = join(here, '..', '..', '..');

let dir: string;
function run(...args: string[]) {
  const env = { ...process.env, NO_COLOR: '1', SEEDLENS_CACHE_DIR: join(dir, 'cache') };
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env });
}

describe('seedlens map on seeds/', () => {
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` first`);
    dir = mkdtempSync(join(tmpdir(), 'seedlens-map-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a page with a circle for Baku, Bern and Moscow where the projection puts them', () => {
    const out = join(dir, 'map.html');
    const result = run('map', 'seeds', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/wrote .*map\.html \(\d+ places\)/);
    const html = readFileSync(out, 'utf8');
    for (const [id, where] of [['place:baku', [49.89, 40.38]], ['place:bern', [7.45, 46.95]], ['place:moscow', [37.62, 55.75]]] as const) {
      const [x, y] = projectPoint(where);
      expect(html).toMatch(new RegExp(`data-id="${id}"[^>]*><title>[^<]+</title><circle cx="${x}" cy="${y}"`));
    }
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    // Article links lead from the page to the files.
    expect(html).toMatch(/"href":"[^"]*seeds\/00\d_[0-9a-f]+\.txt"/);
  });

  it('writes GeoJSON a GIS opens: a FeatureCollection of points', () => {
    const result = run('map', 'seeds', '--format', 'geojson');
    expect(result.status).toBe(0);
    const geo = JSON.parse(result.stdout);
    expect(geo.type).toBe('FeatureCollection');
    const baku = geo.features.find((f: { id: string }) => f.id === 'place:baku');
    expect(baku).toMatchObject({ type: 'Feature', geometry: { type: 'Point', coordinates: [49.89, 40.38] }, properties: { name: 'Baku', articleCount: 3 } });
    expect(baku.properties.articles.length).toBe(3);
    for (const f of geo.features) expect(f.geometry.coordinates).toHaveLength(2);
  });

  it('chooses the format by the file name, and writes SVG', () => {
    const out = join(dir, 'map.svg');
    expect(run('map', 'seeds', '-o', out).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<svg class="seedlens-map" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('refuses an unknown format', () => {
    const result = run('map', 'seeds', '--format', 'png');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--format must be one of html, geojson, svg/);
  });
});

describe('map arguments and rendering', () => {
  it('takes the format from the --out file unless given', () => {
    expect(parseMapArgs(['--out', 'x.geojson', 'seeds'])).toMatchObject({ format: 'geojson', out: 'x.geojson', paths: ['seeds'] });
    expect(parseMapArgs(['--out', 'x.json'])).toMatchObject({ format: 'geojson', paths: ['.'] });
    expect(parseMapArgs(['-o', 'x.html', '--format', 'svg'])).toMatchObject({ format: 'svg' });
    expect(parseMapArgs([])).toMatchObject({ format: 'html', articles: 10 });
  });

  it('keeps an article title that holds markup as text', () => {
    const place = { id: 'place:bern', name: 'Bern', coordinates: [7.45, 46.95] as [number, number], articleCount: 1, mentionCount: 1, articles: [{ uri: 'a.txt', title: '<script>alert(1)</script>', score: 1 }] };
    const html = renderMap([place], 'html', { title: 'Map', linkFrom: root });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
