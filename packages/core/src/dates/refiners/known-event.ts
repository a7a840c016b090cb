import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TIMEX } from '../tags.js';

/*
 * A few days are names of events in news English: "September 11 attacks" and
 * "9/11-style" point at 2001, not at any September 11. Only applies when the text
 * marks the event reading (attacks, -style, hijackers) and no year was written.
 */
const EVENTS: ReadonlyArray<{ month: number; day: number; value: string; cue: RegExp }> = [
  { month: 9, day: 11, value: '2001-09-11', cue: /^(?:-style|\s*-?\s*(?:attacks?|terror|hijack|commission|era)\b)/i },
];

export class KnownEventRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const s = result.start;
      if (s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 24);
      for (const event of EVENTS) {
        if (s.get('month') === event.month && s.get('day') === event.day && event.cue.test(after)) {
          result.addTag(TIMEX + event.value);
        }
      }
    }
    return results;
  }
}
