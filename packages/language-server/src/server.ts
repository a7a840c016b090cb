// The language server: the one module that talks to the client. It wires LSP messages to the
// workspace (workspace.ts: the corpus of the workspace folders and the open documents) and to the
// features, each a pure function of the corpus view in features/; request parameters are
// checked in client-params.ts.
import { Console } from 'node:console';
import { QuerySyntaxError } from '@seedlens/query';
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  InlayHintRefreshRequest,
  LSPErrorCodes,
  ResponseError,
  SemanticTokensRefreshRequest,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Message,
  type MessageStrategy,
} from 'vscode-languageserver';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import {
  changedDocument,
  entitiesParams,
  entityAtParams,
  fileChanges,
  includeDeclarationParam,
  invalid,
  notifiedUri,
  openedDocument,
  positionParam,
  queryParam,
  rangeParam,
  relatedArticlesParams,
  timelineParams,
  uriParam,
} from './client-params.js';
import { COMMAND_IDS } from './commands.js';
import { executeCommand } from './execute-command.js';
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
import { articleDates } from './features/article-dates.js';
import { places } from './features/places.js';
import { placesParams } from './client-params.js';
import { ArticleDatesRequest, PlacesRequest } from './protocol.js';
import { workspaceSymbols } from './features/workspace-symbols.js';
import { fileWatchers } from './file-watchers.js';
import { FrameGuard } from './framing.js';
import { Lifecycle, type IncomingMessage } from './lifecycle.js';
import {
  EntitiesRequest,
  EntityAtRequest,
  IndexedNotification,
  RelatedArticlesRequest,
  StatusRequest,
  TimelineRequest,
} from './protocol.js';
import { readSettings, type Settings } from './settings.js';
import { workDoneProgress } from './work-done-progress.js';
import { Workspace } from './workspace.js';

export interface ServerOptions {
  /** Pause in typing before an edited document is analysed again (default 150 ms). */
  debounceMs?: number;
}

const REFRESH_DELAY_MS = 50;
/** The method a refused request is handed on as (see `guardedConnection`). */
const REFUSED = '$/seedlens/refused';

/**
 * A connection made from the command line (`--stdio`, `--node-ipc` or `--socket=N`), whose
 * incoming messages pass the session's lifecycle first (lifecycle.ts): a request it refuses is
 * handed on as a request for REFUSED with the error as its params, which the server answers
 * with that error. Over stdio the framing is checked too (framing.ts); what is wrong with it is
 * logged on stderr and then sent to the client.
 */
function guardedConnection(lifecycle: Lifecycle, report: { problem(message: string): void }): { connection: Connection; refusals: WeakSet<object> } {
  const refusals = new WeakSet<object>();
  const messageStrategy: MessageStrategy = {
    handleMessage(message: Message, next) {
      const admitted = lifecycle.admit(message as IncomingMessage);
      if (admitted === 'drop') return;
      if ('refuse' in admitted) {
        const params = { ...admitted.refuse };
        refusals.add(params);
        return next({ jsonrpc: message.jsonrpc, id: (message as IncomingMessage).id, method: REFUSED, params } as Message);
      }
      return next(admitted.handle as Message);
    },
  };
  if (!process.argv.includes('--stdio')) return { connection: createConnection(ProposedFeatures.all, { messageStrategy }), refusals };
  // Given streams of its own, vscode-languageserver leaves the console alone: stdout is the
  // protocol's, so anything logged goes to stderr.
  const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
  for (const method of ['log', 'info', 'debug', 'warn', 'error', 'dir', 'trace'] as const) console[method] = toStderr[method].bind(toStderr);
  const input = process.stdin.pipe(new FrameGuard((problem) => report.problem(problem)));
  return { connection: createConnection(ProposedFeatures.all, input, process.stdout, { messageStrategy }), refusals };
}

/**
 * Serves seedlens over `connection`, by default one made from the command line (`--stdio`,
 * `--node-ipc` or `--socket=N`) that keeps to LSP's lifecycle: requests before `initialize` are
 * answered ServerNotInitialized, a second `initialize` and requests after `shutdown` InvalidRequest.
 * A connection given is used as it is.
 */
export function startServer(given?: Connection, options: ServerOptions = {}): Connection {
  const report = {
    problem(message: string) {
      process.stderr.write(`seedlens-language-server: ${message}\n`);
      if (lifecycle.initialized) connection.console.error(`seedlens: ${message}`);
    },
  };
  const lifecycle = new Lifecycle();
  const guarded = given ? undefined : guardedConnection(lifecycle, report);
  const connection = given ?? guarded!.connection;
  if (guarded) {
    connection.onRequest(REFUSED, (params: unknown) =>
      params !== null && typeof params === 'object' && guarded.refusals.has(params)
        ? new ResponseError((params as { code: number }).code, (params as { message: string }).message)
        : new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${REFUSED}`),
    );
  }
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
      warn: (message) => void (log(message), connection.sendNotification('window/showMessage', { type: 2 /* Warning */, message }).catch(() => undefined)),
      progress: (title) => workDoneProgress(connection, title),
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
    const watchers = fileWatchers(roots, workspace.getSettings().articles.include, files.relativePatternSupport === true);
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
    const opened = openedDocument(params);
    if (opened) workspace.didOpen(opened.uri, opened.text, opened.version);
  });

  connection.onDidChangeTextDocument((params) => {
    const changed = changedDocument(params);
    if (changed) workspace.didChange(changed.uri, changed.changes, changed.version);
  });

  connection.onDidCloseTextDocument((params) => {
    const uri = notifiedUri(params);
    if (uri !== undefined) void workspace.didClose(uri);
  });

  // Saved text is the buffer's, already analysed; without file watching this is when a save lands.
  connection.onDidSaveTextDocument((params) => {
    const uri = notifiedUri(params);
    if (uri !== undefined) workspace.flush(uri);
  });

  connection.onDidChangeWatchedFiles((params) => workspace.filesChanged(fileChanges(params)));

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
    answer(token, () => references(workspace.view(), uriParam(params), positionParam(params), { includeDeclaration: includeDeclarationParam(params), token }) ?? null),
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
  connection.onWorkspaceSymbol((params, token) => answer(token, () => workspaceSymbols(workspace.view(), queryParam(params), { token }) ?? []));
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
      const { uri, limit } = relatedArticlesParams(params);
      return relatedArticles(workspace.view(), uri, { limit });
    }),
  );
  connection.onRequest(EntitiesRequest, (params, token) => answer(token, () => entities(workspace.view(), entitiesParams(params))));
  connection.onRequest(TimelineRequest, (params, token) =>
    answer(token, () => {
      const options = timelineParams(params);
      try {
        return timeline(workspace.view(), options);
      } catch (error) {
        if (error instanceof QuerySyntaxError) throw invalid(error.message);
        throw error;
      }
    }),
  );
  connection.onRequest(ArticleDatesRequest, (params, token) =>
    answer(token, () => {
      const options = timelineParams(params);
      try {
        return articleDates(workspace.view(), options);
      } catch (error) {
        if (error instanceof QuerySyntaxError) throw invalid(error.message);
        throw error;
      }
    }),
  );
  connection.onRequest(PlacesRequest, (params, token) => answer(token, () => places(workspace.view(), placesParams(params))));
  connection.onRequest(EntityAtRequest, (params, token) =>
    answer(token, () => {
      const { uri, position } = entityAtParams(params);
      return entityAt(workspace.view(), uri, position);
    }),
  );
  connection.onRequest(StatusRequest, () => ({
    indexing: workspace.isIndexing,
    analysing: workspace.analysing,
    indexingOpen: workspace.indexingOpen,
    articles: workspace.corpus.size,
    entities: entityCount(workspace.corpus),
    lastIndex: workspace.lastIndex,
  }));

  connection.onExecuteCommand((params) =>
    executeCommand(params, {
      canShowDocument: capabilities.window?.showDocument?.support === true,
      showDocument: async (uri) => (await connection.window.showDocument({ uri, takeFocus: true })).success,
      reindex: () => workspace.index(),
    }),
  );

  connection.onShutdown(() => workspace.dispose());
  connection.listen();
  return connection;
}
