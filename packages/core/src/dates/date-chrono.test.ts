import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { matchesUnwanted, unwantedByName } from './date-chrono.js';

describe('the chrono parsers we leave out', () => {
  it('are the same by class name as by what they match, for every parser chrono has', () => {
    const context = new chrono.ParsingContext('', new Date(2000, 0, 1));
    for (const parser of chrono.casual.parsers) {
      const byName = unwantedByName(parser);
      // A parser this list does not know (a new chrono) would be recognised by matching alone.
      expect(byName, parser.constructor.name).not.toBeUndefined();
      expect(byName, parser.constructor.name).toBe(matchesUnwanted(parser, context));
    }
  });
});
