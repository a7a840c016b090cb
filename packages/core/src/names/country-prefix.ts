import type { Token } from '../segment/tokenize.js';
import { stripPossessive } from './affixes.js';
import { lookupPlace } from './gazetteer.js';
import { continuesMultiWordPlace, factsOf, startsMultiWordPlace } from './word-facts.js';

// A token without its possessive ending, as facts are asked of it (the token itself when it has none).
function bare(t: Token): Token | string {
  const stripped = stripPossessive(t.text);
  return stripped === t.text ? t : stripped;
}

/**
 * Number of tokens of the longest country name (up to four words) at the start of `tokens[from, to)`;
 * 0 if none. A range, not a slice: callers ask at every span and at many tokens.
 */
export function countryPrefix(tokens: readonly Token[], from = 0, to = tokens.length): number {
  const max = Math.min(4, Math.min(to, tokens.length) - from);
  if (max <= 0) return 0;
  const at = (n: number) => tokens[from + n]!;
  // A phrase of more than one token must be all words; a single token may be anything.
  let longest = 1;
  if (at(0).word && startsMultiWordPlace(bare(at(0)))) {
    while (longest < max && at(longest).word && continuesMultiWordPlace(bare(at(longest)))) longest++;
  }
  const first = stripPossessive(at(0).text);
  // Most words start no place of several words: no phrases are built for them.
  if (longest > 1) {
    const phrases = [first];
    for (let n = 2; n <= longest; n++) phrases.push(`${phrases[n - 2]} ${stripPossessive(at(n - 1).text)}`);
    for (let n = longest; n >= 2; n--) {
      if (lookupPlace(phrases[n - 1]!)?.kind === 'country') return n;
    }
  }
  // The token's own facts answer for a single word, unless a possessive changed it.
  const single = first === at(0).text ? factsOf(at(0)).place : lookupPlace(first);
  return single?.kind === 'country' ? 1 : 0;
}
