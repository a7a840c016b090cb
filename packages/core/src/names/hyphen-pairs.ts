import type { Token } from '../segment/tokenize.js';
import type { NameMention } from './find-names.js';
import { fold } from './gazetteer.js';
import { placeList } from './place-lists.js';

const HYPHEN_PAIR = /^(\p{Lu}[\p{L}]+)-(\p{Lu}[\p{L}]+)$/u;

/**
 * Two names joined by a hyphen in one token ("the Dunford-Gerasimov meeting", "US-Russia
 * relations"): two people where both are people named elsewhere in the article, two places where
 * both are known places (place-lists.ts). The tagger reads such a token as one word and seldom tags it.
 */
export function hyphenPair(t: Token, personWords: ReadonlySet<string>): NameMention[] | undefined {
  // Most words hold no hyphen, and are not run through the pattern.
  const pair = t.text.includes('-') ? HYPHEN_PAIR.exec(t.text) : null;
  if (!pair) return undefined;
  const [, a, b] = pair as unknown as [string, string, string];
  if (personWords.has(fold(a)) && personWords.has(fold(b))) {
    const second = t.start + a.length + 1;
    return [
      { start: t.start, end: t.start + a.length, text: a, type: 'actor', kind: 'person', entityId: '' },
      { start: second, end: second + b.length, text: b, type: 'actor', kind: 'person', entityId: '' },
    ];
  }
  return placeList(t.text)?.map((p) => ({ start: t.start + p.offset, end: t.start + p.offset + p.text.length, text: p.text, type: 'place', kind: p.kind, entityId: p.placeId }));
}
