import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isOurs } from '../tags.js';

/*
 * TIMEX3 dates need a calendar component: times of day alone ("at 5 pm") are not dates,
 * and a slash pair without a year ("24/7", "1/2") is a fraction or a ratio far more often.
 */
export class TimeOnlyRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      const s = result.start;
      if (isOurs(result)) return true;
      if (/^\d{1,2}[/.]\d{1,2}$/.test(result.text)) return false;
      return s.isCertain('year') || s.isCertain('month') || s.isCertain('day') || s.isCertain('weekday');
    });
  }
}
