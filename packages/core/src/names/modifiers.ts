import type { Token } from '../segment/tokenize.js';
import { NAME_TYPES, type TokenSpan } from './tagger/labels.js';

const PERSON = NAME_TYPES.indexOf('person');
// Nouns that a leader's name modifies ("the Obama administration", "the Putin presidency").
const LEADER_NOUNS = new Set(['administration', 'presidency', 'campaign', 'premiership', 'chancellorship']);

/**
 * A name used as a modifier of a leader's office is a person (the annotation guide: "Trump
 * administration" → Trump), whatever the tagger made of it: a small town of that name, an
 * organization, or nothing. Spans of one word are retyped; a capitalized word the tagger left
 * outside every name, mid-sentence and where it could look, becomes one.
 */
export function leadersByOffice(spans: readonly TokenSpan[], tokens: readonly Token[], eligible: Uint8Array): TokenSpan[] {
  const out: TokenSpan[] = [];
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const span = spans[k];
    const startsSpan = span !== undefined && span.first === i;
    const t = tokens[i]!;
    // Only a capitalized word can name a leader: the look-up of the next word is asked of few.
    if (startsSpan || (eligible[i] && t.upper && !t.sentenceStart && !t.headline)) {
      const next = tokens[(startsSpan ? span.last : i) + 1];
      const modifies = next !== undefined && !next.upper && LEADER_NOUNS.has(next.text);
      if (startsSpan) {
        if (modifies && span.first === span.last) span.type = PERSON;
        out.push(span);
        k++;
        i = span.last;
      } else if (modifies) out.push({ first: i, last: i, type: PERSON });
    }
  }
  return out;
}
