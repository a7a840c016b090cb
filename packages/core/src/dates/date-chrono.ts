import * as chrono from 'chrono-node';
import type { Parser, Refiner } from 'chrono-node';
import { isOurs } from './tags.js';
import { BareYearParser } from './parsers/bare-year.js';
import { CenturyParser } from './parsers/century.js';
import { DecadeParser } from './parsers/decade.js';
import { DeicticParser } from './parsers/deictic.js';
import { RelativeUnitParser } from './parsers/relative-unit.js';
import { SeasonParser } from './parsers/season.js';
import { HomographRefiner } from './refiners/homograph.js';
import { KnownEventRefiner } from './refiners/known-event.js';
import { ModifierRefiner } from './refiners/modifier.js';
import { MonthOfThisYearRefiner } from './refiners/month-of-this-year.js';
import { OverlapRefiner } from './refiners/overlap.js';
import { PartOfDayRefiner } from './refiners/part-of-day.js';
import { SpanTrimRefiner } from './refiners/span-trim.js';
import { TimeOnlyRefiner } from './refiners/time-only.js';

/*
 * chrono's casual English minus what TIMEX3 treats differently: its relative and casual
 * parsers resolve "last month" or "the last two years" to instants (we need granularity,
 * reference values, and durations left out), and its time parsers find times of day,
 * which are not dates on their own. They are recognised by what they match rather than
 * by class name, because class names do not survive minification.
 */
const UNWANTED_PROBES = [
  'yesterday', 'last month', 'for 3 days', 'within 2 years', '3 days ago', '2 weeks later',
  'next 2 weeks', 'this morning', 'noon', '5 pm', '10:30', 'end of the month',
];

function isUnwantedParser(parser: Parser, context: chrono.ParsingContext): boolean {
  const pattern = parser.pattern(context);
  return UNWANTED_PROBES.some((probe) => {
    pattern.lastIndex = 0;
    return pattern.test(probe);
  });
}

/** The range merger joins "2014 to 2016" into one result; TIMEX3 has two dates there. */
function isRangeMerger(refiner: Refiner): boolean {
  const context = new chrono.ParsingContext('2014 to 2016', new Date(2000, 0, 1));
  try {
    const merged = refiner.refine(context, [
      context.createParsingResult(0, '2014', { year: 2014 }),
      context.createParsingResult(8, '2016', { year: 2016 }),
    ]);
    return merged.length === 1;
  } catch {
    return false;
  }
}

/**
 * chrono drops "May" unless "in" precedes it, losing "since May" and "by May";
 * HomographRefiner makes that call with a wider notion of temporal context.
 */
function isMayFilter(refiner: Refiner): boolean {
  const context = new chrono.ParsingContext('since May the', new Date(2000, 0, 1));
  try {
    return refiner.refine(context, [context.createParsingResult(6, 'May', { month: 5 })]).length === 0;
  } catch {
    return false;
  }
}

/**
 * chrono's refiners are written for its own results: its filters drop digit-only text
 * (exactly what a bare year is) and its date-time merger glues component-less results
 * together. Our parsers check their own context, so their results bypass chrono's refiners.
 */
function exemptOurResults(refiner: Refiner): Refiner {
  return {
    refine(context, results) {
      const ours = results.filter(isOurs);
      if (ours.length === 0) return refiner.refine(context, results);
      const kept = refiner.refine(context, results.filter((r) => !isOurs(r)));
      return [...kept, ...ours].sort((a, b) => a.index - b.index);
    },
  };
}

export function createDateChrono(): chrono.Chrono {
  const base = chrono.casual.clone();
  const probeContext = new chrono.ParsingContext('', new Date(2000, 0, 1));
  const parsers: Parser[] = [
    new DecadeParser(),
    new CenturyParser(),
    new SeasonParser(),
    new DeicticParser(),
    new RelativeUnitParser(),
    new BareYearParser(),
    ...base.parsers.filter((p) => !isUnwantedParser(p, probeContext)),
  ];
  const refiners: Refiner[] = [
    ...base.refiners.filter((r) => !isRangeMerger(r) && !isMayFilter(r)).map(exemptOurResults),
    new OverlapRefiner(),
    new SpanTrimRefiner(),
    new HomographRefiner(),
    new TimeOnlyRefiner(),
    new MonthOfThisYearRefiner(),
    new KnownEventRefiner(),
    new PartOfDayRefiner(),
    new ModifierRefiner(),
  ];
  return new chrono.Chrono({ parsers, refiners });
}
