import * as vscode from 'vscode';
import type { SeedlensServer } from './client.js';

/**
 * Peeks at every mention in the corpus of the entity at `position` (VS Code's references peek,
 * opened at that position); false when there is no entity there.
 */
export async function peekMentions(server: SeedlensServer, uri: vscode.Uri, position: vscode.Position): Promise<boolean> {
  const locations = await server.references(uri, position);
  if (locations.length === 0) return false;
  await vscode.commands.executeCommand('editor.action.showReferences', uri, position, locations);
  return true;
}

/** "seedlens: Show Entity": the mentions of the actor, place or date under the cursor. */
export async function showEntityAtCursor(server: SeedlensServer, editor: vscode.TextEditor | undefined): Promise<void> {
  if (!editor) {
    void vscode.window.showInformationMessage('seedlens: open an article and put the cursor on an actor, place or date.');
    return;
  }
  const found = await peekMentions(server, editor.document.uri, editor.selection.active);
  if (!found) void vscode.window.showInformationMessage('seedlens: there is no actor, place or date under the cursor.');
}
