import type { Token } from '../segment/tokenize.js';
import { NAME_TYPES, type TokenSpan } from './tagger/labels.js';

const ORGANIZATION = NAME_TYPES.indexOf('organization');
// An outlet's name is short; a longer "Source:" line is a sentence.
const MAX_OUTLET_TOKENS = 8;

/**
 * The outlet named on a "Source: …" line, which closes an article in a digest (see
 * source/sections.ts), is an organization as written, "The" included ("Source: The American
 * Conservative"). It replaces whatever the tagger made of that line.
 */
export function withOutlets(spans: readonly TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  const outlets: TokenSpan[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.lineStart || t.text !== 'Source' || tokens[i + 1]!.text !== ':' || !tokens[i + 2]!.upper || tokens[i + 2]!.lineStart) continue;
    let last = i + 2;
    while (last + 1 < tokens.length && !tokens[last + 1]!.lineStart) last++;
    // Trailing punctuation is no part of the name.
    while (last > i + 2 && !tokens[last]!.word) last--;
    if (last - (i + 2) < MAX_OUTLET_TOKENS) outlets.push({ first: i + 2, last, type: ORGANIZATION });
  }
  if (outlets.length === 0) return [...spans];
  const kept = spans.filter((s) => !outlets.some((o) => o.first <= s.last && s.first <= o.last));
  return [...kept, ...outlets].sort((a, b) => a.first - b.first);
}
