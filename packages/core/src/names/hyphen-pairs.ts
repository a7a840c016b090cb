import type { Token } from '../segment/tokenize.js';
import { fold, lookupPlace } from './gazetteer.js';
import type { NameClass, NameMention } from './find-names.js';

const HYPHEN_PAIR = /^(\p{Lu}[\p{L}]+)-(\p{Lu}[\p{L}]+)$/u;

/**
 * Two names joined by a hyphen in one token ("the Dunford-Gerasimov meeting", "US-Russia
 * relations"): two people where both are people named elsewhere in the article, two places where
 * both are known places. The tagger reads such a token as one word and seldom tags it.
 */
export function hyphenPair(t: Token, personWords: ReadonlySet<string>): NameMention[] | undefined {
  const pair = HYPHEN_PAIR.exec(t.text);
  if (!pair) return undefined;
  const [, a, b] = pair as unknown as [string, string, string];
  const second = t.start + a.length + 1;
  let classes: [NameClass, NameClass] | undefined;
  if (personWords.has(fold(a)) && personWords.has(fold(b))) classes = [{ type: 'actor', kind: 'person' }, { type: 'actor', kind: 'person' }];
  else {
    const pa = lookupPlace(a);
    const pb = lookupPlace(b);
    if (pa && pb && !pa.weak && !pb.weak && !lookupPlace(t.text)) classes = [{ type: 'place', kind: pa.kind, placeId: pa.id }, { type: 'place', kind: pb.kind, placeId: pb.id }];
  }
  if (!classes) return undefined;
  return [
    { start: t.start, end: t.start + a.length, text: a, ...classes[0] },
    { start: second, end: second + b.length, text: b, ...classes[1] },
  ];
}
