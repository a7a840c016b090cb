/**
 * A small stand-in for the `vscode` module in unit tests (aliased in vitest.config.ts): the value
 * types behave like VS Code's (Uri is vscode-uri, VS Code's own implementation), the editor
 * services are inert functions that tests replace with vi.spyOn.
 */
import { URI } from 'vscode-uri';

export const Uri = URI;
export type Uri = URI;

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
  compareTo(other: Position): number {
    return this.line - other.line || this.character - other.character;
  }
  isBefore(other: Position): boolean {
    return this.compareTo(other) < 0;
  }
  isAfter(other: Position): boolean {
    return this.compareTo(other) > 0;
  }
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(start: Position, end: Position);
  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number);
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = a instanceof Position ? a : new Position(a, b as number);
    this.end = b instanceof Position ? b : new Position(c!, d!);
  }
  contains(position: Position): boolean {
    return !position.isBefore(this.start) && !position.isAfter(this.end);
  }
}

export class Location {
  constructor(
    readonly uri: URI,
    readonly range: Range,
  ) {}
}

export enum SymbolKind {
  File = 0,
  Module = 1,
  Namespace = 2,
  Package = 3,
  Class = 4,
  Method = 5,
  Property = 6,
  Field = 7,
  Constructor = 8,
  Enum = 9,
  Interface = 10,
  Function = 11,
  Variable = 12,
  Constant = 13,
  String = 14,
  Number = 15,
  Boolean = 16,
  Array = 17,
  Object = 18,
  Key = 19,
  Null = 20,
  EnumMember = 21,
  Struct = 22,
  Event = 23,
  Operator = 24,
  TypeParameter = 25,
}

export class SymbolInformation {
  constructor(
    readonly name: string,
    readonly kind: SymbolKind,
    readonly containerName: string,
    readonly location: Location,
  ) {}
}

export class RelativePattern {
  readonly baseUri: URI;
  readonly base: string;
  constructor(
    base: URI | string,
    readonly pattern: string,
  ) {
    this.baseUri = typeof base === 'string' ? URI.file(base) : base;
    this.base = this.baseUri.fsPath;
  }
}

export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}

export class ThemeIcon {
  constructor(readonly id: string) {}
}

export class TreeItem {
  id?: string;
  description?: string | boolean;
  tooltip?: string;
  iconPath?: ThemeIcon;
  contextValue?: string;
  command?: { command: string; title: string; arguments?: unknown[] };
  constructor(
    readonly label: string,
    readonly collapsibleState: TreeItemCollapsibleState = TreeItemCollapsibleState.None,
  ) {}
}

export class EventEmitter<T> {
  private listeners = new Set<(value: T) => void>();
  readonly event = (listener: (value: T) => void) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
  Two = 2,
}

export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}

function inert(): undefined {
  return undefined;
}

export const window = {
  activeTextEditor: undefined as unknown,
  showInformationMessage: async (..._args: unknown[]): Promise<string | undefined> => undefined,
  showErrorMessage: async (..._args: unknown[]): Promise<string | undefined> => undefined,
  showQuickPick: async <T>(_items: T[] | Promise<T[]>, _options?: unknown): Promise<T | undefined> => undefined,
  showTextDocument: async (..._args: unknown[]): Promise<unknown> => undefined,
  withProgress: async <R>(_options: unknown, task: () => Promise<R>): Promise<R> => task(),
  setStatusBarMessage: inert,
  createStatusBarItem: () => ({ text: '', tooltip: '', command: undefined, name: '', show: inert, hide: inert, dispose: inert }),
  /** A panel whose page is kept as HTML; `post` plays a message from the page. */
  createWebviewPanel: (_viewType: string, title: string) => {
    const listeners: ((message: unknown) => unknown)[] = [];
    return {
      title,
      webview: {
        html: '',
        cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
        onDidReceiveMessage: (listener: (message: unknown) => unknown) => (listeners.push(listener), { dispose: inert }),
        post: (message: unknown) => listeners.forEach((l) => l(message)),
      },
      onDidDispose: () => ({ dispose: inert }),
      reveal: inert,
      dispose: inert,
    };
  },
};

export const commands = {
  executeCommand: async (..._args: unknown[]): Promise<unknown> => undefined,
  registerCommand: () => ({ dispose: inert }),
};

const settings = new Map<string, unknown>();

export const workspace = {
  workspaceFolders: undefined as Array<{ uri: URI; name: string; index: number }> | undefined,
  /** Tests set values with `setSetting`. */
  getConfiguration: (section?: string) => ({
    get: (key: string) => settings.get(section ? `${section}.${key}` : key),
  }),
  findFiles: async (..._args: unknown[]): Promise<URI[]> => [],
  openTextDocument: async (..._args: unknown[]): Promise<unknown> => undefined,
};

/** Test helper (not in VS Code): sets a setting `getConfiguration` returns. */
export function setSetting(key: string, value: unknown): void {
  settings.set(key, value);
}

export const languages = {
  match: (..._args: unknown[]): number => 0,
};
