import type { Token } from '../segment/tokenize.js';
import { stripPossessive } from './affixes.js';
import { lookupPlace } from './gazetteer.js';
import { continuesMultiWordPlace, factsOf, startsMultiWordPlace } from './word-facts.js';

// A token without its possessive ending, as facts are asked of it (the token itself when it has none).
function bare(t: Token): Token | string {
  const stripped = stripPossessive(t.text);
  return stripped === t.text ? t : stripped;
}

/** Number of tokens of the longest country name (up to four words) at the start of `tokens`; 0 if none. */
export function countryPrefix(tokens: readonly Token[]): number {
  const max = Math.min(4, tokens.length);
  if (max === 0) return 0;
  // A phrase of more than one token must be all words; a single token may be anything.
  let longest = 1;
  if (tokens[0]!.word && startsMultiWordPlace(bare(tokens[0]!))) {
    while (longest < max && tokens[longest]!.word && continuesMultiWordPlace(bare(tokens[longest]!))) longest++;
  }
  const first = stripPossessive(tokens[0]!.text);
  const phrases = [first];
  for (let n = 2; n <= longest; n++) phrases.push(`${phrases[n - 2]} ${stripPossessive(tokens[n - 1]!.text)}`);
  for (let n = longest; n >= 2; n--) {
    if (lookupPlace(phrases[n - 1]!)?.kind === 'country') return n;
  }
  // The token's own facts answer for a single word, unless a possessive changed it.
  const single = first === tokens[0]!.text ? factsOf(tokens[0]!).place : lookupPlace(first);
  return single?.kind === 'country' ? 1 : 0;
}
