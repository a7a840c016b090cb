import type { MentionKind, MentionType } from '@seedlens/core';
import { SemanticTokensBuilder, type Range, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { CorpusView } from '../corpus-view.js';
import type { TokenStyle } from '../settings.js';

/**
 * Token types: seedlens' own three first, then the standard types they become with
 * `tokenStyle: "standard"` for editors that colour only standard types. The standard ones are
 * chosen to get three different colours in common themes: an actor is coloured as a `class`,
 * a place as a `string`, a date as a `number`.
 */
export const TOKEN_TYPES = ['actor', 'place', 'date', 'class', 'string', 'number'] as const;
/** One modifier per kind of actor or place. */
export const TOKEN_MODIFIERS = ['person', 'organization', 'country', 'city', 'region', 'water', 'continent', 'other'] as const;

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

const TYPE_INDEX: Record<TokenStyle, Record<MentionType, number>> = {
  custom: { actor: 0, place: 1, date: 2 },
  standard: { actor: 3, place: 4, date: 5 },
};

function modifierBits(kind: MentionKind | undefined): number {
  const index = kind === undefined ? -1 : (TOKEN_MODIFIERS as readonly string[]).indexOf(kind);
  return index < 0 ? 0 : 1 << index;
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * Semantic tokens for every mention of an article (or those touching `range`). A mention that
 * crosses a line break becomes one token per line, as clients without multi-line token support
 * need. Undefined for a URI the corpus does not hold.
 */
export function semanticTokens(
  view: CorpusView,
  uri: string,
  options: { style?: TokenStyle; range?: Range } = {},
): SemanticTokens | undefined {
  const positions = view.positions(uri);
  if (!positions) return undefined;
  const types = TYPE_INDEX[options.style ?? 'custom'];
  const { range } = options;
  const builder = new SemanticTokensBuilder();
  for (const { mention } of view.corpus.mentionsIn(uri)) {
    const type = types[mention.type];
    const modifiers = modifierBits(mention.kind);
    // Line breaks inside a mention (a name wrapped across lines) split it into per-line pieces.
    const pieces = mention.text.split(/(\r\n|\r|\n)/);
    let start = mention.start;
    for (let i = 0; i < pieces.length; i += 2) {
      const piece = pieces[i]!;
      const span = piece.length > 0 ? positions.range(start, start + piece.length) : undefined;
      start += piece.length + (pieces[i + 1]?.length ?? 0);
      if (!span || span.start.line !== span.end.line) continue;
      if (range && (!before(range.start, span.end) || !before(span.start, range.end))) continue;
      builder.push(span.start.line, span.start.character, span.end.character - span.start.character, type, modifiers);
    }
  }
  return builder.build();
}
