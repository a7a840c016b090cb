import * as vscode from 'vscode';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SeedlensServer } from './client.js';
import type { RelatedArticleItem } from './protocol.js';
import { escapeIcons, goToRelatedArticle, relatedPicks } from './related-quick-pick.js';

const shared = (name: string, type: 'actor' | 'place' | 'date', weight = 0.01) => ({ entityId: `${type}:${name}`, name, type, weight });

const ITEMS: RelatedArticleItem[] = [
  {
    uri: 'file:///news/002.txt',
    label: '002',
    title: 'Top officer wants more military contacts with Russia',
    score: 0.07496,
    shared: [shared('Mark A. Milley', 'actor'), shared('Bern', 'place'), shared('2019-12', 'date')],
  },
  {
    uri: 'file:///news/000.txt',
    label: '000',
    title: 'Costs $(rise) and $(fall)',
    score: 1.5,
    shared: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((n) => shared(n, 'actor')),
  },
  { uri: 'file:///news/003.txt', label: '003', title: '   ', score: 0.001234, shared: [] },
];

describe('relatedPicks', () => {
  it('shows title, short name and score, and the shared entities with an icon per type', () => {
    const [first] = relatedPicks(ITEMS);
    expect(first).toEqual({
      uri: 'file:///news/002.txt',
      label: 'Top officer wants more military contacts with Russia',
      description: '002 · score 0.075',
      detail: 'Shares $(person) Mark A. Milley  $(location) Bern  $(calendar) 2019-12',
    });
  });

  it('keeps article text from turning into icons and names only the strongest shared entities', () => {
    const second = relatedPicks(ITEMS)[1]!;
    expect(second.label).toBe('Costs \\$(rise) and \\$(fall)');
    expect(second.description).toBe('000 · score 1.50');
    expect(second.detail).toBe('Shares $(person) A  $(person) B  $(person) C  $(person) D  $(person) E  $(person) F and 2 more');
  });

  it('falls back to the short name for an article without a title', () => {
    const third = relatedPicks(ITEMS)[2]!;
    expect(third).toMatchObject({ label: '003', description: '003 · score 0.0012', detail: 'Shares no named entity' });
  });

  it('escapes every icon opener', () => {
    expect(escapeIcons('$(a) $(b) $x')).toBe('\\$(a) \\$(b) $x');
  });
});

describe('goToRelatedArticle', () => {
  afterEach(() => vi.restoreAllMocks());
  const editor = { document: { uri: vscode.Uri.parse('file:///news/004.txt') } } as vscode.TextEditor;

  it('asks the server about the active article and opens the chosen one', async () => {
    const relatedArticles = vi.fn(async () => ITEMS);
    vi.spyOn(vscode.window, 'showQuickPick').mockImplementation(async (items) => (await items)[1]);
    const show = vi.spyOn(vscode.window, 'showTextDocument');
    await goToRelatedArticle({ relatedArticles } as unknown as SeedlensServer, editor);
    expect(relatedArticles).toHaveBeenCalledWith(editor.document.uri, 20);
    expect(show).toHaveBeenCalledTimes(1);
    expect(String(show.mock.calls[0]![0])).toBe('file:///news/000.txt');
  });

  it('opens nothing when the pick is dismissed', async () => {
    vi.spyOn(vscode.window, 'showQuickPick').mockResolvedValue(undefined);
    const show = vi.spyOn(vscode.window, 'showTextDocument');
    await goToRelatedArticle({ relatedArticles: async () => ITEMS } as unknown as SeedlensServer, editor);
    expect(show).not.toHaveBeenCalled();
  });

  it('says why when the file is not an indexed article, or nothing is related', async () => {
    const info = vi.spyOn(vscode.window, 'showInformationMessage');
    const pick = vi.spyOn(vscode.window, 'showQuickPick');
    await goToRelatedArticle({ relatedArticles: async () => null } as unknown as SeedlensServer, editor);
    await goToRelatedArticle({ relatedArticles: async () => [] } as unknown as SeedlensServer, editor);
    await goToRelatedArticle({ relatedArticles: async () => ITEMS } as unknown as SeedlensServer, undefined);
    expect(info.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('not one of the indexed articles'),
      expect.stringContaining('no other article'),
      expect.stringContaining('open an article'),
    ]);
    expect(pick).not.toHaveBeenCalled();
  });
});
