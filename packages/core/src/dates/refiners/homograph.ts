import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isOurs } from '../tags.js';
import { TEMPORAL_PREPOSITIONS, isUpper, wordAfter, wordBefore } from '../words.js';

/*
 * Month and weekday names double as verbs ("may", "march"), adjectives ("august") and
 * given names ("April Ryan", "August Wilson"), and chrono matches three-letter prefixes
 * case-insensitively ("sat", "sun", "mar"). A name alone counts as a date only when it is
 * capitalised and the context reads as time.
 */
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/;
const WEEKDAY_ALONE =
  /^(?:(?:[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)$/;
/** Month names that are also common words or given names. */
const AMBIGUOUS_MONTHS = /^(?:May|March|August|April|June|Jan|Mar|Sat|Sun)$/;

export class HomographRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => isDateReading(context.text, result));
  }
}

function isDateReading(text: string, result: ParsingResult): boolean {
  const s = result.start;
  if (isOurs(result)) return true;
  const surface = result.text;
  const monthOnly = s.isCertain('month') && !s.isCertain('day') && !s.isCertain('year');
  const weekdayOnly = s.isCertain('weekday') && !s.isCertain('month') && !s.isCertain('day');

  if (weekdayOnly) return WEEKDAY_ALONE.test(surface);
  if (s.isCertain('month') && !/\d[-/.]\d/.test(surface) && !MONTH_WORD.test(surface)) return false;
  if (!monthOnly) return true;

  const before = wordBefore(text, result.index);
  const after = wordAfter(text, result.index + surface.length);
  if (TEMPORAL_PREPOSITIONS.has(before)) return true;
  // "August Wilson", "June Carter": a month followed by a capitalised word is a name.
  if (isUpper(after[0])) return false;
  if (AMBIGUOUS_MONTHS.test(surface.trim())) return false;
  return true;
}
