import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/*
 * Our parsers run independently of chrono's, so "2018" and "the summer of 2018" can both
 * be found; the longer reading wins, as in chrono's own overlap removal.
 */
export class OverlapRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // Most windows hold one date: nothing to sort (a sort allocates, for every window).
    if (results.length < 2) return results;
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: ParsingResult[] = [];
    for (const result of sorted) {
      const last = kept[kept.length - 1];
      if (last !== undefined && result.index < last.index + last.text.length) {
        if (result.text.length > last.text.length) kept[kept.length - 1] = result;
        continue;
      }
      kept.push(result);
    }
    return kept;
  }
}
