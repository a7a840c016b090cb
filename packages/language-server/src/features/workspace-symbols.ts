import type { SymbolInformation } from 'vscode-languageserver';
import { articleLabel } from '../article-label.js';
import type { Cancellation, CorpusView } from '../corpus-view.js';
import { dateInWords } from '../date-words.js';
import { printable } from '../printable.js';
import { SYMBOL_KIND } from '../symbol-kinds.js';

/**
 * Entities whose names match `query` (word prefix, then fuzzy: "gera" finds Valery Gerasimov),
 * best first, each located at its first mention; an empty query lists the most mentioned.
 * Undefined when cancelled.
 */
export function workspaceSymbols(
  view: CorpusView,
  query: string,
  options: { limit?: number; token?: Cancellation } = {},
): SymbolInformation[] | undefined {
  const limit = options.limit ?? 100;
  const text = query.trim();
  const entities = text ? view.corpus.findEntities(text, limit) : view.corpus.entities().slice(0, limit);
  const symbols: SymbolInformation[] = [];
  for (const entity of entities) {
    if (options.token?.isCancellationRequested) return undefined;
    const first = view.corpus.firstMention(entity.id);
    const range = first && view.positions(first.uri)?.range(first.mention.start, first.mention.end);
    if (!first || !range) continue;
    symbols.push({
      // Names are article text, made printable: some editors draw symbol lists in a terminal.
      name: printable(entity.type === 'date' ? dateInWords(entity.value ?? entity.name) : entity.name),
      kind: SYMBOL_KIND[entity.type],
      location: { uri: first.uri, range },
      containerName: printable(`${entity.kind ?? entity.type} · ${articleLabel(view.corpus, first.uri)}`),
    });
  }
  return symbols;
}
