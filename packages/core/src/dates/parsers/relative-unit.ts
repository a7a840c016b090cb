import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MOD, REFERENCE, RELATIVE } from '../tags.js';
import { NUMBER_WORD_PATTERN, parseCount, wordBefore } from '../words.js';
import { makeResult } from './make-result.js';

/*
 * Calendar units counted from the DCT: "last month", "this year", "next week",
 * "exactly 10 years ago", "two decades ago". Counted spans without "ago" ("the last two
 * years", "the past three years") are durations, so the count is only accepted before "ago".
 */
const AGO_UNIT = '(days?|weeks?|months?|years?|decades?|century|centuries)';
const PATTERN = new RegExp(
  [
    `\\b(this|last|next)\\s+(week|month|year|decade|century)\\b`,
    `\\b(?:(exactly|about|around|some|roughly|approximately|nearly|almost|just|only|more\\s+than|less\\s+than|over)\\s+)?` +
      `(?:(\\d{1,4}|(?:twenty|thirty|forty|fifty)-\\w+|${NUMBER_WORD_PATTERN}|a\\s+few|a\\s+couple\\s+of|several|many|few)\\s+)?` +
      `${AGO_UNIT}\\s+ago\\b`,
  ].join('|'),
  'i',
);

const APPROXIMATE = new Set(['about', 'around', 'some', 'roughly', 'approximately']);

export class RelativeUnitParser implements Parser {
  /** Text without a match of this holds nothing this parser reads (see date-chrono.ts). */
  readonly gate = /week|month|year|decade|century|ago/i;

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [text, deixis, deicticUnit, hedge, count, agoUnit] = match;
    if (deixis !== undefined && deicticUnit !== undefined) {
      // "the last month" and "over the next year" measure a stretch of time.
      if (wordBefore(context.text, index) === 'the' && deixis.toLowerCase() !== 'this') return null;
      const offset = { this: 0, last: -1, next: 1 }[deixis.toLowerCase() as 'this'];
      const ref = offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
      return makeResult(context, index, text, [
        REFERENCE + ref,
        RELATIVE + `${deicticUnit.toLowerCase()},${offset}`,
      ]);
    }
    if (agoUnit === undefined) return null;
    const unit = agoUnit.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
    const n = count === undefined ? undefined : parseCount(count.replace(/\s+/g, ' '));
    const tags = [REFERENCE + 'PAST_REF'];
    // Only an exact count can be resolved against the DCT; "a few years ago" stays PAST_REF.
    if (n !== undefined && /^(?:\d+|[a-z-]+)$/i.test(count ?? '')) tags.push(RELATIVE + `${unit},${-n}`);
    if (hedge !== undefined && APPROXIMATE.has(hedge.toLowerCase())) tags.push(MOD + 'APPROX');
    return makeResult(context, index, text, tags);
  }
}
