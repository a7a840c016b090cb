#!/usr/bin/env node
// The timeline chart of a 10,000-article corpus, after its data arrives: building the page the
// VS Code panel shows (apps/vscode/src/timeline-page.ts, bundled here with esbuild, as the
// extension's build bundles it) and drawing it in headless Chromium (Debian's /usr/bin/chromium,
// through playwright-core), then brushing the busiest month of the articles' lane (focus and Enter),
// which lists the articles dated in it.
// The data is made up with a fixed seed, shaped like such a corpus: 10,000 dated articles over
// seven years, more of them in later years, and the 1,000 dated mentions the panel shows at most
// (timeline-data.ts, TIMELINE_LIMIT), each with its line. Target: page built and drawn within 1 s.
// Writes bench/out/timeline.json. A missed target is reported, never an exit code: benchmarks are not tests.
//
//   node bench/timeline.mjs [--articles N] [--mentions N]
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { createRandom } from './generate-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const CHROMIUM = '/usr/bin/chromium';
const TARGET_MS = 1000;

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, mentions: { type: 'string', default: '1000' } } });
const articleCount = Number(values.articles);
const mentionCount = Number(values.mentions);

const dir = mkdtempSync(join(tmpdir(), 'seedlens-bench-timeline-'));
// The page module imports nothing of `vscode`, so it runs in Node as it is bundled into the extension.
const bundle = join(dir, 'timeline-page.mjs');
await build({ entryPoints: [join(root, 'apps/vscode/src/timeline-page.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'error' });
const { timelineHtml } = await import(pathToFileURL(bundle).href);

const random = createRandom(17);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n) => String(n).padStart(2, '0');
/** A day of 2014–2020, later years likelier (news corpora grow), in `YYYY-MM-DD` and in words. */
function day() {
  const year = 2014 + Math.min(6, Math.floor(Math.sqrt(random.next()) * 7));
  const month = random.int(1, 12);
  const d = random.int(1, 28);
  return { iso: `${year}-${pad(month)}-${pad(d)}`, words: `${d} ${MONTHS[month - 1]} ${year}` };
}
const SOURCES = ['file-name', 'header', 'text', 'front-matter'];
const articles = Array.from({ length: articleCount }, (_, i) => {
  const { iso, words } = day();
  return { article: `article-${String(i).padStart(5, '0')}.txt`, title: `Article ${i}: generals meet on talks, troops and treaties`, dct: iso, label: words, source: random.pick(SOURCES), confidence: random.pick([1, 0.9, 0.8, 0.6]) };
}).sort((a, b) => (a.dct < b.dct ? -1 : a.dct > b.dct ? 1 : 0));
const entries = Array.from({ length: mentionCount }, (_, i) => {
  const { iso, words } = day();
  return { value: iso, label: words, sortKey: iso, article: `article-${String(random.int(0, articleCount - 1)).padStart(5, '0')}.txt`, before: `…the chiefs of staff met in Baku on `, text: words, after: ` and spoke of Syria, the ministry said (${i}).` };
}).sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));

const started = performance.now();
const html = timelineHtml({ title: `Timeline of ${articleCount} articles`, entries, articles }, { cspSource: 'https://bench.invalid', nonce: 'bench' });
const buildMs = performance.now() - started;

const result = { articles: articleCount, mentions: mentionCount, pageBytes: Buffer.byteLength(html), buildMs: Math.round(buildMs) };
try {
  if (!existsSync(CHROMIUM)) {
    console.log(`bench timeline: ${CHROMIUM} missing; built the page only`);
  } else {
    const { chromium } = await import(pathToFileURL(join(root, 'node_modules', 'playwright-core', 'index.mjs')).href);
    const file = join(dir, 'timeline.html');
    writeFileSync(file, html);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // What a VS Code webview provides: the page posts its clicks to the extension.
      await page.addInitScript(() => {
        window.acquireVsCodeApi = () => ({ postMessage() {} });
      });
      const t0 = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      // Two animation frames after load: the chart and the lists have been laid out and painted.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      result.drawMs = Math.round(performance.now() - t0);
      result.marks = await page.locator('.chart .bar, .chart .dct').count();
      // By the keyboard: the tallest tick of the articles' lane, then Enter filters both lists to its month.
      const busiest = await page.evaluate(() => {
        const ticks = [...document.querySelectorAll('.chart .dct')];
        const height = (g) => Number(g.querySelector('rect.tick').getAttribute('height'));
        return ticks.reduce((a, b) => (height(b) > height(a) ? b : a)).getAttribute('data-bucket');
      });
      const t1 = performance.now();
      await page.locator(`.chart .dct[data-bucket="${busiest}"]`).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('filter-status').textContent !== '' && document.querySelector('#article-list li') !== null);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      result.brushMs = Math.round(performance.now() - t1);
      result.brushed = await page.locator('#filter-status').textContent();
      result.listedAfterBrush = await page.locator('#article-list li').count();
      if (errors.length > 0) result.pageErrors = errors;
    } finally {
      await browser.close();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const total = result.buildMs + (result.drawMs ?? 0);
result.totalMs = total;
result.targetMs = TARGET_MS;
console.log(
  `timeline of ${articleCount} articles and ${mentionCount} dated mentions: page ${(result.pageBytes / 1e6).toFixed(2)} MB built in ${result.buildMs} ms, ` +
    `drawn in ${result.drawMs ?? '–'} ms (total ${total} ms, target ${TARGET_MS} ms${total > TARGET_MS ? ': MISSED' : ''}); ` +
    `brushing the busiest month of the articles' lane filters the lists in ${result.brushMs ?? '–'} ms (${result.brushed ?? '–'})` +
    (result.pageErrors ? `; PAGE ERRORS: ${result.pageErrors.join(' | ')}` : ''),
);
mkdirSync(join(here, 'out'), { recursive: true });
writeFileSync(join(here, 'out', 'timeline.json'), `${JSON.stringify(result, null, 2)}\n`);
