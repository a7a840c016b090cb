import type { CorpusMention } from '@seedlens/query';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { CorpusView } from '../corpus-view.js';
import { printable } from '../printable.js';
import { SYMBOL_KIND } from '../symbol-kinds.js';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The outline of an article: one symbol per section (a single-article file has one), holding
 * the entities mentioned in it in order of first appearance; each entity's range spans its
 * mentions in the section and its selection is the first one.
 */
export function documentSymbols(view: CorpusView, uri: string): DocumentSymbol[] | null {
  const positions = view.positions(uri);
  const document = view.corpus.get(uri);
  if (!positions || !document) return null;
  const { source } = document.analysis;
  const sections = source.sections.length > 0 ? source.sections : [{ start: 0, end: source.text.length, title: document.title }];
  const mentions = view.corpus.mentionsIn(uri);
  const symbols: DocumentSymbol[] = [];
  let next = 0;
  for (const section of sections) {
    const range = positions.range(section.start, section.end);
    const selectionRange = positions.range(section.start, Math.min(section.end, section.start + section.title.length));
    while (next < mentions.length && mentions[next]!.mention.start < section.start) next++;
    const byEntity = new Map<string, CorpusMention[]>();
    for (; next < mentions.length && mentions[next]!.mention.end <= section.end; next++) {
      const m = mentions[next]!;
      const list = byEntity.get(m.entityId);
      if (list) list.push(m);
      else byEntity.set(m.entityId, [m]);
    }
    if (!range || !selectionRange) continue;
    const children: DocumentSymbol[] = [];
    for (const [entityId, list] of byEntity) {
      const first = list[0]!.mention;
      const last = list[list.length - 1]!.mention;
      const entity = view.corpus.entity(entityId);
      const childRange = positions.range(first.start, last.end);
      const childSelection = positions.range(first.start, first.end);
      if (!childRange || !childSelection) continue;
      // A date's corpus name is its value; the outline shows it as written, the value beside it.
      const isDate = first.type === 'date';
      children.push({
        name: printable(isDate ? first.text : (entity?.name ?? first.text)),
        detail: printable(`${isDate ? `date ${first.value ?? ''}`.trim() : (first.kind ?? first.type)} · ${plural(list.length, 'mention')}`),
        kind: SYMBOL_KIND[first.type],
        range: childRange,
        selectionRange: childSelection,
      });
    }
    symbols.push({
      // Names are article text, made printable: some editors draw the outline in a terminal.
      name: printable(section.title.trim() || document.title),
      detail: plural(children.length, 'entity', 'entities'),
      kind: SymbolKind.Module,
      range,
      selectionRange,
      children,
    });
  }
  return symbols;
}

/** The same outline as flat SymbolInformation, for clients without hierarchical symbols. */
export function flattenSymbols(uri: string, symbols: DocumentSymbol[], containerName?: string): SymbolInformation[] {
  return symbols.flatMap((symbol) => [
    { name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.range }, ...(containerName ? { containerName } : {}) },
    ...flattenSymbols(uri, symbol.children ?? [], symbol.name),
  ]);
}
