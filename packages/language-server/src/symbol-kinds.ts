import type { MentionType } from '@seedlens/core';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

/**
 * Icons for entities in symbol lists and completions: actors as classes, places as namespaces,
 * dates as events (LSP has no kinds for them; these are the closest that editors draw distinctly).
 */
export const SYMBOL_KIND: Record<MentionType, SymbolKind> = {
  actor: SymbolKind.Class,
  place: SymbolKind.Namespace,
  date: SymbolKind.Event,
};

export const COMPLETION_KIND: Record<MentionType, CompletionItemKind> = {
  actor: CompletionItemKind.Class,
  place: CompletionItemKind.Module,
  date: CompletionItemKind.Event,
};
