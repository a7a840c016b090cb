import * as vscode from 'vscode';
import { describe, expect, it } from 'vitest';
import { toLocation } from './lsp-location.js';

describe('toLocation', () => {
  it("turns the server's JSON location into VS Code's, keeping the URI's encoding", () => {
    const location = toLocation({ uri: 'file:///news/a%20b.txt', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 13 } } });
    expect(location.uri.toString()).toBe('file:///news/a%20b.txt');
    expect(location.uri.fsPath).toBe('/news/a b.txt');
    expect(location.range.start).toEqual(new vscode.Position(2, 4));
    expect(location.range.end).toEqual(new vscode.Position(2, 13));
  });
});
