import type { Token } from '../../segment/tokenize.js';
import { NAME_TYPES, spansToTags, type NameType, type TokenSpan } from './labels.js';

/** A gold name as character offsets, as annotated corpora give them. */
export interface CharSpan {
  start: number;
  end: number;
  type: NameType;
}

/**
 * Gold tags for tokens from names given as character spans. A name must lie on tokens that the
 * tagger may tag (`eligible`) and be one run of them; the others cannot be learnt as they stand
 * (a name in lower case) and are left out, and counted.
 */
export function labelTokens(tokens: readonly Token[], eligible: Uint8Array, names: readonly CharSpan[]): { tags: Uint8Array; dropped: number } {
  const spans: TokenSpan[] = [];
  let dropped = 0;
  let i = 0;
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (const name of sorted) {
    while (i < tokens.length && tokens[i]!.end <= name.start) i++;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < name.end) last++;
    let ok = i < tokens.length && tokens[i]!.start < name.end && (spans.length === 0 || spans[spans.length - 1]!.last < i);
    for (let j = i; ok && j <= last; j++) if (!eligible[j] || (j > i && tokens[j]!.lineStart)) ok = false;
    if (ok) spans.push({ first: i, last, type: NAME_TYPES.indexOf(name.type) });
    else dropped++;
  }
  return { tags: spansToTags(tokens.length, spans), dropped };
}
