import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { TIMEX } from '../tags.js';
import { makeResult } from './make-result.js';

/*
 * "the 1980s" → 198, "the '90s" → 199. Two-digit decades without an apostrophe need "the"
 * so that ages ("in his 40s") and temperatures stay out.
 */
const PATTERN = /(?:\b(the)\s+)?(?:\b((?:1\d|20)\d)0s|['‘’](\d)0s|\b(\d)0s)(?!\w)/i;

export class DecadeParser implements Parser {
  /** Text without a match of this holds nothing this parser reads (see date-chrono.ts). */
  readonly gate = /0s/;

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, the, full, apostrophe, bare] = match;
    let value: string;
    if (full !== undefined) value = full;
    else {
      const digit = apostrophe ?? bare;
      if (digit === undefined || (bare !== undefined && the === undefined)) return null;
      value = (Number(digit) <= 2 ? '20' : '19') + digit;
    }
    return makeResult(context, match.index ?? 0, text, [TIMEX + value], { year: Number(value) * 10 });
  }
}
