import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { TEMPORAL_PREPOSITIONS, isDigit, isWordChar, wordAfter, wordBefore } from '../words.js';
import { makeResult } from './make-result.js';

/*
 * A four-digit number is a year only in context: chrono leaves bare years alone for good
 * reason, since news is full of quantities, codes, prices and phone numbers. The regex only
 * finds the digits; the checks below decide.
 */
export const YEAR_PATTERN = /\b(?:1\d|20)\d\d\b/;

/** Words that make the following number a label, not a year ("Article 2014", "No. 1999"). */
const LABEL_WORDS = new Set([
  'article', 'section', 'resolution', 'no', 'number', 'page', 'pages', 'p', 'pp', 'flight',
  'route', 'room', 'chapter', 'paragraph', 'vol', 'volume', 'model', 'rule', 'amendment',
  'bill', 'code', 'item', 'line', 'unit', 'highway', 'road', 'street', 'st', 'avenue', 'ave',
  'suite', 'box', 'apt', 'exit', 'gate', 'platform', 'channel', 'version', 'v', 'level', 'grade',
  'tier', 'phase', 'size', 'type', 'step', 'block', 'lot', 'plot', 'ext', 'tel', 'fax', 'isbn',
]);

/** Words after a number that make it a quantity or measure ("2000 troops", "1500 km"). */
const QUANTITY_WORDS = new Set([
  'million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', 'per', 'km', 'kms', 'kg',
  'mm', 'cm', 'm', 'ft', 'mi', 'mph', 'kph', 'hours', 'hrs', 'gmt', 'utc', 'dollars', 'euros',
  'pounds', 'rubles', 'roubles', 'yuan', 'tons', 'tonnes', 'times', 'more', 'other', 'others',
  'kilometers', 'kilometres', 'meters', 'metres', 'miles', 'feet', 'degrees', 'usd', 'eur',
]);

/** Plural nouns that are counted far more often than dated ("the 2000 troops"). */
const COUNT_NOUNS = new Set([
  'troops', 'soldiers', 'people', 'men', 'women', 'children', 'residents', 'refugees', 'civilians',
  'members', 'fighters', 'militants', 'casualties', 'deaths', 'votes', 'cases', 'vehicles', 'tanks',
  'missiles', 'rockets', 'drones', 'aircraft', 'jets', 'ships', 'weapons', 'workers', 'students',
  'employees', 'families', 'homes', 'houses', 'households', 'prisoners', 'detainees', 'personnel',
  'officers', 'police', 'marines', 'sailors', 'pages', 'words', 'copies', 'units', 'barrels',
  'acres', 'hectares', 'yards', 'inches', 'pounds', 'kilograms', 'years', 'days', 'months',
]);

/** Determiners before "2014 elections"-type phrases, where a plural noun follows a real year. */
const YEAR_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 's']);

const CURRENCY = '$£€¥₽#';

export class BareYearParser implements Parser {
  /** Text without a match of this holds nothing this parser reads (see date-chrono.ts). */
  readonly gate = /(?:1\d|20)\d\d/;

  pattern(): RegExp {
    return YEAR_PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const text = context.text;
    const index = match.index ?? 0;
    const end = index + 4;
    const year = Number(match[0]);
    return isYearInContext(text, index, end, year) ? makeResult(context, index, match[0], [], { year }) : null;
  }
}

export function isYearInContext(text: string, index: number, end: number, year: number): boolean {
  const prev = text[index - 1] ?? ' ';
  const prev2 = text[index - 2] ?? ' ';
  const next = text[end] ?? ' ';
  const next2 = text[end + 1] ?? ' ';

  if (CURRENCY.includes(prev) || prev === '/' || prev === ':' || prev === '+' || prev === '@') return false;
  if ((prev === '.' || prev === ',') && isDigit(prev2.charCodeAt(0))) return false;
  if ((next === '.' || next === ',' || next === ':' || next === '/') && isDigit(next2.charCodeAt(0))) return false;
  if (next === '%' || next === '/' || next === '_') return false;
  if (next === "'" && next2 !== 's') return false;
  if (isHyphen(prev) && !hyphenBeforeAllowsYear(text, index - 1)) return false;
  if (isHyphen(next) && !hyphenAfterAllowsYear(text, end + 1)) return false;

  const before = wordBefore(text, index);
  const after = wordAfter(text, end);
  if (LABEL_WORDS.has(before)) return false;
  // A number beside another number is part of a phone number, a code or a list of figures.
  if (/^\d+$/.test(before) && !isHyphen(prev) || /^\d+$/.test(after)) return false;
  const afterLower = after.toLowerCase();
  if (QUANTITY_WORDS.has(afterLower)) return false;
  // "post-1991 efforts" is a year used as a modifier, never a count.
  if (COUNT_NOUNS.has(afterLower)) return false;
  if (isPluralNoun(after) && !YEAR_DETERMINERS.has(before) && !isHyphen(prev)) return false;
  // Below 1800 a number is more often a count than a year unless something marks it as a time.
  if (year < 1800 && !TEMPORAL_PREPOSITIONS.has(before) && prev !== '(' && prev !== '[') return false;
  return true;
}

function isHyphen(ch: string): boolean {
  return ch === '-' || ch === '–' || ch === '—';
}

/** "post-1991", "mid-2014", "2014–2015": a lower-case prefix word or a preceding year. */
function hyphenBeforeAllowsYear(text: string, hyphen: number): boolean {
  let start = hyphen;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, hyphen);
  if (/^[a-z]+$/.test(word)) return true;
  return /^(?:1\d|20)\d\d$/.test(word) && !isWordChar(text.charCodeAt(start - 1) || 32) && text[start - 1] !== '-';
}

/** "2014-15", "2014–2015", "2018-era": another year, or a lower-case word that is not a unit. */
function hyphenAfterAllowsYear(text: string, from: number): boolean {
  let end = from;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  const word = text.slice(from, end);
  if (/^(?:\d\d|(?:1\d|20)\d\d)$/.test(word)) return !isHyphen(text[end] ?? ' ') || text[end] === '—';
  return /^(?:era|style|present|vintage|election|elections|war|crisis)$/.test(word);
}

function isPluralNoun(word: string): boolean {
  return /^[a-z]{3,}s$/.test(word) && !/(?:ss|us|is)$/.test(word);
}
