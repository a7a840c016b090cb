import * as vscode from 'vscode';
import { ArticleScope } from './article-scope.js';
import { SeedlensClient } from './client.js';
import { EntitiesTreeProvider, SHOW_MENTIONS_COMMAND, type EntityNode } from './entities-tree.js';
import { EntityCatalog } from './entity-catalog.js';
import { peekMentions, showEntityAtCursor } from './entity-mentions.js';
import { goToRelatedArticle } from './related-quick-pick.js';
import { RESTART_COMMAND, StatusBar } from './status-bar.js';
import { showCorpusTimeline, showEntityTimeline, type EntityTarget } from './timeline-commands.js';
import { TimelinePanel } from './timeline-webview.js';
import { MapPanel } from './map-webview.js';

let client: SeedlensClient | undefined;

function isEntityNode(value: unknown): value is EntityNode {
  return value !== null && typeof value === 'object' && (value as { kind?: unknown }).kind === 'entity';
}

/** Wires the pieces together; each lives in its own module. */
export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('seedlens', { log: true });
  const seedlens = new SeedlensClient(context.asAbsolutePath('dist/server.cjs'), output);
  client = seedlens;
  const catalog = new EntityCatalog(seedlens);
  const tree = new EntitiesTreeProvider(catalog, (message) => output.warn(message));
  const status = new StatusBar(seedlens);
  const timeline = new TimelinePanel();
  const map = new MapPanel();
  let scope = ArticleScope.current();
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const setArticleEditorContext = () => {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'seedlens.articleEditor', document !== undefined && scope.isArticle(document));
  };

  /** The server starts only for a workspace that has articles, or once one is opened. */
  const startIfArticles = async () => {
    if (seedlens.state !== 'stopped') return;
    if (vscode.workspace.textDocuments.some((d) => scope.isArticle(d)) || (await scope.hasArticles())) await seedlens.start();
  };

  /** The article globs or folders changed: a new document selector, so a new client. */
  const rescope = async () => {
    scope = ArticleScope.current();
    setArticleEditorContext();
    if (seedlens.state === 'stopped') await startIfArticles();
    else await seedlens.restart();
  };

  const run =
    <A extends unknown[]>(task: (...args: A) => Promise<unknown>) =>
    async (...args: A) => {
      try {
        await task(...args);
      } catch (error) {
        void vscode.window.showErrorMessage(`seedlens: ${error instanceof Error ? error.message : String(error)}`);
      }
    };

  const entityTarget = (arg: unknown): EntityTarget | undefined => {
    if (isEntityNode(arg)) return { id: arg.entity.id, name: arg.entity.name };
    const editor = vscode.window.activeTextEditor;
    return editor && { uri: editor.document.uri, position: editor.selection.active };
  };

  context.subscriptions.push(
    output,
    catalog,
    tree,
    status,
    timeline,
    map,
    vscode.window.registerTreeDataProvider('seedlens.entities', tree),
    vscode.commands.registerCommand('seedlens.goToRelatedArticle', run(() => goToRelatedArticle(seedlens, vscode.window.activeTextEditor))),
    vscode.commands.registerCommand('seedlens.showEntity', run(() => showEntityAtCursor(seedlens, vscode.window.activeTextEditor))),
    vscode.commands.registerCommand('seedlens.showTimeline', run(() => showCorpusTimeline(seedlens, timeline))),
    vscode.commands.registerCommand('seedlens.showMap', run(() => map.show(seedlens))),
    vscode.commands.registerCommand(
      'seedlens.showEntityTimeline',
      run(async (arg?: unknown) => {
        const target = entityTarget(arg);
        if (target) await showEntityTimeline(seedlens, timeline, target);
        else void vscode.window.showInformationMessage('seedlens: put the cursor on an actor, place or date in an article.');
      }),
    ),
    vscode.commands.registerCommand(
      'seedlens.reindexArticles',
      run(async () => {
        await seedlens.start();
        status.update({ indexing: true });
        const summary = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'seedlens: indexing' }, () => seedlens.reindex());
        if (summary) vscode.window.setStatusBarMessage(`seedlens: ${summary.articles} articles indexed in ${summary.durationMs} ms`, 5000);
        status.watchIndexing();
      }),
    ),
    vscode.commands.registerCommand(RESTART_COMMAND, run(() => seedlens.restart())),
    vscode.commands.registerCommand('seedlens.refreshEntities', () => catalog.invalidate()),
    vscode.commands.registerCommand(
      SHOW_MENTIONS_COMMAND,
      run(async (node?: unknown) => {
        const location = isEntityNode(node) ? node.entity.location : undefined;
        if (location) await peekMentions(seedlens, location.uri, location.range.start);
      }),
    ),
    seedlens.onDidChangeState((state) => {
      status.update({ client: state, ...(state !== 'running' && { indexing: false }) });
      void vscode.commands.executeCommand('setContext', 'seedlens.active', state !== 'stopped');
      if (state === 'running') {
        catalog.invalidate();
        status.watchIndexing();
      }
    }),
    seedlens.onDidIndex((summary) => {
      status.update({ indexing: false, articles: summary.articles, entities: summary.entities, lastIndex: summary });
      catalog.invalidate();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('seedlens.articles.include') || event.affectsConfiguration('seedlens.articles.exclude')) void run(rescope)();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void run(rescope)()),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (seedlens.state === 'stopped' && scope.isArticle(document)) void run(startIfArticles)();
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (!scope.isArticle(document)) return;
      // Saved edits may add or drop entities; the server re-analyses first, then the lists are asked again.
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = setTimeout(() => {
        catalog.invalidate();
        status.watchIndexing();
      }, 500);
    }),
    vscode.window.onDidChangeActiveTextEditor(setArticleEditorContext),
    { dispose: () => saveTimer && clearTimeout(saveTimer) },
  );

  setArticleEditorContext();
  void run(startIfArticles)();
}

export async function deactivate(): Promise<void> {
  await client?.dispose();
  client = undefined;
}
