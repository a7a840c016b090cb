import * as vscode from 'vscode';
import type { SeedlensServer } from './client.js';
import { gatherTimeline, type LineReader } from './timeline-data.js';
import type { TimelinePanel } from './timeline-webview.js';

/** An entity to draw the timeline of: where one of its mentions is, and what to call it. */
export interface EntityTarget {
  uri: vscode.Uri;
  position: vscode.Position;
  name?: string;
}

// Opening a document here does not show it, so the language client does not send it to the server.
const readLine: LineReader = async (uri, line) => {
  const document = await vscode.workspace.openTextDocument(uri);
  return line < document.lineCount ? document.lineAt(line).text : undefined;
};

function progress<T>(title: string, task: () => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, task);
}

/** "seedlens: Show Timeline": every dated mention of the corpus, in time order. */
export async function showCorpusTimeline(server: SeedlensServer, panel: TimelinePanel): Promise<void> {
  const timeline = await progress('seedlens: gathering the timeline', () => gatherTimeline(server, readLine));
  panel.show('Timeline', timeline);
}

/** "Show Timeline of This Entity": the dated mentions of the articles that mention the entity. */
export async function showEntityTimeline(server: SeedlensServer, panel: TimelinePanel, target: EntityTarget): Promise<void> {
  const mentions = await server.references(target.uri, target.position);
  if (mentions.length === 0) {
    void vscode.window.showInformationMessage('seedlens: there is no actor, place or date under the cursor.');
    return;
  }
  const here = mentions.find((m) => m.uri.toString() === target.uri.toString() && m.range.contains(target.position));
  const name = target.name ?? (here ? (await vscode.workspace.openTextDocument(here.uri)).getText(here.range) : 'entity');
  const articles = new Set(mentions.map((m) => m.uri.toString()));
  const timeline = await progress(`seedlens: gathering the timeline of ${name}`, () => gatherTimeline(server, readLine, { articles }));
  panel.show(`Timeline: ${name}`, timeline);
}
