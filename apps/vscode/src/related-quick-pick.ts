import * as vscode from 'vscode';
import type { SeedlensServer } from './client.js';
import type { RelatedArticleItem } from './protocol.js';

export interface RelatedPick extends vscode.QuickPickItem {
  uri: string;
}

const TYPE_ICONS: Record<string, string> = { actor: 'person', place: 'location', date: 'calendar' };
/** Shared entities named in one pick's detail line. */
const SHARED_SHOWN = 6;
/** Related articles asked for. */
const LIMIT = 20;

/** Article text shown in a quick pick: `$(name)` in a title must stay text, not become an icon. */
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

/** Two significant digits for scores below 1 (they are mostly small fractions), two decimals above. */
export function formatScore(score: number): string {
  return Math.abs(score) < 1 ? score.toPrecision(2) : score.toFixed(2);
}

/** Quick pick rows for related articles, best first: title; short name and score; the shared entities. */
export function relatedPicks(items: readonly RelatedArticleItem[]): RelatedPick[] {
  return items.map((item) => {
    const shared = item.shared.slice(0, SHARED_SHOWN).map((e) => `$(${TYPE_ICONS[e.type] ?? 'symbol-misc'}) ${escapeIcons(e.name)}`);
    const more = item.shared.length > SHARED_SHOWN ? ` and ${item.shared.length - SHARED_SHOWN} more` : '';
    return {
      uri: item.uri,
      label: escapeIcons(item.title.trim() || item.label),
      description: `${escapeIcons(item.label)} · score ${formatScore(item.score)}`,
      detail: shared.length > 0 ? `Shares ${shared.join('  ')}${more}` : 'Shares no named entity',
    };
  });
}

/** "seedlens: Go to Related Article": a quick pick of the articles related to the active one; opens the choice. */
export async function goToRelatedArticle(server: SeedlensServer, editor: vscode.TextEditor | undefined): Promise<void> {
  if (!editor) {
    void vscode.window.showInformationMessage('seedlens: open an article to see the articles related to it.');
    return;
  }
  const items = await server.relatedArticles(editor.document.uri, LIMIT);
  if (items === null) {
    void vscode.window.showInformationMessage('seedlens: this file is not one of the indexed articles (see the setting seedlens.articles.include).');
    return;
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage('seedlens: no other article shares an actor, place or date with this one.');
    return;
  }
  const choice = await vscode.window.showQuickPick(relatedPicks(items), {
    title: 'Related articles',
    placeHolder: 'Articles that share actors, places and dates with this one, best first',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (choice) await vscode.window.showTextDocument(vscode.Uri.parse(choice.uri), { preview: false });
}
