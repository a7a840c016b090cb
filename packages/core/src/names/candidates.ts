import { hasLowerCase, type Token } from '../segment/tokenize.js';
import { lookupPlace } from './gazetteer.js';
import { TITLE_ABBREVIATIONS } from './titles.js';
import { continuesMultiWordPlace, factsOf, isCommonWord, isGivenName, isTitleHead, isTitleWord, startsMultiWordPlace } from './word-facts.js';

/** A run of capitalized tokens that may hold one or more names, with its titles. */
export interface Candidate {
  tokens: Token[];
}

const CONNECTORS = new Set(['of', 'for']);
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'ben', 'de', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'ul', 'y']);
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|ar|az|at|ath|bin|ibn|abu|ben|de|da|di|du|van|von|le|la)-\p{Lu}/u;
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})$/;

export const stripPossessive = (text: string): string => {
  // Only a word ending in "s" or an apostrophe can be possessive; most words skip the regexes.
  const last = text.charCodeAt(text.length - 1);
  if (last !== 115 && last !== 39 && last !== 0x2019) return text;
  return /\p{L}['’]s$/u.test(text) ? text.slice(0, -2) : text.replace(/(?<=s)['’]$/, '');
};

// Every particle is two or three letters long, so its hyphen is the third or fourth character:
// lower-case words without one skip the regex. Shorter words ("of", "the") are not read past
// their end, where charCodeAt leaves the fast path.
const hasParticleHyphen = (text: string): boolean => text.length > 3 && (text.charCodeAt(2) === 45 || text.charCodeAt(3) === 45);
// Real names' words are short (the longest place names run to about 60 letters); a longer
// token is a code, a hash or a run of capitals and names nothing.
const MAX_NAME_WORD = 64;
const isNameWord = (t: Token): boolean => t.word && t.text.length <= MAX_NAME_WORD && (t.upper || (hasParticleHyphen(t.text) && PARTICLE_PREFIX.test(t.text)));
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// "NATO-like", "US-led": the name before a lower-case suffix. "then-Secretary", "anti-Russia":
// the name after a lower-case prefix.
const NAME_THEN_SUFFIX = /^(\p{Lu}[\p{L}\p{N}.]*)-\p{Ll}[\p{L}-]*$/u;
const PREFIX_THEN_NAME = /^(?:then|ex|former|pro|anti|non|post|pre|neo|mid|all|trans|pan)-(?=\p{Lu})/u;

/** Trims lower-case hyphen affixes off name tokens so that the name alone remains. */
export function trimAffixes(tokens: Token[], text: string): Token[] {
  // In place: a handful of the tokens change, and copying the list cost more than trimming.
  // Both affixes are joined by a hyphen, which few words hold: the words to trim are found from
  // the hyphens of `text` (the text the tokens were read from), not by asking every token.
  let i = 0;
  for (let hyphen = text.indexOf('-'); hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
    while (i < tokens.length && tokens[i]!.end <= hyphen) i++;
    if (i === tokens.length) break;
    const t = tokens[i]!;
    if (t.start > hyphen || !t.word) continue;
    // One visit per token, however many hyphens it holds.
    hyphen = t.end - 1;
    tokens[i] = withoutAffix(t);
  }
  return tokens;
}

function withoutAffix(t: Token): Token {
  const suffix = NAME_THEN_SUFFIX.exec(t.text);
  if (suffix && !PARTICLE_PREFIX.test(t.text)) return { ...t, text: suffix[1]!, end: t.start + suffix[1]!.length, upper: true, facts: undefined };
  const prefix = PREFIX_THEN_NAME.exec(t.text);
  if (prefix) return { ...t, text: t.text.slice(prefix[0].length), start: t.start + prefix[0].length, upper: true, facts: undefined };
  return t;
}

// A period after a title abbreviation ("Gen.") or an initial ("A.", at most two code units)
// stays in the run. Every sentence-final name is followed by a period: longer words skip the look-up.
const LONGEST_PERIOD_WORD = Math.max(2, ...[...TITLE_ABBREVIATIONS].map((w) => w.length));
const takesPeriod = (word: string): boolean =>
  word.length <= LONGEST_PERIOD_WORD && (TITLE_ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word));

function gapOk(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

// In a headline or at a sentence start a capital says nothing: a common word there opens no
// name unless it begins a known place ("United States") or a title ("President Putin").
function weakCapital(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!(t.sentenceStart || t.headline)) return false;
  if (t.text.length > 1 && !hasLowerCase(t.text) && !t.shouting) return false;
  if (!isCommonWord(t) || isTitleWord(t)) return false;
  // "Peter Blackburn" opening a line: a given name before a name that is no word opens a name.
  const next = tokens[i + 1];
  if (isGivenName(t) && next !== undefined && next.upper && next.word && !isCommonWord(next)) return false;
  // The phrases of one to three tokens starting here, longest looked up first.
  const one = t.text;
  // Phrases are built only where the gazetteer has places whose words these are.
  const second = tokens[i + 1];
  if (startsMultiWordPlace(t) && second !== undefined && continuesMultiWordPlace(second)) {
    const two = `${one} ${second.text}`;
    const third = tokens[i + 2];
    if (third !== undefined && continuesMultiWordPlace(third) && lookupPlace(`${two} ${third.text}`)) return false;
    if (lookupPlace(two)) return false;
  }
  return !factsOf(t).place;
}

// The longest titled names run to a dozen tokens ("Chairman of the US Joint Chiefs of Staff Gen.
// Joe Dunford"); a longer run is a title-case line, and without a bound one line of capitals
// would become a single mention of any length.
const MAX_RUN = 20;

/** Maximal runs of name-like tokens, joined by "of", particles and title periods. */
export function findCandidates(text: string, tokens: readonly Token[], blocked: (t: Token) => boolean): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameWord(t) || blocked(t) || weakCapital(tokens, i)) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    let j = i + 1;
    while (j < tokens.length && run.length < MAX_RUN) {
      const prev = run[run.length - 1]!;
      // A possessive ends the name ("Putin's Russia").
      if (prev.text !== stripPossessive(prev.text)) break;
      const next = tokens[j]!;
      if (blocked(next)) break;
      // "Gen." and "A." keep their period inside the run.
      if (next.text === '.' && next.start === prev.end && takesPeriod(prev.text)) {
        run.push(next);
        j++;
        continue;
      }
      if (!gapOk(text, prev, next)) break;
      // "Sgt. 1st Class": an ordinal inside a rank.
      if (isDigit(next.text.charCodeAt(0)) && ORDINAL.test(next.text) && tokens[j + 1] && isNameWord(tokens[j + 1]!)) {
        run.push(next);
        j++;
        continue;
      }
      if (isNameWord(next) && !(next.headline && weakCapital(tokens, j) && !isTitleHead(prev))) {
        run.push(next);
        j++;
        continue;
      }
      const lower = next.text;
      const after = tokens[j + 1];
      const after2 = tokens[j + 2];
      const joins = (x: Token | undefined) => x !== undefined && isNameWord(x) && gapOk(text, next, x) && !blocked(x);
      // Most runs end before a lower-case word: whether a name follows is the cheaper question.
      if (joins(after) && (CONNECTORS.has(lower) || (lower === 'to' && isTitleHead(prev)) || PARTICLES.has(lower))) {
        run.push(next);
        j++;
        continue;
      }
      if (CONNECTORS.has(lower) && after?.text === 'the' && after2 && isNameWord(after2) && gapOk(text, after, after2)) {
        run.push(next, after);
        j += 2;
        continue;
      }
      break;
    }
    out.push({ tokens: run });
    i = j;
  }
  return out;
}

export const isRoman = (text: string): boolean => ROMAN.test(text);
