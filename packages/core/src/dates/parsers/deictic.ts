import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { PART_OF_DAY, REFERENCE, RELATIVE } from '../tags.js';
import { wordAfter } from '../words.js';
import { makeResult } from './make-result.js';

/*
 * Words that point at the DCT itself: "today", "now", "yesterday", "recently", "the past",
 * "the future", "tonight", "this morning". chrono knows some of them but resolves them to
 * instants; TIMEX3 wants a reference value when there is no DCT and a calendar value of the
 * right granularity when there is one, so we tag them instead.
 */
type Reading = { rel?: string; ref: string; pod?: string };

const WORDS: Readonly<Record<string, Reading>> = {
  today: { rel: 'day,0', ref: 'PRESENT_REF' },
  tonight: { rel: 'day,0', ref: 'PRESENT_REF', pod: 'NI' },
  now: { ref: 'PRESENT_REF' },
  currently: { ref: 'PRESENT_REF' },
  nowadays: { ref: 'PRESENT_REF' },
  yesterday: { rel: 'day,-1', ref: 'PAST_REF' },
  tomorrow: { rel: 'day,1', ref: 'FUTURE_REF' },
  recently: { ref: 'PAST_REF' },
  lately: { ref: 'PAST_REF' },
};

const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI',
};

// Units, counts and grammatical words after "the past" make it a duration or a noun phrase
// ("the past three years", "the past week", "the past tense").
const NOT_AFTER_PAST_FUTURE =
  '(?!\\s+(?:few|several|couple|many|\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|days?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|quarters?|tense|participle|perfect)\\b)';

const PATTERN = new RegExp(
  [
    `\\b(today|tonight|now|currently|nowadays|yesterday|tomorrow|recently|lately)\\b`,
    `\\b(the\\s+(?:(?:recent|distant|near|foreseeable|immediate|not-too-distant)\\s+)?(past|future|present))\\b${NOT_AFTER_PAST_FUTURE}`,
    `\\b((this|yesterday|tomorrow)\\s+(morning|afternoon|evening|night)|last\\s+night)\\b`,
    `\\b(the\\s+(?:year|week|month)\\s+ahead)\\b`,
  ].join('|'),
  'i',
);

export class DeicticParser implements Parser {
  /** Text without a match of this holds nothing this parser reads (see date-chrono.ts). */
  readonly gate = /today|tonight|now|currently|nowadays|yesterday|tomorrow|recently|lately|past|future|present|morning|afternoon|evening|night|ahead/i;

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [, word, pastFuture, pastFutureWord, dayPart, dayPartAnchor, dayPartName, ahead] = match;
    if (word !== undefined) {
      const reading = WORDS[word.toLowerCase()];
      if (reading === undefined) return null;
      if (word.toLowerCase() === 'now' && !isTemporalNow(context.text, index + word.length)) return null;
      return make(context, index, word, reading);
    }
    if (pastFuture !== undefined && pastFutureWord !== undefined) {
      const w = pastFutureWord.toLowerCase();
      // "the present government" is an adjective; "the present" alone or "the present day" is a time.
      if (w === 'present' && /^[a-z]/.test(wordAfter(context.text, index + pastFuture.length)) &&
        wordAfter(context.text, index + pastFuture.length) !== 'day') return null;
      const ref = w === 'past' ? 'PAST_REF' : w === 'future' ? 'FUTURE_REF' : 'PRESENT_REF';
      return make(context, index, pastFuture, { ref });
    }
    if (dayPart !== undefined) {
      const anchor = (dayPartAnchor ?? 'last').toLowerCase();
      const pod = PARTS_OF_DAY[(dayPartName ?? 'night').toLowerCase()];
      const offset = anchor === 'yesterday' || anchor === 'last' ? -1 : anchor === 'tomorrow' ? 1 : 0;
      const ref = offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
      return make(context, index, dayPart, { rel: `day,${offset}`, ref, ...(pod ? { pod } : {}) });
    }
    if (ahead !== undefined) return make(context, index, ahead, { ref: 'FUTURE_REF' });
    return null;
  }
}

/** "now" as a discourse marker before a comma at sentence start still counts; "now that" does not. */
function isTemporalNow(text: string, end: number): boolean {
  return !/^\s+that\b/i.test(text.slice(end, end + 6));
}

function make(context: ParsingContext, index: number, text: string, reading: Reading): ParsingResult {
  const tags = [REFERENCE + reading.ref];
  if (reading.rel !== undefined) tags.push(RELATIVE + reading.rel);
  if (reading.pod !== undefined) tags.push(PART_OF_DAY + reading.pod);
  return makeResult(context, index, text, tags);
}
