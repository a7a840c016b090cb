import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  ReferencesRequest,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ArticleScope } from './article-scope.js';
import { CrashPolicy } from './crash-policy.js';
import {
  METHODS,
  SERVER_COMMANDS,
  type ArticleDateItem,
  type ArticleDatesParams,
  type DatedMention,
  type EntitiesParams,
  type EntityAtParams,
  type EntityPage,
  type EntityRef,
  type IndexSummary,
  type PlaceItem,
  type PlacesParams,
  type RelatedArticleItem,
  type RelatedArticlesParams,
  type StatusResult,
  type TimelineParams,
} from './protocol.js';

export type ClientState = 'stopped' | 'starting' | 'running' | 'failed';

/** What the extension's commands and views ask the server; every call starts the server if needed. */
export interface SeedlensServer {
  /** One page of the corpus' entities, mentioned in most articles first, with the total (`seedlens/entities`). */
  entities(params: EntitiesParams): Promise<EntityPage>;
  /** The entity mentioned at `position`, or null (`seedlens/entityAt`). */
  entityAt(uri: vscode.Uri, position: vscode.Position): Promise<EntityRef | null>;
  /** Dated mentions in time order (`seedlens/timeline`). */
  timeline(params: TimelineParams): Promise<DatedMention[]>;
  /** The articles' own dates, for the same articles as `timeline` with the same params (`seedlens/articleDates`). */
  articleDates(params: ArticleDatesParams): Promise<ArticleDateItem[]>;
  /** The places with coordinates, in most articles first, with their top articles (`seedlens/places`). */
  places(params: PlacesParams): Promise<PlaceItem[]>;
  /** Every mention of the entity at `position`, the position's own included; [] when there is none. */
  references(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Location[]>;
  /** Articles related to `uri`, best first; null when the server does not hold that article. */
  relatedArticles(uri: vscode.Uri, limit?: number): Promise<RelatedArticleItem[] | null>;
  status(): Promise<StatusResult>;
  /** Reads every article again; null when a newer indexing superseded this one. */
  reindex(): Promise<IndexSummary | null>;
}

/**
 * The language client of the bundled server: started for the articles of the workspace (see
 * ArticleScope), restarted when it crashes (a few times, then it asks the user), and started
 * afresh when the article globs or the workspace folders change.
 */
export class SeedlensClient implements SeedlensServer, vscode.Disposable {
  private client: LanguageClient | undefined;
  private current: ClientState = 'stopped';
  private gaveUp = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly crashes = new CrashPolicy();
  private readonly stateEmitter = new vscode.EventEmitter<ClientState>();
  private readonly indexedEmitter = new vscode.EventEmitter<IndexSummary>();
  /** The client's state: stopped (never started or stopped on purpose), starting, running, failed. */
  readonly onDidChangeState = this.stateEmitter.event;
  /** The server finished (re-)indexing the workspace. */
  readonly onDidIndex = this.indexedEmitter.event;

  constructor(
    private readonly serverModule: string,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  get state(): ClientState {
    return this.current;
  }

  /** Starts the server unless it runs; resolves when it is ready. */
  start(): Promise<LanguageClient> {
    return this.serialize(async () => {
      if (this.client && this.client.state === State.Running) return this.client;
      await this.disposeClient();
      this.crashes.reset();
      this.gaveUp = false;
      const client = this.createClient(ArticleScope.current());
      this.client = client;
      this.setState('starting');
      try {
        await client.start();
      } catch (error) {
        this.output.error(`the server did not start: ${error instanceof Error ? error.message : String(error)}`);
        this.setState('failed');
        throw error;
      }
      this.setState('running');
      return client;
    });
  }

  /** Stops the server (if it runs) and starts a new one with the current settings and folders. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  stop(): Promise<void> {
    return this.serialize(async () => {
      await this.disposeClient();
      this.setState('stopped');
    });
  }

  async entities(params: EntitiesParams): Promise<EntityPage> {
    const client = await this.running();
    return client.sendRequest<EntityPage>(METHODS.entities, params);
  }

  async entityAt(uri: vscode.Uri, position: vscode.Position): Promise<EntityRef | null> {
    const client = await this.running();
    const params: EntityAtParams = { uri: uri.toString(), position: { line: position.line, character: position.character } };
    return client.sendRequest<EntityRef | null>(METHODS.entityAt, params);
  }

  async timeline(params: TimelineParams): Promise<DatedMention[]> {
    const client = await this.running();
    return client.sendRequest<DatedMention[]>(METHODS.timeline, params);
  }

  async articleDates(params: ArticleDatesParams): Promise<ArticleDateItem[]> {
    const client = await this.running();
    return client.sendRequest<ArticleDateItem[]>(METHODS.articleDates, params);
  }

  async places(params: PlacesParams): Promise<PlaceItem[]> {
    const client = await this.running();
    return client.sendRequest<PlaceItem[]>(METHODS.places, params);
  }

  async references(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Location[]> {
    const client = await this.running();
    const locations = await client.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uri.toString() },
      position: { line: position.line, character: position.character },
      context: { includeDeclaration: true },
    });
    return (await client.protocol2CodeConverter.asReferences(locations ?? [])) ?? [];
  }

  async relatedArticles(uri: vscode.Uri, limit?: number): Promise<RelatedArticleItem[] | null> {
    const client = await this.running();
    const params: RelatedArticlesParams = { uri: uri.toString(), ...(limit !== undefined && { limit }) };
    return client.sendRequest<RelatedArticleItem[] | null>(METHODS.relatedArticles, params);
  }

  async status(): Promise<StatusResult> {
    const client = await this.running();
    return client.sendRequest<StatusResult>(METHODS.status);
  }

  async reindex(): Promise<IndexSummary | null> {
    const client = await this.running();
    const summary: unknown = await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.reindex, arguments: [] });
    return summary !== null && typeof summary === 'object' ? (summary as IndexSummary) : null;
  }

  async dispose(): Promise<void> {
    await this.stop();
    this.stateEmitter.dispose();
    this.indexedEmitter.dispose();
  }

  private async running(): Promise<LanguageClient> {
    if (this.client && this.client.state === State.Running) return this.client;
    if (this.current === 'failed') throw new Error('the seedlens server is not running (seedlens: Restart Server starts it again)');
    return this.start();
  }

  /** Lifecycle steps one after another: a restart never overlaps a start. */
  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private setState(state: ClientState): void {
    if (state === this.current) return;
    this.current = state;
    this.stateEmitter.fire(state);
  }

  private async disposeClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      if (client.needsStop()) await client.stop(2000);
    } catch (error) {
      this.output.warn(`stopping the server: ${error instanceof Error ? error.message : String(error)}`);
    }
    await client.dispose().catch(() => undefined);
  }

  private createClient(scope: ArticleScope): LanguageClient {
    const module = this.serverModule;
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: scope.selector,
      outputChannel: this.output,
      // The server pulls `seedlens.*` (workspace/configuration) once initialised; these count until then.
      initializationOptions: { seedlens: vscode.workspace.getConfiguration().get('seedlens') },
      // Documents VS Code opens without showing them (the timeline reads article lines) stay out of the server.
      textSynchronization: { delayOpenNotifications: true },
      middleware: {
        // Exclude globs have no place in a document selector: excluded articles are simply not sent.
        didOpen: (document, next) => (scope.isExcluded(document) ? Promise.resolve() : next(document)),
      },
      markdown: { isTrusted: false, supportHtml: false },
      errorHandler: {
        error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
        closed: () => {
          if (this.crashes.onCrash(Date.now()) === 'restart') {
            this.output.warn('the server stopped unexpectedly; starting it again');
            return { action: CloseAction.Restart, handled: true };
          }
          this.gaveUp = true;
          void this.offerRestart();
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };
    const client = new LanguageClient('seedlens', 'seedlens', serverOptions, clientOptions);
    client.onNotification(METHODS.indexed, (summary: IndexSummary) => this.indexedEmitter.fire(summary));
    client.onDidChangeState(({ newState }) => {
      if (this.client !== client) return;
      if (newState === State.Running) this.setState('running');
      else if (newState === State.Starting) this.setState('starting');
      else this.setState(this.gaveUp || newState === State.StartFailed ? 'failed' : 'stopped');
    });
    return client;
  }

  private async offerRestart(): Promise<void> {
    const choice = await vscode.window.showErrorMessage(
      'The seedlens server keeps stopping. See Output → seedlens for what it said.',
      'Restart',
      'Show Output',
    );
    if (choice === 'Restart') await this.restart().catch(() => undefined);
    else if (choice === 'Show Output') this.output.show();
  }
}
