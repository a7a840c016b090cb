import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver';
import type { CorpusView } from '../corpus-view.js';
import { COMPLETION_KIND } from '../symbol-kinds.js';

/** The name being typed: letters, digits, apostrophes and hyphens before the cursor. */
const WORD_BEFORE = /[\p{L}\p{M}\p{N}'’-]+$/u;

function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Names of actors and places for the word before the cursor, best match first. Each item replaces the typed
 * word; its filter text starts with the name form the word matches, so editors that filter
 * by prefix keep "Valery Gerasimov" for "Gera".
 */
export function completion(view: CorpusView, uri: string, position: Position, options: { limit?: number } = {}): CompletionList | null {
  const positions = view.positions(uri);
  if (!positions) return null;
  const line = positions.lineBefore(position);
  const word = WORD_BEFORE.exec(line.text)?.[0] ?? '';
  if (!word) return { isIncomplete: true, items: [] };
  const range = { start: { line: line.end.line, character: line.end.character - word.length }, end: line.end };
  const typed = folded(word);
  const entities = view.corpus
    .findEntities(word, options.limit ?? 50)
    // Dates are not typed by name; a name equal to the word typed completes nothing.
    .filter((entity) => entity.type !== 'date' && folded(entity.name) !== typed);
  const items = entities.map((entity, i): CompletionItem => {
    const words = entity.names.flatMap((name) => name.split(/\s+/).map((_, j, parts) => parts.slice(j).join(' ')));
    const matching = words.find((w) => folded(w).startsWith(typed)) ?? entity.name;
    return {
      label: entity.name,
      kind: COMPLETION_KIND[entity.type],
      labelDetails: { description: `${entity.kind ?? entity.type} · ${entity.articleCount} article${entity.articleCount === 1 ? '' : 's'}` },
      detail: entity.names.length > 1 ? entity.names.slice(1).join(' · ') : undefined,
      sortText: String(i).padStart(4, '0'),
      filterText: matching === entity.name ? entity.name : `${matching} ${entity.name}`,
      textEdit: { range, newText: entity.name },
    };
  });
  return { isIncomplete: true, items };
}
