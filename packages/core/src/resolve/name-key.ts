import { fold } from '../names/gazetteer.js';

// Linking keys every person's name and ids every entity: a long text of ever new names asks for
// each once, and most words and names are already in their key's shape. Each function checks for
// that shape first, in one pass over the folded word, and runs its chain of replacements only on
// the others; the chain stays the definition.

/**
 * A spelling-insensitive key for one word of a name: transliterations of one name
 * ("Valeriy"/"Valery", "Sergey"/"Sergei", "Kyiv"/"Kiev" aside) meet on it.
 */
export function nameKey(word: string): string {
  const folded = fold(word);
  return isKeyShaped(folded) ? folded : keyOf(folded);
}
const keyOf = (folded: string): string =>
  folded
    .replace(/[^a-z0-9]/g, '')
    .replace(/iy$/, 'y')
    .replace(/ey$/, 'y')
    .replace(/ei$/, 'y')
    .replace(/ii$/, 'y')
    .replace(/(.)\1/g, '$1');

/** Letters a–z and digits only, no character twice in a row, no ending that keyOf rewrites: keyOf would return it as it is. */
function isKeyShaped(s: string): boolean {
  let previous = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isLowerAlphanumeric(c) || c === previous) return false;
    previous = c;
  }
  return !endsInRewrittenPair(s, true);
}

/**
 * The spelling of a name word in an id: transliterated endings meet ("Valeriy" → "valery"),
 * but the word stays readable ("Tillerson" keeps its double l).
 */
export function idWord(word: string): string {
  const folded = fold(word);
  return isIdWordShaped(folded) ? folded : folded.replace(/[^a-z0-9-]/g, '').replace(/iy$/, 'y').replace(/ii$/, 'y');
}

function isIdWordShaped(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isLowerAlphanumeric(c) && c !== HYPHEN) return false;
  }
  return !endsInRewrittenPair(s, false);
}

/** `person:valery-gerasimov`: a stable slug of the canonical name. */
export function slugId(prefix: string, name: string): string {
  const folded = fold(name);
  const slug = isSlugShaped(folded) ? folded.replaceAll(' ', '-') : folded.replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  // Joined, not concatenated: a concatenation is kept as two strings and a pair, and a long text
  // of ever new names keeps an id per name (issue 13).
  return [prefix, slug || 'unnamed'].join(':');
}

/** Words of letters a–z and digits, one space between two: the slug is the words joined by hyphens. */
function isSlugShaped(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === SPACE ? i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === SPACE : !isLowerAlphanumeric(c)) return false;
  }
  return true;
}

const SPACE = 0x20;
const HYPHEN = 0x2d;
const isLowerAlphanumeric = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** Whether `s` ends in "iy" or "ii" (and, for a name key, "ey" or "ei"), which the keys write "y". */
function endsInRewrittenPair(s: string, forKey: boolean): boolean {
  if (s.length < 2) return false;
  const a = s.charCodeAt(s.length - 2);
  const b = s.charCodeAt(s.length - 1);
  if (a === I) return b === Y || b === I;
  return forKey && a === E && (b === Y || b === I);
}
const E = 0x65;
const I = 0x69;
const Y = 0x79;
