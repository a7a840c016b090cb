import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeHtml } from './html-escape.js';
import type { Timeline } from './timeline-data.js';

/** What the timeline page shows of one dated mention; all of it is article text, so all of it is escaped. */
export interface TimelineEntryView {
  value: string;
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
h3 { font-size: 0.95em; margin: 0.9em 0 0.2em; font-family: var(--vscode-editor-font-family); color: var(--vscode-textLink-foreground); }
.note, .article { color: var(--vscode-descriptionForeground); }
ol { list-style: none; margin: 0; padding: 0; }
button.entry { all: unset; display: block; width: 100%; box-sizing: border-box; padding: 3px 6px; cursor: pointer; border-radius: 3px; }
button.entry:hover, button.entry:focus { background: var(--vscode-list-hoverBackground); outline: 1px solid var(--vscode-focusBorder); }
.article { margin-right: 0.6em; font-size: 0.9em; }
mark { background: var(--vscode-editor-findMatchHighlightBackground, #ea5c0055); color: inherit; }
`;

// Sends only the index of the clicked entry: the extension, not the page, decides what opens.
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const entry = event.target instanceof Element ? event.target.closest('[data-index]') : null;
  if (entry) vscode.postMessage({ type: 'open', index: Number(entry.getAttribute('data-index')) });
});
`;

function yearOf(entry: TimelineEntryView): string {
  return entry.sortKey?.slice(0, 4) ?? 'Undated';
}

/**
 * The timeline page: entries grouped by year, then by date value, each a button naming the
 * article and quoting the line. A strict Content-Security-Policy (nothing loads, only the
 * nonce'd style and script run) and every text HTML-escaped, so an article can put neither
 * markup nor links (`command:` URIs included) on the page.
 */
export function timelineHtml(view: TimelineView, options: { cspSource: string; nonce: string }): string {
  const nonce = escapeHtml(options.nonce);
  const csp = [
    "default-src 'none'",
    `style-src ${options.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');

  const body: string[] = [];
  let year: string | undefined;
  let value: string | undefined;
  view.entries.forEach((entry, index) => {
    if (yearOf(entry) !== year) {
      if (year !== undefined) body.push('</ol>');
      year = yearOf(entry);
      value = undefined;
      body.push(`<h2>${escapeHtml(year)}</h2>`);
    } else if (entry.value !== value) {
      body.push('</ol>');
    }
    if (entry.value !== value) {
      value = entry.value;
      body.push(`<h3>${escapeHtml(value)}</h3>`, '<ol>');
    }
    body.push(
      `<li><button class="entry" data-index="${index}" title="Open ${escapeHtml(entry.article)}">` +
        `<span class="article">${escapeHtml(entry.article)}</span>` +
        `<span class="context">${escapeHtml(entry.before)}<mark>${escapeHtml(entry.text)}</mark>${escapeHtml(entry.after)}</span>` +
        '</button></li>',
    );
  });
  if (view.entries.length > 0) body.push('</ol>');
  else body.push('<p class="note">No dated mentions.</p>');

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
    ...body,
    `<script nonce="${nonce}">${SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** The page model of a gathered timeline. */
export function timelineView(title: string, timeline: Timeline): TimelineView {
  const entries = timeline.items.map(({ value, sortKey, article, before, text, after }) => ({ value, sortKey, article, before, text, after }));
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
