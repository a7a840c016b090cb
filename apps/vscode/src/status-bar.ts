import * as vscode from 'vscode';
import type { ClientState, SeedlensServer } from './client.js';
import type { IndexSummary } from './protocol.js';

/** What the status-bar item shows. */
export interface StatusModel {
  client: ClientState;
  indexing: boolean;
  articles?: number;
  entities?: number;
  lastIndex?: IndexSummary | null;
}

export interface StatusView {
  visible: boolean;
  text: string;
  tooltip: string;
  command?: string;
}

export const RESTART_COMMAND = 'seedlens.restartServer';
export const ENTITIES_VIEW_FOCUS = 'seedlens.entities.focus';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Text, tooltip and click action of the item for a state; hidden while no server was started. */
export function statusView(model: StatusModel): StatusView {
  switch (model.client) {
    case 'stopped':
      return { visible: false, text: '', tooltip: '' };
    case 'failed':
      return { visible: true, text: '$(error) seedlens', tooltip: 'The seedlens server stopped. Click to start it again.', command: RESTART_COMMAND };
    case 'starting':
      return { visible: true, text: '$(loading~spin) seedlens', tooltip: 'Starting the seedlens server…' };
    case 'running':
      break;
  }
  if (model.indexing) {
    return { visible: true, text: '$(loading~spin) seedlens: indexing…', tooltip: 'Reading the articles of the workspace…', command: ENTITIES_VIEW_FOCUS };
  }
  const parts = [plural(model.articles ?? 0, 'article')];
  if (model.entities !== undefined) parts.push(plural(model.entities, 'entity', 'entities'));
  const tooltip = [`seedlens: ${parts.join(', ')} indexed.`];
  const last = model.lastIndex;
  if (last) {
    tooltip.push(`Last indexing: ${last.analysed} analysed, ${last.fromCache} from cache, ${last.failures} failed, in ${last.durationMs} ms.`);
    if (last.truncated) tooltip.push('Stopped at seedlens.articles.maxFiles.');
  }
  tooltip.push('Click to show the Entities view.');
  return { visible: true, text: `$(book) ${parts.join(' · ')}`, tooltip: tooltip.join('\n'), command: ENTITIES_VIEW_FOCUS };
}

/** How often the server is asked whether indexing is done. */
const POLL_MS = 500;

/**
 * The status-bar item: corpus size, a spinner while indexing. The server announces finished
 * indexing (`seedlens/indexed`); whether one is running is asked (`seedlens/status`) while it is.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('seedlens.status', vscode.StatusBarAlignment.Left, 0);
  private model: StatusModel = { client: 'stopped', indexing: false };
  private poll: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly server: SeedlensServer) {
    this.item.name = 'seedlens';
  }

  update(change: Partial<StatusModel>): void {
    this.model = { ...this.model, ...change };
    const view = statusView(this.model);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = view.command;
    if (view.visible) this.item.show();
    else this.item.hide();
  }

  /** Asks the server how big the corpus is and how far indexing is, again and again until it is done. */
  watchIndexing(): void {
    if (this.poll) clearTimeout(this.poll);
    const tick = async (): Promise<void> => {
      this.poll = undefined;
      if (this.model.client !== 'running') return;
      try {
        const status = await this.server.status();
        this.update({ indexing: status.indexing, articles: status.articles, entities: status.entities, lastIndex: status.lastIndex });
        if (status.indexing) this.poll = setTimeout(() => void tick(), POLL_MS);
      } catch {
        // The server went away; its state change updates the item.
      }
    };
    void tick();
  }

  dispose(): void {
    if (this.poll) clearTimeout(this.poll);
    this.item.dispose();
  }
}
