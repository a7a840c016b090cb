// English only: chrono-node's root module loads every locale (266 files, ~0.1 s per process and
// per worker thread); its English entry point loads 51.
import * as chrono from 'chrono-node/en';
import type { Parser, ParsingContext, Refiner } from 'chrono-node';
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
 * which are not dates on their own. They are recognised by their class names where those
 * survive (chrono as installed), and otherwise, as in a minified bundle, by what they match:
 * matching costs every process a fifth of a second, since V8 first runs chrono's largest
 * patterns in its interpreter (date-chrono.test.ts checks that both ways agree).
 */
const UNWANTED_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser', 'ENTimeExpressionParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser',
  'ENCasualDateParser', 'ENCasualTimeParser', 'ENEndOfCurrentMonthParser', 'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser',
]);
const WANTED_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser', 'ENSlashMonthFormatParser', 'ENYearMonthNameParser', 'ENMonthNameParser',
]);
const UNWANTED_PROBES = [
  // What unwanted parsers match comes first: a parser stops at its first match.
  '3 days ago', '2 weeks later', 'for 3 days', 'within 2 years', 'next 2 weeks', 'yesterday',
  'last month', 'this morning', 'noon', '5 pm', '10:30', 'end of the month',
];

/**
 * A chrono parsing context of `text`, for probing parsers and refiners. The English entry point
 * does not export the class: the context is caught from a parse, by a parser that matches nothing.
 */
function contextFor(text: string, reference: Date): ParsingContext {
  let caught: ParsingContext | undefined;
  const catcher: Parser = {
    pattern: (context) => {
      caught = context;
      return NEVER;
    },
    extract: () => null,
  };
  new chrono.Chrono({ parsers: [catcher], refiners: [] }).parse(text, reference);
  if (caught === undefined) throw new Error('chrono made no parsing context');
  return caught;
}
const NEVER = /(?!)/;

/** What the class name says of a parser: unwanted, wanted, or unknown (undefined). */
export const unwantedByName = (parser: Parser): boolean | undefined =>
  UNWANTED_PARSERS.has(parser.constructor.name) ? true : WANTED_PARSERS.has(parser.constructor.name) ? false : undefined;

const isUnwantedParser = (parser: Parser, context: ParsingContext): boolean => unwantedByName(parser) ?? matchesUnwanted(parser, context);

/** Whether `parser` matches what TIMEX3 treats differently. */
export function matchesUnwanted(parser: Parser, context: ParsingContext): boolean {
  const pattern = parser.pattern(context);
  return UNWANTED_PROBES.some((probe) => {
    pattern.lastIndex = 0;
    return pattern.test(probe);
  });
}

/** The range merger joins "2014 to 2016" into one result; TIMEX3 has two dates there. */
function isRangeMerger(refiner: Refiner): boolean {
  const context = contextFor('2014 to 2016', new Date(2000, 0, 1));
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
  const context = contextFor('since May the', new Date(2000, 0, 1));
  try {
    return refiner.refine(context, [context.createParsingResult(6, 'May', { month: 5 })]).length === 0;
  } catch {
    return false;
  }
}

/**
 * chrono reads a time zone after a time ("10:00 GMT", "+0200") into the result, text included.
 * TIMEX3 dates carry no zone and times are dropped (TimeOnlyRefiner), so these refiners only cost:
 * each looks at the text after every result. Recognised by what they do, as parsers are.
 */
function extractsTimezone(refiner: Refiner): boolean {
  for (const text of ['2014-05-05 10:00 GMT', '2014-05-05 10:00 +0200']) {
    const context = contextFor(text, new Date(2000, 0, 1));
    const written = '2014-05-05 10:00';
    const result = context.createParsingResult(0, written, { year: 2014, month: 5, day: 5, hour: 10, minute: 0 });
    try {
      refiner.refine(context, [result]);
    } catch {
      continue;
    }
    if (result.text !== written) return true;
  }
  return false;
}

/**
 * chrono's refiners are written for its own results: its filters drop digit-only text
 * (exactly what a bare year is) and its date-time merger glues component-less results
 * together. Our parsers check their own context, so their results bypass chrono's refiners:
 * those run in order over chrono's results alone, and ours join them again afterwards.
 */
function exemptOurResults(refiners: readonly Refiner[]): Refiner {
  return {
    refine(context, results) {
      const ours = results.filter(isOurs);
      // Nothing of chrono's to refine: the results pass as they are (already in order).
      if (ours.length === results.length) return results;
      let theirs = ours.length === 0 ? results : results.filter((r) => !isOurs(r));
      for (const refiner of refiners) theirs = refiner.refine(context, theirs);
      return ours.length === 0 ? theirs : [...theirs, ...ours].sort((a, b) => a.index - b.index);
    },
  };
}

/** A parser and what a text must contain for it to match there. */
export interface GatedParser {
  parser: Parser;
  gate: RegExp;
}

/*
 * Every chrono parser we keep reads a digit, a month name or a weekday: its patterns are all
 * built on those. Which of them a parser needs is read off what it matches (class names do not
 * survive minification): one that matches month phrases but no all-digit date needs a month
 * name, one that matches only weekdays needs a weekday, one that matches all-digit dates and
 * nothing without a digit needs a digit; any other is asked of every window with a digit or a
 * calendar word. The gates are prefixes, so "Sept." and "Mon." open them too.
 */
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const WEEKDAY = /\b(?:mon|tue|wed|thu|fri|sat|sun|weekend|weekday)/i;
const CALENDAR = new RegExp(`\\d|${MONTH.source}|${WEEKDAY.source}`, 'i');
const DIGIT = /\d/;
/*
 * chrono's all-digit parsers (ISO, slash and year-month-day dates) each read a number joined by
 * "-", ".", "/" or white space to another number or, year-month-day only, to a month name: a
 * window of bare years ("in 2014, the") holds nothing they read. A digit parser gets this gate
 * only if it also matches none of the numbers below, which stand alone.
 */
const JOINED_NUMBERS = /\d[-./\s](?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/*
 * chrono's month-and-year parser reads a number, a slash and four digits ("08/2014"), and runs
 * slower than any other on a window it finds nothing in (a tenth of a millisecond per 100
 * characters): recognised by matching "05/2014" but no date of another form, it gets this gate.
 */
const SLASH_YEAR = /\d\/\d{4}/;
const SLASH_YEAR_PROBES = ['05/2014'];
const OTHER_DIGIT_DATE_PROBES = ['5/14', '2014-05-05', '5.5.2014', '5-2014', '5.2014', '5 2014'];
const LONE_NUMBER_PROBES = ['2014', 'in 2014, the', '5th', '20140505', 'the 1990s', '$5', '3 days'];
const MONTH_PROBES = ['5 May 2014', 'May 5, 2014', 'May 2014', '2014 May', 'in May'];
const NO_DIGIT_PROBES = ['May', 'in May', 'Monday', 'on Monday', 'May fifth', 'the fifth of May', 'Monday, May the fifth', 'this May', 'next Monday', 'tomorrow'];
const WEEKDAY_PROBES = ['Monday', 'on Monday'];
const DIGIT_PROBES = ['2014-05-05', '5/5/2014', '05/2014', '5.5.2014'];

function gateOf(parser: Parser, context: ParsingContext): RegExp {
  const pattern = parser.pattern(context);
  const matches = (probes: string[]) =>
    probes.some((probe) => {
      pattern.lastIndex = 0;
      return pattern.test(probe);
    });
  const month = matches(MONTH_PROBES);
  const weekday = matches(WEEKDAY_PROBES);
  if (matches(DIGIT_PROBES)) {
    if (matches(NO_DIGIT_PROBES)) return CALENDAR;
    if (matches(LONE_NUMBER_PROBES)) return DIGIT;
    return matches(SLASH_YEAR_PROBES) && !matches(OTHER_DIGIT_DATE_PROBES) ? SLASH_YEAR : JOINED_NUMBERS;
  }
  if (month && !weekday) return MONTH;
  if (weekday && !month) return WEEKDAY;
  return CALENDAR;
}

/** The parsers we keep of `base` (chrono's casual English) and ours, each with its gate. */
export function gatedParsers(base: chrono.Chrono = chrono.casual): GatedParser[] {
  const probeContext = contextFor('', new Date(2000, 0, 1));
  const ours = [new DecadeParser(), new CenturyParser(), new SeasonParser(), new DeicticParser(), new RelativeUnitParser(), new BareYearParser()];
  return [
    ...ours.map((parser) => ({ parser, gate: parser.gate })),
    ...base.parsers.filter((p) => !isUnwantedParser(p, probeContext)).map((parser) => ({ parser, gate: gateOf(parser, probeContext) })),
  ];
}

/**
 * chrono for TIMEX3, built per window from the parsers that can match in it. chrono runs every
 * parser's regex over every window, and most windows ("now", "last year", "in 2014") need one or
 * two of the fifteen; a parser that cannot match finds nothing, so leaving it out changes no result.
 */
export class DateChrono {
  private readonly parsers: Parser[];
  /** What each parser matches: it reads nothing where this finds nothing. */
  private readonly patterns: RegExp[];
  /** Distinct gates, and for each parser the index of its gate. */
  private readonly gates: RegExp[] = [];
  private readonly gateOfParser: number[];
  private readonly refiners: Refiner[];
  private readonly byParsers = new Map<number, chrono.Chrono>();

  constructor() {
    const base = chrono.casual.clone();
    const gated = gatedParsers(base);
    this.parsers = gated.map((g) => g.parser);
    const probeContext = contextFor('', new Date(2000, 0, 1));
    this.patterns = this.parsers.map((p) => p.pattern(probeContext));
    this.gateOfParser = gated.map(({ gate }) => {
      const known = this.gates.indexOf(gate);
      return known >= 0 ? known : this.gates.push(gate) - 1;
    });
    this.refiners = [
      exemptOurResults(base.refiners.filter((r) => !isRangeMerger(r) && !isMayFilter(r) && !extractsTimezone(r))),
      new OverlapRefiner(),
      new SpanTrimRefiner(),
      new HomographRefiner(),
      new TimeOnlyRefiner(),
      new MonthOfThisYearRefiner(),
      new KnownEventRefiner(),
      new PartOfDayRefiner(),
      new ModifierRefiner(),
    ];
  }

  /** chrono's reading of `text`; `open` are the gates it opens (gatesOpenIn), when already known. */
  parse(text: string, reference: Date, open = this.gatesOpenIn(text)): chrono.ParsedResult[] {
    let mask = 0;
    for (let i = 0; i < this.parsers.length; i++) if (open & (1 << this.gateOfParser[i]!)) mask |= 1 << i;
    if (mask === 0) return [];
    let chronoForMask = this.byParsers.get(mask);
    if (chronoForMask === undefined) {
      const parsers = this.parsers.filter((_, i) => mask & (1 << i));
      this.byParsers.set(mask, (chronoForMask = new chrono.Chrono({ parsers, refiners: this.refiners })));
    }
    return chronoForMask.parse(text, reference);
  }

  /** The gates `text` opens, as a bit mask: a parser whose gate is shut there finds nothing. */
  gatesOpenIn(text: string): number {
    let open = 0;
    for (let g = 0; g < this.gates.length; g++) if (this.gates[g]!.test(text)) open |= 1 << g;
    return open;
  }

  /**
   * Whether no parser whose gate is among `open` (a mask, as gatesOpenIn gives) matches in `text`:
   * its gate first, then, where that opens, its pattern.
   */
  matchesNoneOf(text: string, open: number): boolean {
    for (let g = 0; g < this.gates.length; g++) {
      if (!(open & (1 << g)) || !this.gates[g]!.test(text)) continue;
      for (let i = 0; i < this.parsers.length; i++) {
        if (this.gateOfParser[i] !== g) continue;
        const pattern = this.patterns[i]!;
        pattern.lastIndex = 0;
        const found = pattern.test(text);
        pattern.lastIndex = 0;
        if (found) return false;
      }
    }
    return true;
  }
}
