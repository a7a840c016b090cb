import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** A fresh nonce per page: the only inline style and script allowed to run are the ones carrying it. */
export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

/**
 * A panel beside the editor for a page of seedlens' own (the map, the timeline): scripts on, but no
 * command links, forms or local files; its messages go to `onMessage`, `onDispose` when it closes.
 */
export function lockedWebviewPanel(viewType: string, title: string, onMessage: (message: unknown) => void, onDispose: () => void): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel(viewType, title, vscode.ViewColumn.Beside, {
    enableScripts: true,
    enableCommandUris: false,
    enableForms: false,
    localResourceRoots: [],
  });
  panel.onDidDispose(onDispose);
  panel.webview.onDidReceiveMessage(onMessage);
  return panel;
}
