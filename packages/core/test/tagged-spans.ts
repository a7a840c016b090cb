// The input of the steps after tagging, written as the tagger's answer: [surface, type] pairs in
// text order, each found at its first place after the one before.
import { tokenize, type Token } from '../src/segment/tokenize.js';
import { NAME_TYPES, type NameType, type TokenSpan } from '../src/names/tagger/labels.js';

export type Tagged = [surface: string, type: NameType][];

export function taggedSpans(text: string, tagged: Tagged): { tokens: Token[]; spans: TokenSpan[] } {
  const tokens = tokenize(text);
  let from = 0;
  const spans = tagged.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { first: tokens.findIndex((t) => t.start === start), last: tokens.findIndex((t) => t.end === start + surface.length), type: NAME_TYPES.indexOf(type) };
  });
  return { tokens, spans };
}

/** A span as `surface|type`, for comparing. */
export const shown = (text: string, tokens: readonly Token[], s: TokenSpan): string => `${text.slice(tokens[s.first]!.start, tokens[s.last]!.end)}|${NAME_TYPES[s.type]}`;
