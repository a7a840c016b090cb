import type { Token } from '../segment/tokenize.js';
import type { Range } from '../types.js';
import { NAME_TYPES, type TokenSpan } from './tagger/labels.js';

const PLACE = NAME_TYPES.indexOf('place');

/**
 * The positions in `spans` of the places of a dateline: places that open a line and are followed
 * on it, past commas and other places only, by a date ("NEW YORK 1996-08-30", "BERN, Dec. 18
 * (Reuters) -", "TAVILDARA, Tajikistan 1996-08-30"). A dateline says where the article was
 * written: a place, whatever the same words stand for elsewhere in it (a team in a table).
 */
export function datelinePlaces(spans: readonly TokenSpan[], tokens: readonly Token[], isDate: (t: Range) => boolean): Set<number> {
  // By token, the span that starts there (-1: none); an array, not a map, of a few hundred tokens.
  const byFirst = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, n) => (byFirst[s.first] = n));
  const out = new Set<number>();
  spans.forEach((span, n) => {
    if (span.type !== PLACE || !tokens[span.first]!.lineStart) return;
    const places = [n];
    for (let i = span.last + 1; i < tokens.length && !tokens[i]!.lineStart; ) {
      const t = tokens[i]!;
      const next = byFirst[i]!;
      if (t.text === ',') i++;
      else if (next >= 0 && spans[next]!.type === PLACE) {
        places.push(next);
        i = spans[next]!.last + 1;
      } else {
        if (isDate(t)) for (const p of places) out.add(p);
        return;
      }
    }
  });
  return out;
}
