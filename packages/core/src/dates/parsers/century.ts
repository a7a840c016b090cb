import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { TIMEX } from '../tags.js';
import { ORDINAL_WORDS } from '../words.js';
import { makeResult } from './make-result.js';

/* "the twenty-first century" → 20 and "the 20th century" → 19: TIMEX3 counts from 00. */
const ORDINALS = Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|');
const PATTERN = new RegExp(
  `(?:\\bthe\\s+)?\\b(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINALS}))[\\s-]+century\\b`,
  'i',
);

export class CenturyParser implements Parser {
  /** Text without a match of this holds nothing this parser reads (see date-chrono.ts). */
  readonly gate = /century/i;

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, digits, word] = match;
    const ordinal = digits !== undefined ? Number(digits) : ORDINAL_WORDS[(word ?? '').toLowerCase()];
    if (ordinal === undefined || ordinal < 1 || ordinal > 22) return null;
    const value = String(ordinal - 1).padStart(2, '0');
    return makeResult(context, match.index ?? 0, text, [TIMEX + value], { year: (ordinal - 1) * 100 });
  }
}
