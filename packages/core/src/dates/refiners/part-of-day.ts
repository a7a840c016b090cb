import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { PART_OF_DAY, ourTags } from '../tags.js';
import { wordBefore } from '../words.js';

/*
 * "the evening of Tuesday, Aug. 31" and "Sunday at dawn" are one TIMEX3 each, with the
 * part of day appended to the day (XXXX-08-31TEV, XXXX-WXX-7TMO). chrono's own casual
 * times resolve to clock hours, which TIMEX3 does not want.
 */
const CODES: Readonly<Record<string, string>> = {
  dawn: 'MO', daybreak: 'MO', sunrise: 'MO', morning: 'MO', noon: 'MI', midday: 'MI',
  afternoon: 'AF', evening: 'EV', dusk: 'EV', sunset: 'EV', night: 'NI', overnight: 'NI',
};
const BEFORE = /\b(?:the\s+)?(morning|afternoon|evening|night)\s+of\s+$/i;
const AFTER =
  /^(?:,?\s+at\s+(dawn|daybreak|sunrise|dusk|sunset|noon|midday|night)|\s+in\s+the\s+(morning|afternoon|evening)|\s+(morning|afternoon|evening|night|overnight))\b/i;

/** Whether a part of day follows the date ending at `end` ("Sunday at dawn"), to join it. */
export const hasPartOfDayAfter = (text: string, end: number): boolean => AFTER.test(text.slice(end, end + 32));

export class PartOfDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (!isDayLevel(result)) continue;
      const text = context.text;
      const end = result.index + result.text.length;
      const after = AFTER.exec(text.slice(end, end + 32));
      if (after !== null) {
        const word = (after[1] ?? after[2] ?? after[3] ?? '').toLowerCase();
        const code = CODES[word];
        if (code !== undefined) {
          result.text = text.slice(result.index, end + after[0].length);
          result.addTag(PART_OF_DAY + code);
          continue;
        }
      }
      // "the evening of …": only a date after "of" can have its part of day before it.
      if (wordBefore(text, result.index) !== 'of') continue;
      const before = BEFORE.exec(text.slice(Math.max(0, result.index - 32), result.index));
      if (before !== null) {
        const code = CODES[(before[1] ?? '').toLowerCase()];
        if (code === undefined) continue;
        result.index -= before[0].length;
        result.text = text.slice(result.index, end);
        result.addTag(PART_OF_DAY + code);
      }
    }
    return results;
  }
}

function isDayLevel(result: ParsingResult): boolean {
  const { pod, rel } = ourTags(result);
  if (pod !== undefined) return false;
  if (rel !== undefined) return rel.startsWith('day,');
  const s = result.start;
  return s.isCertain('day') || (s.isCertain('weekday') && !s.isCertain('month'));
}
