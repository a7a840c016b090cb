import type { Token } from '../segment/tokenize.js';
import { countryPrefix } from './country-prefix.js';
import { lookupPlace } from './gazetteer.js';
import { NAME_TYPES, type TokenSpan } from './tagger/labels.js';
import { LIST, type WordCodes } from './tagger/word-codes.js';

const PLACE = NAME_TYPES.indexOf('place');

/**
 * A country is always a place (the annotation guide): a country's name that the tagger left
 * outside every name ("talks in Qardaha, Syria, on Friday") becomes a place. Not in a line of
 * capitals, where "US" may be "us", and only where the tagger could look (`eligible`).
 */
export function addMissedCountries(spans: readonly TokenSpan[], tokens: readonly Token[], eligible: Uint8Array, codes: readonly (WordCodes | undefined)[]): TokenSpan[] {
  const taken = new Uint8Array(tokens.length);
  // A loop, not fill: a span is a few tokens, and a call of fill costs more than setting them.
  for (const s of spans) for (let k = s.first; k <= s.last; k++) taken[k] = 1;
  const found: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || !eligible[i] || !t.upper || t.shouting) continue;
    // The word codes already say whether a place can start here.
    const c = codes[i];
    if (c === undefined || (c.place === 0 && !(c.lists & LIST.multiPlaceStart))) continue;
    let n = countryPrefix(tokens, i, i + 4);
    while (n > 0 && (taken[i + n - 1] || !eligible[i + n - 1])) n--;
    if (n === 0 || lookupPlace(tokens.slice(i, i + n).map((x) => x.text).join(' '))?.weak) continue;
    found.push({ first: i, last: i + n - 1, type: PLACE });
    i += n - 1;
  }
  if (found.length === 0) return [...spans];
  return [...spans, ...found].sort((a, b) => a.first - b.first);
}
