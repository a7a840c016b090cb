import { fold } from '../names/gazetteer.js';

/**
 * A spelling-insensitive key for one word of a name: transliterations of one name
 * ("Valeriy"/"Valery", "Sergey"/"Sergei", "Kyiv"/"Kiev" aside) meet on it.
 */
export function nameKey(word: string): string {
  return fold(word)
    .replace(/[^a-z0-9]/g, '')
    .replace(/iy$/, 'y')
    .replace(/ey$/, 'y')
    .replace(/ei$/, 'y')
    .replace(/ii$/, 'y')
    .replace(/(.)\1/g, '$1');
}

/**
 * The spelling of a name word in an id: transliterated endings meet ("Valeriy" → "valery"),
 * but the word stays readable ("Tillerson" keeps its double l).
 */
export function idWord(word: string): string {
  return fold(word).replace(/[^a-z0-9-]/g, '').replace(/iy$/, 'y').replace(/ii$/, 'y');
}

/** `person:valery-gerasimov`: a stable slug of the canonical name. */
export function slugId(prefix: string, name: string): string {
  const slug = fold(name).replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  // Joined, not concatenated: a concatenation is kept as two strings and a pair, and a long text
  // of ever new names keeps an id per name (issue 13).
  return [prefix, slug || 'unnamed'].join(':');
}
