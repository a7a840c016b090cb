import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/*
 * chrono's English patterns swallow the preposition in front ("on Tuesday", "in October")
 * and punctuation behind ("August,"); TIMEX3 spans leave prepositions outside.
 */
const LEADING = /^(?:on|in|at|since|from|by|during|of|until|till|before|after|through|for)\s+/i;
const TRAILING = /(?:\s+of|\s*[,;:\-–—]|(?<=\d)\.|\s)+$/i;

export class SpanTrimRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      let text = result.text;
      let lead: RegExpExecArray | null;
      while ((lead = LEADING.exec(text)) !== null && lead[0].length < text.length) {
        result.index += lead[0].length;
        text = text.slice(lead[0].length);
      }
      result.text = text.replace(TRAILING, '');
    }
    return results.filter((r) => r.text.length > 0);
  }
}
