#!/usr/bin/env node
// The map of a 10,000-article corpus, after its data arrives: building the page with
// @seedlens/map (as `seedlens map` and the VS Code panel do) and drawing it in headless Chromium
// (Debian's /usr/bin/chromium, through playwright-core), then choosing the largest place (focus and Enter).
// The places are made up with a fixed seed, shaped like such a corpus: 3,000 places, their
// article counts falling off like a news corpus's (a few in thousands of articles, most in one
// or two), ten articles listed for each. Target: page built and drawn within 1 s. Writes
// bench/out/map.json. A missed target is reported, never an exit code: benchmarks are not tests.
//
//   node bench/map.mjs [--places N]
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRandom } from './generate-corpus.mjs';
import { loadBuilt } from './load-built.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const CHROMIUM = '/usr/bin/chromium';
const TARGET_MS = 1000;
const ARTICLES = 10_000;

const { values } = parseArgs({ options: { places: { type: 'string', default: '3000' } } });
const count = Number(values.places);
const { mapHtml } = await loadBuilt('map');
const random = createRandom(7);
const places = Array.from({ length: count }, (_, i) => {
  const articleCount = Math.max(1, Math.round(ARTICLES / (i + 1) ** 1.1));
  return {
    id: `place:p${i}`,
    name: `Place ${i}`,
    kind: i % 5 === 0 ? 'country' : 'city',
    coordinates: [Math.round((random.next() * 360 - 180) * 100) / 100, Math.round((random.next() * 140 - 60) * 100) / 100],
    articleCount,
    mentionCount: articleCount * 3,
    articles: Array.from({ length: Math.min(10, articleCount) }, (_, j) => ({ uri: `file:///corpus/article-${i}-${j}.txt`, title: `Article ${j} about place ${i}: talks, troops and treaties`, score: 10 - j })),
  };
});

const started = performance.now();
const html = mapHtml(places, { nonce: 'bench', title: `Map of ${ARTICLES} articles` });
const buildMs = performance.now() - started;

const result = { places: count, articles: ARTICLES, pageBytes: Buffer.byteLength(html), buildMs: Math.round(buildMs) };
if (!existsSync(CHROMIUM)) {
  console.log(`bench map: ${CHROMIUM} missing; built the page only`);
} else {
  const { chromium } = await import(pathToFileURL(join(root, 'node_modules', 'playwright-core', 'index.mjs')).href);
  const dir = mkdtempSync(join(tmpdir(), 'seedlens-bench-map-'));
  const file = join(dir, 'map.html');
  writeFileSync(file, html);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const t0 = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // Two animation frames after load: the map has been laid out and painted.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    result.drawMs = Math.round(performance.now() - t0);
    const t1 = performance.now();
    // By the keyboard: smaller circles lie over the largest one, as they are drawn on top.
    await page.locator('.place[data-id="place:p0"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#panel li').first().waitFor();
    result.clickMs = Math.round(performance.now() - t1);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
const total = result.buildMs + (result.drawMs ?? 0);
result.totalMs = total;
result.targetMs = TARGET_MS;
console.log(`map of ${count} places (${ARTICLES} articles): page ${(result.pageBytes / 1e6).toFixed(2)} MB built in ${result.buildMs} ms, drawn in ${result.drawMs ?? '–'} ms (total ${total} ms, target ${TARGET_MS} ms${total > TARGET_MS ? ': MISSED' : ''}); choosing a place lists its articles in ${result.clickMs ?? '–'} ms`);
mkdirSync(join(here, 'out'), { recursive: true });
writeFileSync(join(here, 'out', 'map.json'), `${JSON.stringify(result, null, 2)}\n`);
