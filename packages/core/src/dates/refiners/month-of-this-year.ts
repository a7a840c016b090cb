import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { DCT_YEAR, RELATIVE, tagValue } from '../tags.js';

/*
 * "May of this year", "February this year", "June of last year": one TIMEX3 whose year
 * comes from the DCT. chrono reads the month and our RelativeUnitParser reads "this year";
 * here they become one mention with month granularity.
 */
const GAP = /^,?\s+(?:of\s+)?$/i;

export class MonthOfThisYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const month = results[i]!;
      const next = results[i + 1];
      const s = month.start;
      // Tags last: reading them copies the result's tag set, and most results are no month.
      const isMonthOnly = next !== undefined && s.isCertain('month') && !s.isCertain('year') && tagValue(month, RELATIVE) === undefined;
      const rel = isMonthOnly ? tagValue(next, RELATIVE) : undefined;
      if (next !== undefined && rel?.startsWith('year,') && isMonthOnly) {
        const gap = context.text.slice(month.index + month.text.length, next.index);
        if (GAP.test(gap)) {
          month.text = context.text.slice(month.index, next.index + next.text.length);
          month.addTag(DCT_YEAR + rel.slice('year,'.length));
          out.push(month);
          i++;
          continue;
        }
      }
      out.push(month);
    }
    return out;
  }
}
