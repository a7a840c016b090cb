import type { Token } from '../../segment/tokenize.js';
import { isPossessive } from '../affixes.js';

// A possessive ends a name: "Putin’s Russia" is two.
const possessive = (t: Token): boolean => t.word && isPossessive(t.text);

/**
 * Calls `fn(start, end)` for each maximal run of eligible tokens in one sentence: the tagger decodes
 * each run alone, since a token outside every name separates what comes before it from what
 * comes after (the runs in between add the same score to every path).
 */
export function forEachRun(tokens: readonly Token[], eligible: Uint8Array, fn: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const breaks = i === tokens.length || !eligible[i] || (start >= 0 && (tokens[i]!.lineStart || tokens[i]!.sentenceStart || possessive(tokens[i - 1]!)));
    if (breaks && start >= 0) {
      fn(start, i);
      start = -1;
    }
    if (i < tokens.length && eligible[i] && start < 0) start = i;
  }
}
