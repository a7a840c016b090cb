import * as vscode from 'vscode';
import type { Location } from 'vscode-languageclient';

/** A location as the server sends it (JSON: a URI string, zero-based lines and characters) in VS Code's types. */
export function toLocation(location: Location): vscode.Location {
  const { start, end } = location.range;
  return new vscode.Location(vscode.Uri.parse(location.uri), new vscode.Range(start.line, start.character, end.line, end.character));
}
