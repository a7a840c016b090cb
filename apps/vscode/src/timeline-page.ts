import { pageHead, strictCsp } from '@seedlens/map';
import { escapeHtml } from './html-escape.js';
import { chartSvg, timelineChart } from './timeline-chart.js';
import type { Timeline, TimelineArticleView } from './timeline-data.js';

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
  articles: TimelineArticleView[];
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 16px 24px; }
h1 { font-size: 1.3em; font-weight: 600; }
h2 { font-size: 1.1em; margin: 1.4em 0 0.3em; border-bottom: 1px solid var(--vscode-panel-border, #8884); }
h3 { font-size: 0.95em; margin: 0.9em 0 0.2em; color: var(--vscode-textLink-foreground); }
.note, .article, .axis, .source { color: var(--vscode-descriptionForeground); }
ol { list-style: none; margin: 0; padding: 0; }
button.entry { all: unset; display: block; width: 100%; box-sizing: border-box; padding: 3px 6px; cursor: pointer; border-radius: 3px; }
button.entry:hover, button.entry:focus { background: var(--vscode-list-hoverBackground); outline: 1px solid var(--vscode-focusBorder); }
.article { margin-right: 0.6em; font-size: 0.9em; }
.when { margin-right: 0.6em; color: var(--vscode-charts-purple, #a074c4); }
.source { margin-left: 0.6em; font-size: 0.9em; }
mark { background: var(--vscode-editor-findMatchHighlightBackground, #ea5c0055); color: inherit; }
.legend { display: flex; gap: 1.4em; margin: 0.6em 0 0; font-size: 0.9em; color: var(--vscode-descriptionForeground); }
.legend .swatch { display: inline-block; vertical-align: -1px; margin-right: 0.4em; }
.legend .swatch.bar { width: 10px; height: 10px; background: var(--vscode-charts-blue, #3794ff); }
.legend .swatch.dct { width: 4px; height: 12px; background: var(--vscode-charts-purple, #a074c4); }
.chart { width: 100%; height: auto; display: block; margin: 0.5em 0; user-select: none; }
.chart rect.hit { fill: transparent; }
.chart rect.lane { fill: var(--vscode-editorWidget-background, #8881); }
.chart .bar rect.count { fill: var(--vscode-charts-blue, #3794ff); }
.chart .dct rect.tick { fill: var(--vscode-charts-purple, #a074c4); }
.chart .bar, .chart .dct { cursor: pointer; outline: none; }
.chart .bar:hover rect.count, .chart .bar:focus rect.count, .chart .bar.selected rect.count,
.chart .dct:hover rect.tick, .chart .dct:focus rect.tick, .chart .dct.selected rect.tick { fill: var(--vscode-charts-orange, #d18616); }
.chart .bar:focus rect.hit, .chart .dct:focus rect.hit { stroke: var(--vscode-focusBorder); stroke-width: 1; }
.chart .axis text { fill: var(--vscode-descriptionForeground); font-size: 11px; font-family: var(--vscode-font-family); }
.chart .axis line { stroke: var(--vscode-panel-border, #8886); }
.filter { display: flex; gap: 0.8em; align-items: center; min-height: 1.8em; }
.filter button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 2px 8px; cursor: pointer; }
.filter button:focus { outline: 1px solid var(--vscode-focusBorder); }
details.articles > summary { cursor: pointer; margin: 0.8em 0 0.3em; font-weight: 600; }
details.articles > summary:focus { outline: 1px solid var(--vscode-focusBorder); }
/* High contrast (hc-black, hc-light): every mark outlined in the contrast border, the focused one in the active contrast border, thicker, as VS Code's own lists do. */
body.vscode-high-contrast h2 { border-bottom-color: var(--vscode-contrastBorder); }
body.vscode-high-contrast .chart rect.lane { fill: none; stroke: var(--vscode-contrastBorder); stroke-width: 1; stroke-dasharray: 2 2; }
body.vscode-high-contrast .chart .axis line { stroke: var(--vscode-contrastBorder); }
body.vscode-high-contrast .chart .bar rect.count, body.vscode-high-contrast .chart .dct rect.tick { stroke: var(--vscode-contrastBorder); stroke-width: 1; }
body.vscode-high-contrast .chart .bar:focus rect.hit, body.vscode-high-contrast .chart .dct:focus rect.hit { stroke: var(--vscode-contrastActiveBorder); stroke-width: 2; }
body.vscode-high-contrast .chart .bar:hover rect.hit, body.vscode-high-contrast .chart .dct:hover rect.hit { stroke: var(--vscode-contrastActiveBorder); stroke-width: 1; stroke-dasharray: 3 2; }
body.vscode-high-contrast .chart .bar.selected rect.count, body.vscode-high-contrast .chart .dct.selected rect.tick { stroke: var(--vscode-contrastActiveBorder); stroke-width: 2; }
body.vscode-high-contrast .legend .swatch { outline: 1px solid var(--vscode-contrastBorder); }
body.vscode-high-contrast button.entry:hover { background: transparent; outline: 1px dashed var(--vscode-contrastActiveBorder); }
body.vscode-high-contrast button.entry:focus, body.vscode-high-contrast .filter button:focus, body.vscode-high-contrast details.articles > summary:focus { background: transparent; outline: 1px solid var(--vscode-contrastActiveBorder); }
body.vscode-high-contrast .filter button { border-color: var(--vscode-contrastBorder); }
[hidden] { display: none !important; }
`;

// Sends only the index of the clicked entry or article: the extension, not the page, decides what
// opens. The chart filters both lists: click a bar or an article tick (or focus it and press
// Enter) for its span; drag across marks, or Shift+click / Shift+Enter, for a run of them;
// arrow keys move along a row; "Show all" undoes it. The articles' list is built from the page's
// data when it is opened, and only for the span brushed: ten thousand articles are not ten
// thousand elements to parse and lay out before the chart shows. Their text is set with
// textContent only, so no title becomes markup.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const marks = [...document.querySelectorAll('.chart .bar, .chart .dct')];
const status = document.getElementById('filter-status');
const showAll = document.getElementById('show-all');
const articles = document.getElementById('articles');
const articlesCount = document.getElementById('articles-count');
const articleList = document.getElementById('article-list');
const dated = articles ? JSON.parse(document.getElementById('seedlens-articles').textContent) : [];
const plural = (n, one, many) => n + ' ' + (n === 1 ? one : many);
let anchor;
let span;
const inSpan = (b) => span === undefined || (b !== null && b >= span[0] && b <= span[1]);
function listArticles() {
  if (!articles || !articles.open) return;
  const el = (tag, text, cls) => { const e = document.createElement(tag); e.textContent = text; if (cls) e.className = cls; return e; };
  const items = [];
  dated.forEach((a, index) => {
    if (!inSpan(a.bucket)) return;
    const button = el('button', '', 'entry');
    button.dataset.article = String(index);
    button.title = 'Open ' + a.article;
    button.append(el('span', a.label, 'when'), el('span', a.article, 'article'), el('span', a.title, 'title'), el('span', a.found, 'source'));
    const li = document.createElement('li');
    li.append(button);
    items.push(li);
  });
  articleList.replaceChildren(...items);
}
if (articles) articles.addEventListener('toggle', listArticles);
function filter(from, to) {
  span = from === undefined ? undefined : [Math.min(from, to), Math.max(from, to)];
  const bucketOf = (e) => (e.hasAttribute('data-bucket') ? Number(e.getAttribute('data-bucket')) : null);
  let mentions = 0;
  for (const li of document.querySelectorAll('.year li')) { const on = inSpan(bucketOf(li)); li.hidden = !on; if (on) mentions++; }
  for (const group of document.querySelectorAll('.group, .year')) group.hidden = !group.querySelector('li:not([hidden])');
  const inIt = dated.filter((a) => inSpan(a.bucket)).length;
  if (articles) articlesCount.textContent = span === undefined ? String(dated.length) : inIt + ' of ' + dated.length;
  for (const mark of marks) { const b = bucketOf(mark); mark.classList.toggle('selected', span !== undefined && b >= span[0] && b <= span[1]); }
  if (span === undefined) { status.textContent = ''; showAll.hidden = true; listArticles(); return; }
  const labelOf = (b) => marks.find((mark) => bucketOf(mark) === b).getAttribute('data-label');
  const words = span[0] === span[1] ? labelOf(span[0]) : labelOf(span[0]) + ' – ' + labelOf(span[1]);
  status.textContent = words + ': ' + plural(mentions, 'dated mention', 'dated mentions') + (articles ? ', ' + plural(inIt, 'article', 'articles') + ' dated then' : '');
  // The reader asked for a span: show its articles, which are few now (opening lists them).
  if (articles && inIt > 0 && !articles.open) articles.open = true;
  else listArticles();
  showAll.hidden = false;
}
const markOf = (target) => (target instanceof Element ? target.closest('.chart .bar, .chart .dct') : null);
document.addEventListener('pointerdown', (event) => { const mark = markOf(event.target); if (mark && !event.shiftKey) anchor = Number(mark.getAttribute('data-bucket')); });
document.addEventListener('pointerup', (event) => {
  const mark = markOf(event.target);
  if (mark && anchor !== undefined) filter(anchor, Number(mark.getAttribute('data-bucket')));
});
document.addEventListener('keydown', (event) => {
  const mark = markOf(event.target);
  if (!mark) return;
  if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
    event.preventDefault();
    const next = event.key === 'ArrowRight' ? mark.nextElementSibling : mark.previousElementSibling;
    if (next) next.focus();
    return;
  }
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  const b = Number(mark.getAttribute('data-bucket'));
  if (!event.shiftKey || anchor === undefined) anchor = b;
  filter(anchor, b);
});
showAll.addEventListener('click', () => { anchor = undefined; filter(undefined, undefined); });
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const entry = target?.closest('[data-index]');
  if (entry) { vscode.postMessage({ type: 'open', index: Number(entry.getAttribute('data-index')) }); return; }
  const article = target?.closest('[data-article]');
  if (article) vscode.postMessage({ type: 'openArticle', index: Number(article.getAttribute('data-article')) });
});
`;

function yearOf(entry: TimelineEntryView): string {
  return entry.sortKey?.slice(0, 4) ?? 'Undated';
}

const FOUND: Record<string, string> = {
  option: 'given',
  'front-matter': 'from its front matter',
  'file-name': 'from its file name',
  header: 'from its header',
  text: 'from its text',
};

/** Where an article's date was found, and how sure it is when not sure: "from its header, 0.8 sure". */
export function dateFound(article: Pick<TimelineArticleView, 'source' | 'confidence'>): string {
  const found = FOUND[article.source] ?? article.source;
  return article.confidence < 1 ? `${found}, ${article.confidence} sure` : found;
}

/** JSON inside a script element: "<" escaped, so that no article text can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** What the page's script lists of each article (in the page's data, not its markup): by date, with its bucket. */
export interface ArticleItemData {
  bucket: number | null;
  label: string;
  article: string;
  title: string;
  found: string;
}

/** The articles by their own date: a folded list that the page's script fills from the data under it when opened. */
function articleList(articles: readonly TimelineArticleView[], bucketOf: readonly (number | undefined)[]): string[] {
  if (articles.length === 0) return [];
  const data: ArticleItemData[] = articles.map((a, index) => ({ bucket: bucketOf[index] ?? null, label: a.label, article: a.article, title: a.title, found: dateFound(a) }));
  return [
    '<details class="articles" id="articles">',
    `<summary>Articles by their own date (<span id="articles-count">${articles.length}</span>)</summary>`,
    '<ol id="article-list"></ol>',
    '</details>',
    `<script type="application/json" id="seedlens-articles">${scriptJson(data)}</script>`,
  ];
}

/**
 * The timeline page: a chart of the dated mentions per month (per year or decade when they span
 * long) with the articles' own dates as ticks in a lane of their own, whose marks filter the lists
 * under it; the articles by their own date; the dated mentions grouped by year, then by date in
 * words, each entry a button naming the article and quoting the line. A strict
 * Content-Security-Policy (nothing loads, only the nonce'd style and script run) and every text
 * HTML-escaped, so an article can put neither markup nor links (`command:` URIs included) on the page.
 */
export function timelineHtml(view: TimelineView, options: { cspSource: string; nonce: string }): string {
  const nonce = escapeHtml(options.nonce);
  const csp = strictCsp(nonce, options.cspSource);

  const chart = timelineChart(view.entries, view.articles);
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

  const per = chart.unit === 'month' ? 'per month' : chart.unit === 'year' ? 'per year' : 'per decade';
  const legend =
    `<p class="legend"><span><span class="swatch bar"></span>Dated mentions ${per}</span>` +
    (view.articles.length > 0 ? `<span><span class="swatch dct"></span>Articles by their own date</span>` : '') +
    '</p>';
  const chartPart = chart.buckets.length > 0 ? [legend, chartSvg(chart)] : [];

  return [
    ...pageHead(csp, view.title, STYLE, nonce),
    '<body>',
    `<h1>${escapeHtml(view.title)}</h1>`,
    view.note ? `<p class="note">${escapeHtml(view.note)}</p>` : '',
    ...chartPart,
    `<p class="filter"><span id="filter-status" class="note" aria-live="polite"></span><button id="show-all" hidden>Show all</button></p>`,
    ...articleList(view.articles, chart.articleBucketOf),
    ...body,
    `<script nonce="${nonce}">${SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** The page model of a gathered timeline. */
export function timelineView(title: string, timeline: Timeline): TimelineView {
  const entries = timeline.items.map(({ value, label, sortKey, article, before, text, after }) => ({ value, label, sortKey, article, before, text, after }));
  const articles = timeline.articles.map(({ article, title: articleTitle, dct, label, source, confidence }) => ({ article, title: articleTitle, dct, label, source, confidence }));
  const notes = [
    timeline.partial ? `The earliest ${timeline.items.length} dated mentions; there are more.` : undefined,
    timeline.articlesPartial ? `The earliest ${timeline.articles.length} article dates; there are more.` : undefined,
  ].filter((n): n is string => n !== undefined);
  return { title, entries, articles, ...(notes.length > 0 && { note: notes.join(' ') }) };
}
