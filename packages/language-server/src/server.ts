import type { MentionType } from '@seedlens/core';
import { QuerySyntaxError } from '@seedlens/query';
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  InlayHintRefreshRequest,
  LSPErrorCodes,
  ResponseError,
  SemanticTokensRefreshRequest,
  TextDocumentSyncKind,
  WatchKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type FileSystemWatcher,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { COMMANDS, COMMAND_IDS, openRelatedTarget } from './commands.js';
import { codeLenses } from './features/code-lens.js';
import { completion } from './features/completion.js';
import { definition } from './features/definition.js';
import { entities, entityCount } from './features/entities.js';
import { entityAt } from './features/entity-at.js';
import { documentHighlights } from './features/document-highlight.js';
import { documentSymbols, flattenSymbols } from './features/document-symbols.js';
import { hover } from './features/hover.js';
import { inlayHints } from './features/inlay-hints.js';
import { references } from './features/references.js';
import { relatedArticles } from './features/related-articles.js';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semantic-tokens.js';
import { timeline } from './features/timeline.js';
import { workspaceSymbols } from './features/workspace-symbols.js';
import {
  EntitiesRequest,
  EntityAtRequest,
  IndexedNotification,
  RelatedArticlesRequest,
  StatusRequest,
  TimelineRequest,
} from './protocol.js';
import { readSettings, type Settings } from './settings.js';
import { canonicalUri } from './uris.js';
import { Workspace, type FileChange, type ProgressSink } from './workspace.js';

export interface ServerOptions {
  /** Pause in typing before an edited document is analysed again (default 150 ms). */
  debounceMs?: number;
}

const REFRESH_DELAY_MS = 50;
const PROGRESS_CREATE_TIMEOUT_MS = 2000;

// ---------------------------------------------------------------- parameter checks
// Clients are not trusted: a malformed request gets InvalidParams, never an exception.

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalid(`${what} must be an object`);
  return value as Record<string, unknown>;
}

function uriParam(params: unknown): string {
  const document = record(record(params, 'params')['textDocument'], 'textDocument');
  const uri = document['uri'];
  if (typeof uri !== 'string' || uri.length === 0) throw invalid('textDocument.uri must be a non-empty string');
  return canonicalUri(uri);
}

function positionOf(value: unknown, what: string): Position {
  const position = record(value, what);
  const { line, character } = position;
  if (typeof line !== 'number' || typeof character !== 'number' || Number.isNaN(line) || Number.isNaN(character)) {
    throw invalid(`${what} must have numeric line and character`);
  }
  // Out-of-range positions are clamped to the document, as LSP asks.
  return { line: Math.max(0, Math.floor(line)), character: Math.max(0, Math.floor(character)) };
}

function positionParam(params: unknown): Position {
  return positionOf(record(params, 'params')['position'], 'position');
}

function rangeParam(params: unknown): { start: Position; end: Position } {
  const range = record(record(params, 'params')['range'], 'range');
  return { start: positionOf(range['start'], 'range.start'), end: positionOf(range['end'], 'range.end') };
}

function limitParam(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1) throw invalid('limit must be a positive number');
  return Math.floor(value);
}

function offsetParam(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalid('offset must be a number of at least 0');
  return Math.floor(value);
}

/** A non-empty string when given; `what` names it in the error. */
function optionalString(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length === 0) throw invalid(`${what} must be a non-empty string`);
  return value;
}

const MENTION_TYPES: readonly MentionType[] = ['actor', 'place', 'date'];

function typeParam(value: unknown): MentionType | undefined {
  if (value === undefined || value === null) return undefined;
  if (!MENTION_TYPES.includes(value as MentionType)) throw invalid(`type must be one of ${MENTION_TYPES.join(', ')}`);
  return value as MentionType;
}

/** `uri` and `position` of a custom request (not nested in `textDocument`, unlike LSP's own). */
function articlePositionParams(p: Record<string, unknown>): { uri: string; position: Position } {
  const uri = optionalString(p['uri'], 'uri');
  if (uri === undefined) throw invalid('uri must be a non-empty string');
  return { uri: canonicalUri(uri), position: positionOf(p['position'], 'position') };
}

// ---------------------------------------------------------------- the server

/**
 * Serves seedlens over `connection` (by default one made from the command line: `--stdio`,
 * `--node-ipc` or `--socket=N`). The one module that talks to the client: it wires LSP messages
 * to the workspace and to the features, each a pure function.
 */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all), options: ServerOptions = {}): Connection {
  let capabilities: ClientCapabilities = {};
  let initializationOptions: unknown;
  let roots: string[] = [];
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;

  const log = (message: string) => connection.console.log(message);

  const refresh = () => {
    const workspace = capabilities.workspace;
    const send = (supported: boolean | undefined, type: typeof SemanticTokensRefreshRequest.type | typeof CodeLensRefreshRequest.type | typeof InlayHintRefreshRequest.type) => {
      if (supported) connection.sendRequest(type).catch(() => undefined);
    };
    send(workspace?.semanticTokens?.refreshSupport, SemanticTokensRefreshRequest.type);
    send(workspace?.codeLens?.refreshSupport, CodeLensRefreshRequest.type);
    send(workspace?.inlayHint?.refreshSupport, InlayHintRefreshRequest.type);
  };

  const workspace = new Workspace(
    {
      log,
      async progress(title): Promise<ProgressSink> {
        // A client that never answers the create request must not hold indexing up.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const reporter = await Promise.race([
          connection.window
            .createWorkDoneProgress()
            .catch(() => undefined)
            .finally(() => clearTimeout(timer)),
          new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), PROGRESS_CREATE_TIMEOUT_MS))),
        ]);
        reporter?.begin(title, 0, undefined, false);
        return {
          report: (done, total) => reporter?.report(total > 0 ? Math.floor((100 * done) / total) : 0, `${done}/${total} files`),
          done: () => reporter?.done(),
        };
      },
      changed() {
        if (refreshTimer) clearTimeout(refreshTimer);
        refreshTimer = setTimeout(() => {
          refreshTimer = undefined;
          refresh();
        }, REFRESH_DELAY_MS);
      },
      indexed(summary) {
        log(`seedlens: ${summary.articles} articles indexed in ${summary.durationMs} ms (${summary.fromCache} from cache)`);
        void connection.sendNotification(IndexedNotification, summary);
      },
    },
    { debounceMs: options.debounceMs },
  );

  /** Runs a request: malformed params and failures become JSON-RPC errors, never a crash. */
  function answer<R>(token: CancellationToken | undefined, run: () => R): R | ResponseError<void> {
    try {
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
      const result = run();
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
      return result;
    } catch (error) {
      if (error instanceof ResponseError) return error;
      const message = error instanceof Error ? error.message : String(error);
      connection.console.error(`seedlens: ${message}\n${error instanceof Error ? error.stack : ''}`);
      return new ResponseError(ErrorCodes.InternalError, message);
    }
  }

  async function loadSettings(): Promise<Settings> {
    let raw: unknown = initializationOptions;
    if (capabilities.workspace?.configuration) {
      const pulled: unknown = await connection.workspace.getConfiguration('seedlens').catch(() => undefined);
      if (pulled !== null && typeof pulled === 'object' && Object.keys(pulled).length > 0) raw = pulled;
    }
    return readSettings(raw);
  }

  async function applySettings(settings: Settings): Promise<void> {
    if (workspace.configure(settings)) {
      await registerWatchers();
      await workspace.index();
    } else {
      refresh();
    }
  }

  async function registerWatchers(): Promise<void> {
    const files = capabilities.workspace?.didChangeWatchedFiles;
    if (!files?.dynamicRegistration) return;
    const relative = files.relativePatternSupport === true;
    const include = workspace.getSettings().articles.include;
    const watchers: FileSystemWatcher[] = relative && roots.length > 0
      ? roots.flatMap((baseUri) => include.map((pattern) => ({ globPattern: { baseUri, pattern } })))
      : include.map((pattern) => ({ globPattern: pattern }));
    // A deleted folder is reported as the folder alone; its articles must go too.
    watchers.push({ globPattern: '**/*', kind: WatchKind.Delete });
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
      log(`seedlens: could not watch files (${String(error)}); changes are picked up when documents are saved`);
    });
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities ?? {};
    initializationOptions = params.initializationOptions;
    const folders = Array.isArray(params.workspaceFolders) ? params.workspaceFolders.map((f) => f.uri) : [];
    roots = folders.length > 0 ? folders : params.rootUri ? [params.rootUri] : [];
    workspace.setRoots(roots);
    workspace.configure(readSettings(initializationOptions));
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'seedlens' },
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        completionProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
        executeCommandProvider: { commands: COMMAND_IDS },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'seedlens-language-server' },
    };
  });

  connection.onInitialized(async () => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'seedlens' }).catch(() => undefined);
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        roots = [...roots.filter((uri) => !removed.has(uri)), ...event.added.map((f) => f.uri)];
        if (workspace.setRoots(roots)) {
          await registerWatchers();
          await workspace.index();
        }
      });
    }
    workspace.configure(await loadSettings());
    await registerWatchers();
    await workspace.index();
  });

  connection.onDidChangeConfiguration(async (params) => {
    const settings = capabilities.workspace?.configuration ? await loadSettings() : readSettings(params?.settings);
    await applySettings(settings);
  });

  // ------------------------------------------------------------ documents

  connection.onDidOpenTextDocument((params) => {
    const document = params?.textDocument;
    if (typeof document?.uri !== 'string' || typeof document.text !== 'string') return;
    workspace.didOpen(canonicalUri(document.uri), document.text, typeof document.version === 'number' ? document.version : 0);
  });

  connection.onDidChangeTextDocument((params) => {
    const document = params?.textDocument;
    if (typeof document?.uri !== 'string' || !Array.isArray(params.contentChanges)) return;
    const changes = params.contentChanges.filter(
      (c: unknown): c is TextDocumentContentChangeEvent =>
        c !== null && typeof c === 'object' && typeof (c as { text?: unknown }).text === 'string',
    );
    workspace.didChange(canonicalUri(document.uri), changes, typeof document.version === 'number' ? document.version : 0);
  });

  connection.onDidCloseTextDocument((params) => {
    if (typeof params?.textDocument?.uri === 'string') void workspace.didClose(canonicalUri(params.textDocument.uri));
  });

  // Saved text is the buffer's, already analysed; without file watching this is when a save lands.
  connection.onDidSaveTextDocument((params) => {
    if (typeof params?.textDocument?.uri === 'string') workspace.flush(canonicalUri(params.textDocument.uri));
  });

  connection.onDidChangeWatchedFiles((params) => {
    const types: Record<number, FileChange['type']> = {
      [FileChangeType.Created]: 'created',
      [FileChangeType.Changed]: 'changed',
      [FileChangeType.Deleted]: 'deleted',
    };
    const changes = (Array.isArray(params?.changes) ? params.changes : []).flatMap((c): FileChange[] => {
      const type = types[c?.type];
      return typeof c?.uri === 'string' && type ? [{ uri: canonicalUri(c.uri), type }] : [];
    });
    workspace.filesChanged(changes);
  });

  // ------------------------------------------------------------ features

  connection.languages.semanticTokens.on((params, token) =>
    answer(token, () => semanticTokens(workspace.view(), uriParam(params), { style: workspace.getSettings().tokenStyle }) ?? { data: [] }),
  );
  connection.languages.semanticTokens.onRange((params, token) =>
    answer(token, () =>
      semanticTokens(workspace.view(), uriParam(params), { style: workspace.getSettings().tokenStyle, range: rangeParam(params) }) ?? { data: [] },
    ),
  );
  connection.onHover((params, token) => answer(token, () => hover(workspace.view(), uriParam(params), positionParam(params))));
  connection.onDefinition((params, token) => answer(token, () => definition(workspace.view(), uriParam(params), positionParam(params))));
  connection.onReferences((params, token) =>
    answer(token, () => {
      const context = params?.context as { includeDeclaration?: unknown } | undefined;
      const includeDeclaration = context?.includeDeclaration !== false;
      return references(workspace.view(), uriParam(params), positionParam(params), { includeDeclaration, token }) ?? null;
    }),
  );
  connection.onDocumentHighlight((params, token) =>
    answer(token, () => documentHighlights(workspace.view(), uriParam(params), positionParam(params))),
  );
  connection.onDocumentSymbol((params, token) =>
    answer(token, () => {
      const uri = uriParam(params);
      const symbols = documentSymbols(workspace.view(), uri);
      if (!symbols) return null;
      return capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? symbols : flattenSymbols(uri, symbols);
    }),
  );
  connection.onWorkspaceSymbol((params, token) =>
    answer(token, () => {
      const query = record(params, 'params')['query'];
      if (typeof query !== 'string') throw invalid('query must be a string');
      return workspaceSymbols(workspace.view(), query, { token }) ?? [];
    }),
  );
  connection.onCodeLens((params, token) =>
    answer(token, () => {
      const uri = uriParam(params);
      const { codeLens } = workspace.getSettings();
      return codeLens.enabled ? codeLenses(workspace.view(), uri, { limit: codeLens.limit }) : [];
    }),
  );
  connection.languages.inlayHint.on((params, token) =>
    answer(token, () => {
      const uri = uriParam(params);
      const range = rangeParam(params);
      return workspace.getSettings().inlayHints.enabled ? inlayHints(workspace.view(), uri, range) : [];
    }),
  );
  connection.onCompletion((params, token) => answer(token, () => completion(workspace.view(), uriParam(params), positionParam(params))));

  connection.onRequest(RelatedArticlesRequest, (params, token) =>
    answer(token, () => {
      const p = record(params, 'params');
      if (typeof p['uri'] !== 'string' || p['uri'].length === 0) throw invalid('uri must be a non-empty string');
      return relatedArticles(workspace.view(), canonicalUri(p['uri']), { limit: limitParam(p['limit']) });
    }),
  );
  connection.onRequest(EntitiesRequest, (params, token) =>
    answer(token, () => {
      // No params at all means the first page of every entity.
      const p = params === undefined || params === null ? {} : record(params, 'params');
      return entities(workspace.view(), { type: typeParam(p['type']), limit: limitParam(p['limit']), offset: offsetParam(p['offset']) });
    }),
  );
  connection.onRequest(TimelineRequest, (params, token) =>
    answer(token, () => {
      const p = params === undefined || params === null ? {} : record(params, 'params');
      const entityId = optionalString(p['entityId'], 'entityId');
      const at = p['uri'] !== undefined || p['position'] !== undefined ? articlePositionParams(p) : undefined;
      if (entityId !== undefined && at) throw invalid('give entityId or uri and position, not both');
      const query = p['query'];
      if (query !== undefined && query !== null && typeof query !== 'string') throw invalid('query must be a string');
      try {
        return timeline(workspace.view(), { entityId, ...at, query: query ?? undefined, limit: limitParam(p['limit']) });
      } catch (error) {
        if (error instanceof QuerySyntaxError) throw invalid(error.message);
        throw error;
      }
    }),
  );
  connection.onRequest(EntityAtRequest, (params, token) =>
    answer(token, () => {
      const { uri, position } = articlePositionParams(record(params, 'params'));
      return entityAt(workspace.view(), uri, position);
    }),
  );
  connection.onRequest(StatusRequest, () => ({
    indexing: workspace.isIndexing,
    articles: workspace.corpus.size,
    entities: entityCount(workspace.corpus),
    lastIndex: workspace.lastIndex,
  }));

  connection.onExecuteCommand(async (params) => {
    try {
      const command = record(params, 'params')['command'];
      if (command === COMMANDS.openRelated) {
        const uri = openRelatedTarget(params.arguments);
        if (!uri) throw invalid(`${COMMANDS.openRelated} takes one argument, the URI of an article`);
        if (!capabilities.window?.showDocument?.support) return { uri, shown: false };
        const shown = await connection.window.showDocument({ uri, takeFocus: true });
        return { uri, shown: shown.success };
      }
      if (command === COMMANDS.reindex) return (await workspace.index()) ?? null;
      throw invalid(`unknown command ${String(command)}; known: ${COMMAND_IDS.join(', ')}`);
    } catch (error) {
      if (error instanceof ResponseError) return error;
      return new ResponseError(ErrorCodes.InternalError, error instanceof Error ? error.message : String(error));
    }
  });

  connection.onShutdown(() => workspace.dispose());
  connection.listen();
  return connection;
}
