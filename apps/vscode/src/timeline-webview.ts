import * as vscode from 'vscode';
import type { Timeline } from './timeline-data.js';
import { lockedWebviewPanel, newNonce } from './locked-webview.js';
import { timelineHtml, timelineView } from './timeline-page.js';

/** The one timeline panel: shown beside the editor, reused, opening a dated mention, or an article by its own date, when clicked. */
export class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private targets: vscode.Location[] = [];
  private articles: vscode.Uri[] = [];

  show(title: string, timeline: Timeline): void {
    if (!this.panel) {
      this.panel = lockedWebviewPanel('seedlens.timeline', title, (message) => void this.open(message), () => (this.panel = undefined));
    }
    this.targets = timeline.items.map((item) => item.location);
    this.articles = timeline.articles.map((article) => article.uri);
    this.panel.title = title;
    this.panel.webview.html = timelineHtml(timelineView(title, timeline), { cspSource: this.panel.webview.cspSource, nonce: newNonce() });
    this.panel.reveal(undefined, true);
  }

  private async open(message: unknown): Promise<void> {
    const target = this.targetOf(message);
    if (!target) return;
    if (target instanceof vscode.Location) {
      await vscode.window.showTextDocument(target.uri, { selection: target.range, viewColumn: vscode.ViewColumn.One, preview: true });
    } else {
      await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.One, preview: true });
    }
  }

  /** What a page message asks to open: a dated mention's place, or an article; only ones this panel listed. */
  targetOf(message: unknown): vscode.Location | vscode.Uri | undefined {
    if (message === null || typeof message !== 'object') return undefined;
    const { type, index } = message as { type?: unknown; index?: unknown };
    if (typeof index !== 'number' || !Number.isInteger(index)) return undefined;
    if (type === 'open') return this.targets[index];
    if (type === 'openArticle') return this.articles[index];
    return undefined;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
