import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { strictCsp } from '@seedlens/map';
import { escapeHtml } from './html-escape.js';
import type { Timeline } from './timeline-data.js';

/** What the timeline page shows of one dated mention; all of it is article text, so all of it is escaped. */
export interface TimelineEntryView {
  value: string;
  /** The value in words ("February 2017", "the 1980s"): what the page shows, never the raw value. */
  label: string;
  sortKey: string | undefined;
  article: string;
  before: string;
  text: string;
  after: string;
}

export interface TimelineView {
  title: string;
  /** A line under the title (e.g. that the list is partial). */
  note?: string;
  entries: TimelineEntryView[];
}

/** A fresh nonce per page: the only inline style and script allowed to run are the ones carrying it. */
export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 16px 24px; }
h1 { font-size: 1.3em; font-weight: 600; }
h2 { font-size: 1.1em; margin: 1.4em 0 0.3em; border-bottom: 1px solid var(--vscode-panel-border, #8884); }
h3 { font-size: 0.95em; margin: 0.9em 0 0.2em; color: var(--vscode-textLink-foreground); }
.note, .article, .axis { color: var(--vscode-descriptionForeground); }
ol { list-style: none; margin: 0; padding: 0; }
button.entry { all: unset; display: block; width: 100%; box-sizing: border-box; padding: 3px 6px; cursor: pointer; border-radius: 3px; }
button.entry:hover, button.entry:focus { background: var(--vscode-list-hoverBackground); outline: 1px solid var(--vscode-focusBorder); }
.article { margin-right: 0.6em; font-size: 0.9em; }
mark { background: var(--vscode-editor-findMatchHighlightBackground, #ea5c0055); color: inherit; }
.chart { width: 100%; height: auto; display: block; margin: 0.5em 0; user-select: none; }
.chart .bar rect.hit { fill: transparent; }
.chart .bar rect.count { fill: var(--vscode-charts-blue, #3794ff); }
.chart .bar { cursor: pointer; outline: none; }
.chart .bar:hover rect.count, .chart .bar:focus rect.count { fill: var(--vscode-charts-orange, #d18616); }
.chart .bar:focus rect.hit { stroke: var(--vscode-focusBorder); stroke-width: 1; }
.chart .bar.selected rect.count { fill: var(--vscode-charts-orange, #d18616); }
.chart .axis text { fill: var(--vscode-descriptionForeground); font-size: 11px; font-family: var(--vscode-font-family); }
.chart .axis line { stroke: var(--vscode-panel-border, #8886); }
.filter { display: flex; gap: 0.8em; align-items: center; min-height: 1.8em; }
.filter button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 2px 8px; cursor: pointer; }
.filter button:focus { outline: 1px solid var(--vscode-focusBorder); }
[hidden] { display: none !important; }
`;

// Sends only the index of the clicked entry: the extension, not the page, decides what opens.
// The chart filters the list: click a bar (or focus it and press Enter) for its span; drag across
// bars, or Shift+click / Shift+Enter, for a run of them; "Show all" undoes it.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const bars = [...document.querySelectorAll('.chart .bar')];
const status = document.getElementById('filter-status');
const showAll = document.getElementById('show-all');
let anchor;
function filter(from, to) {
  const lo = Math.min(from, to), hi = Math.max(from, to);
  let shown = 0;
  for (const li of document.querySelectorAll('li[data-bucket], li.undated')) {
    const b = li.hasAttribute('data-bucket') ? Number(li.getAttribute('data-bucket')) : NaN;
    const on = from === undefined || (b >= lo && b <= hi);
    li.hidden = !on;
    if (on) shown++;
  }
  for (const group of document.querySelectorAll('.group, .year')) group.hidden = !group.querySelector('li:not([hidden])');
  for (const bar of bars) { const b = Number(bar.getAttribute('data-bucket')); bar.classList.toggle('selected', from !== undefined && b >= lo && b <= hi); }
  if (from === undefined) { status.textContent = ''; showAll.hidden = true; return; }
  const first = bars.find((bar) => Number(bar.getAttribute('data-bucket')) === lo), last = bars.find((bar) => Number(bar.getAttribute('data-bucket')) === hi);
  const span = lo === hi ? first.getAttribute('data-label') : first.getAttribute('data-label') + ' – ' + last.getAttribute('data-label');
  status.textContent = span + ': ' + shown + (shown === 1 ? ' dated mention' : ' dated mentions');
  showAll.hidden = false;
}
const barOf = (target) => (target instanceof Element ? target.closest('.chart .bar') : null);
document.addEventListener('pointerdown', (event) => { const bar = barOf(event.target); if (bar && !event.shiftKey) anchor = Number(bar.getAttribute('data-bucket')); });
document.addEventListener('pointerup', (event) => {
  const bar = barOf(event.target);
  if (bar && anchor !== undefined) filter(anchor, Number(bar.getAttribute('data-bucket')));
});
document.addEventListener('keydown', (event) => {
  const bar = barOf(event.target);
  if (!bar || (event.key !== 'Enter' && event.key !== ' ')) return;
  event.preventDefault();
  const b = Number(bar.getAttribute('data-bucket'));
  if (!event.shiftKey || anchor === undefined) anchor = b;
  filter(anchor, b);
});
showAll.addEventListener('click', () => { anchor = undefined; filter(undefined, undefined); });
document.addEventListener('click', (event) => {
  const entry = event.target instanceof Element ? event.target.closest('[data-index]') : null;
  if (entry) vscode.postMessage({ type: 'open', index: Number(entry.getAttribute('data-index')) });
});
`;

function yearOf(entry: TimelineEntryView): string {
  return entry.sortKey?.slice(0, 4) ?? 'Undated';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One bar of the chart: a month, a year or a decade, and how many dated mentions fall in it. */
export interface ChartBucket {
  /** Short label for the axis: "Feb 2017", "2017", "1980s". */
  label: string;
  /** Long label for tooltips and screen readers: "February 2017", "2017", "the 1980s". */
  name: string;
  count: number;
}

/** The chart's buckets, and which bucket each entry is in (undefined: undated). */
export interface TimelineChart {
  unit: 'month' | 'year' | 'decade';
  /** The first bucket's number: months, years or decades since year 0. */
  first: number;
  buckets: ChartBucket[];
  bucketOf: (number | undefined)[];
}

/** Months when the dated mentions span ten years at most, years up to 150, decades beyond. */
export function timelineChart(entries: readonly Pick<TimelineEntryView, 'sortKey'>[]): TimelineChart {
  const months = entries.map((e) => (e.sortKey ? Number(e.sortKey.slice(0, 4)) * 12 + Number(e.sortKey.slice(5, 7)) - 1 : undefined));
  const placed = months.filter((m): m is number => m !== undefined && Number.isFinite(m));
  if (placed.length === 0) return { unit: 'month', first: 0, buckets: [], bucketOf: months.map(() => undefined) };
  const first = Math.min(...placed);
  const last = Math.max(...placed);
  const unit = last - first < 120 ? 'month' : last - first < 150 * 12 ? 'year' : 'decade';
  const size = unit === 'month' ? 1 : unit === 'year' ? 12 : 120;
  const start = unit === 'decade' ? Math.floor(first / 120) * 120 : unit === 'year' ? Math.floor(first / 12) * 12 : first;
  const count = Math.floor((last - start) / size) + 1;
  const buckets: ChartBucket[] = [];
  for (let i = 0; i < count; i++) {
    const m = start + i * size;
    const year = Math.floor(m / 12);
    if (unit === 'month') buckets.push({ label: `${MONTHS[m % 12]} ${year}`, name: `${MONTH_NAMES[m % 12]} ${year}`, count: 0 });
    else if (unit === 'year') buckets.push({ label: String(year), name: String(year), count: 0 });
    else buckets.push({ label: `${year}s`, name: `the ${year}s`, count: 0 });
  }
  const bucketOf = months.map((m) => (m === undefined || !Number.isFinite(m) ? undefined : Math.floor((m - start) / size)));
  for (const b of bucketOf) if (b !== undefined) buckets[b]!.count++;
  return { unit, first: start / size, buckets, bucketOf };
}

const CHART_WIDTH = 800;
const CHART_HEIGHT = 120;
const AXIS_HEIGHT = 34;

/** The chart as SVG: a focusable bar per bucket that has mentions, and a readable label every few bars. */
export function chartSvg(chart: TimelineChart): string {
  const n = chart.buckets.length;
  if (n === 0) return '';
  const most = Math.max(...chart.buckets.map((b) => b.count));
  const step = CHART_WIDTH / n;
  const gap = step > 4 ? 1 : 0;
  // About ten labels fit across: one every `every` bars, a round number of months, years or
  // decades, on bars whose month, year or decade is a multiple of it (Jan and Jul; 1980, 1990).
  const nice = chart.unit === 'month' ? [1, 2, 3, 6, 12, 24, 60] : [1, 2, 5, 10, 20, 25, 50, 100];
  const every = nice.find((k) => n / k <= 10) ?? Math.ceil(n / 10);
  const round = (x: number) => Math.round(x * 10) / 10;
  const bars: string[] = [];
  const ticks: string[] = [];
  chart.buckets.forEach((b, i) => {
    const x = round(i * step);
    if (b.count > 0) {
      const h = Math.max(2, round((b.count / most) * (CHART_HEIGHT - 14)));
      const tip = `${b.name}: ${b.count} ${b.count === 1 ? 'dated mention' : 'dated mentions'}`;
      bars.push(
        `<g class="bar" data-bucket="${i}" data-label="${escapeHtml(b.name)}" tabindex="0" role="button" aria-label="${escapeHtml(tip)}"><title>${escapeHtml(tip)}</title>` +
          `<rect class="hit" x="${x}" y="0" width="${round(step)}" height="${CHART_HEIGHT}"></rect>` +
          `<rect class="count" x="${round(x + gap / 2)}" y="${round(CHART_HEIGHT - h)}" width="${round(Math.max(1, step - gap))}" height="${h}"></rect></g>`,
      );
    }
    if ((chart.first + i) % every === 0) {
      ticks.push(`<line x1="${round(x + step / 2)}" y1="${CHART_HEIGHT}" x2="${round(x + step / 2)}" y2="${CHART_HEIGHT + 4}"></line>`);
      ticks.push(`<text x="${round(x + step / 2)}" y="${CHART_HEIGHT + 16}" text-anchor="middle">${escapeHtml(b.label)}</text>`);
    }
  });
  const per = chart.unit === 'month' ? 'per month' : chart.unit === 'year' ? 'per year' : 'per decade';
  return (
    `<svg class="chart" viewBox="-20 0 ${CHART_WIDTH + 40} ${CHART_HEIGHT + AXIS_HEIGHT}" role="group" aria-label="Dated mentions ${per}">` +
    `<g class="axis"><line x1="0" y1="${CHART_HEIGHT}" x2="${CHART_WIDTH}" y2="${CHART_HEIGHT}"></line>${ticks.join('')}</g>` +
    `<g class="bars">${bars.join('')}</g></svg>`
  );
}

/**
 * The timeline page: a chart of the dated mentions per month (per year or decade when they span
 * long), whose bars filter the list under it; the list grouped by year, then by date in words,
 * each entry a button naming the article and quoting the line. A strict Content-Security-Policy
 * (nothing loads, only the nonce'd style and script run) and every text HTML-escaped, so an
 * article can put neither markup nor links (`command:` URIs included) on the page.
 */
export function timelineHtml(view: TimelineView, options: { cspSource: string; nonce: string }): string {
  const nonce = escapeHtml(options.nonce);
  const csp = strictCsp(nonce, options.cspSource);

  const chart = timelineChart(view.entries);
  const body: string[] = [];
  let year: string | undefined;
  let label: string | undefined;
  view.entries.forEach((entry, index) => {
    if (yearOf(entry) !== year) {
      if (year !== undefined) body.push('</ol></div></section>');
      year = yearOf(entry);
      label = undefined;
      body.push('<section class="year">', `<h2>${escapeHtml(year)}</h2>`);
    } else if (entry.label !== label) {
      body.push('</ol></div>');
    }
    if (entry.label !== label) {
      label = entry.label;
      body.push('<div class="group">', `<h3>${escapeHtml(label)}</h3>`, '<ol>');
    }
    const bucket = chart.bucketOf[index];
    body.push(
      `<li${bucket === undefined ? ' class="undated"' : ` data-bucket="${bucket}"`}><button class="entry" data-index="${index}" title="Open ${escapeHtml(entry.article)}">` +
        `<span class="article">${escapeHtml(entry.article)}</span>` +
        `<span class="context">${escapeHtml(entry.before)}<mark>${escapeHtml(entry.text)}</mark>${escapeHtml(entry.after)}</span>` +
        '</button></li>',
    );
  });
  if (view.entries.length > 0) body.push('</ol></div></section>');
  else body.push('<p class="note">No dated mentions.</p>');

  const chartPart =
    chart.buckets.length > 0
      ? [
          chartSvg(chart),
          '<p class="filter"><span id="filter-status" class="note" aria-live="polite"></span><button id="show-all" hidden>Show all</button></p>',
        ]
      : ['<p class="filter"><span id="filter-status"></span><button id="show-all" hidden>Show all</button></p>'];

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${escapeHtml(view.title)}</title>`,
    `<style nonce="${nonce}">${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(view.title)}</h1>`,
    view.note ? `<p class="note">${escapeHtml(view.note)}</p>` : '',
    ...chartPart,
    ...body,
    `<script nonce="${nonce}">${SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** The page model of a gathered timeline. */
export function timelineView(title: string, timeline: Timeline): TimelineView {
  const entries = timeline.items.map(({ value, label, sortKey, article, before, text, after }) => ({ value, label, sortKey, article, before, text, after }));
  const note = timeline.partial ? `The earliest ${timeline.items.length} dated mentions; there are more.` : undefined;
  return { title, entries, ...(note && { note }) };
}

/** The one timeline panel: shown beside the editor, reused, opening an entry's mention when clicked. */
export class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private targets: vscode.Location[] = [];

  show(title: string, timeline: Timeline): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('seedlens.timeline', title, vscode.ViewColumn.Beside, {
        enableScripts: true,
        enableCommandUris: false,
        enableForms: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.open(message));
    }
    this.targets = timeline.items.map((item) => item.location);
    this.panel.title = title;
    this.panel.webview.html = timelineHtml(timelineView(title, timeline), { cspSource: this.panel.webview.cspSource, nonce: newNonce() });
    this.panel.reveal(undefined, true);
  }

  private async open(message: unknown): Promise<void> {
    if (message === null || typeof message !== 'object') return;
    const { type, index } = message as { type?: unknown; index?: unknown };
    const target = type === 'open' && typeof index === 'number' && Number.isInteger(index) ? this.targets[index] : undefined;
    if (!target) return;
    await vscode.window.showTextDocument(target.uri, { selection: target.range, viewColumn: vscode.ViewColumn.One, preview: true });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
