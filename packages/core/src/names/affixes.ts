import type { Token } from '../segment/tokenize.js';
import { forEachHyphenated } from './hyphenated-tokens.js';

/** "Dunford’s" → "Dunford", "Leeds'" → "Leeds": a name's span ends before its possessive. */
export const stripPossessive = (text: string): string => {
  // Only a word ending in "s" or an apostrophe can be possessive; most words skip the regexes.
  const last = text.charCodeAt(text.length - 1);
  if (last !== 115 && last !== 39 && last !== 0x2019) return text;
  return /\p{L}['’]s$/u.test(text) ? text.slice(0, -2) : text.replace(/(?<=s)['’]$/, '');
};

/** Whether a word ends in a possessive ("Dunford’s", "Leeds'"). */
export const isPossessive = (text: string): boolean => stripPossessive(text).length < text.length;

/** "al-Assad", "bin-Laden": a lower-case particle joined to a name; the match is the particle and its hyphen. */
export const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|ar|az|at|ath|bin|ibn|abu|ben|de|da|di|du|van|von|le|la)-(?=\p{Lu})/u;
// "NATO-like", "US-led": the name before a lower-case suffix. "then-Secretary", "anti-Russia":
// the name after a lower-case prefix.
const NAME_THEN_SUFFIX = /^(\p{Lu}[\p{L}\p{N}.]*)-\p{Ll}[\p{L}-]*$/u;
const PREFIX_THEN_NAME = /^(?:then|ex|former|pro|anti|non|post|pre|neo|mid|all|trans|pan)-(?=\p{Lu})/u;

/** Trims lower-case hyphen affixes off tokens ("US-led" → "US"), so that a name alone remains. */
export function trimAffixes(tokens: Token[], text: string): Token[] {
  // In place: a handful of the tokens change, and copying the list cost more than trimming.
  // Both affixes are joined by a hyphen, which few words hold.
  forEachHyphenated(tokens, text, (i) => {
    if (tokens[i]!.word) tokens[i] = withoutAffix(tokens[i]!);
  });
  return tokens;
}

function withoutAffix(t: Token): Token {
  const suffix = NAME_THEN_SUFFIX.exec(t.text);
  if (suffix && !PARTICLE_PREFIX.test(t.text)) return { ...t, text: suffix[1]!, end: t.start + suffix[1]!.length, upper: true, facts: undefined };
  const prefix = PREFIX_THEN_NAME.exec(t.text);
  if (prefix) return { ...t, text: t.text.slice(prefix[0].length), start: t.start + prefix[0].length, upper: true, facts: undefined };
  return t;
}
