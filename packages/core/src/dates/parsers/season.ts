import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { REFERENCE, RELATIVE, TIMEX } from '../tags.js';
import { makeResult } from './make-result.js';

/*
 * Seasons are dates only when anchored: to a year ("the summer of 2018", "spring 2019") or
 * to the DCT ("last winter"). A lone "spring" or "fall" is far more often something else.
 */
const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};
const PATTERN =
  /(?:\b(the)\s+)?\b(?:(this|last|next|past)\s+)?(spring|summer|autumn|fall|winter)(?:(?:\s+of)?,?\s+((?:1\d|20)\d\d)(?![\w-]))?\b/i;

export class SeasonParser implements Parser {
  /** Text without a match of this holds nothing this parser reads (see date-chrono.ts). */
  readonly gate = /spring|summer|autumn|fall|winter/i;

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, the, deixis, season, year] = match;
    const code = SEASONS[(season ?? '').toLowerCase()];
    if (code === undefined) return null;
    let index = match.index ?? 0;
    let span = text;
    if (year !== undefined) {
      return makeResult(context, index, span, [TIMEX + `${year}-${code}`], { year: Number(year) });
    }
    if (deixis === undefined) return null;
    // "the past winter" is a duration-like reading; keep "the" out of "this summer" spans.
    if (the !== undefined) {
      if (deixis.toLowerCase() !== 'past') {
        index += the.length + 1;
        span = span.slice(the.length + 1).replace(/^\s+/, '');
      }
    }
    const offset = { this: 0, last: -1, past: -1, next: 1 }[deixis.toLowerCase() as 'this'];
    const ref = offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : `XXXX-${code}`;
    return makeResult(context, index, span, [RELATIVE + `season:${code},${offset}`, REFERENCE + ref]);
  }
}
