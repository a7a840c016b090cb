import * as vscode from 'vscode';
import type { SeedlensServer } from './client.js';
import { gatherTimeline, type LineReader } from './timeline-data.js';
import type { TimelinePanel } from './timeline-webview.js';

/** An entity to draw the timeline of: known by id (an Entities view row), or the one at a position in an article. */
export type EntityTarget = { id: string; name: string } | { uri: vscode.Uri; position: vscode.Position };

// Opening a document here does not show it, so the language client does not send it to the server.
const readLine: LineReader = async (uri, line) => {
  const document = await vscode.workspace.openTextDocument(uri);
  return line < document.lineCount ? document.lineAt(line).text : undefined;
};

function progress<T>(title: string, task: () => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, task);
}

/** "seedlens: Show Timeline": every dated mention of the corpus, in time order. */
export async function showCorpusTimeline(server: SeedlensServer, panel: Pick<TimelinePanel, 'show'>, lines: LineReader = readLine): Promise<void> {
  const timeline = await progress('seedlens: gathering the timeline', () => gatherTimeline(server, lines));
  panel.show('Timeline', timeline);
}

/** "Show Timeline of This Entity": the dated mentions of the articles that mention the entity. */
export async function showEntityTimeline(
  server: SeedlensServer,
  panel: Pick<TimelinePanel, 'show'>,
  target: EntityTarget,
  lines: LineReader = readLine,
): Promise<void> {
  const entity = 'id' in target ? target : await server.entityAt(target.uri, target.position);
  if (!entity) {
    void vscode.window.showInformationMessage('seedlens: there is no actor, place or date under the cursor.');
    return;
  }
  const timeline = await progress(`seedlens: gathering the timeline of ${entity.name}`, () => gatherTimeline(server, lines, { entityId: entity.id }));
  panel.show(`Timeline: ${entity.name}`, timeline);
}
