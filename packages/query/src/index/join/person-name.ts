// How two written forms of a person's name can be the same person: same family name and
// compatible given names ("Valeriy" ~ "Valery", "Mark A." ~ "Mark", "J." ~ "John").

/** A person's name as folded words: given names (first first) and the family name. */
export interface PersonName {
  given: string[];
  family: string;
  /** Spelling skeletons of the given names (see `skeleton`), computed once. */
  skeletons: string[];
}

// Lower-case particles inside family names ("Bashar al-Assad", "Ludwig van Beethoven").
const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'dos', 'das', 'ter', 'ten', 'zu']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Reads folded words as given names + family name, or null when they are not such a name:
 * a single word, a name ending in an initial ("Inessa S."), or a generational suffix
 * ("Abdullah II") that leaves a single word.
 */
export function parsePersonName(words: readonly string[]): PersonName | null {
  let end = words.length;
  while (end > 0 && SUFFIXES.has(words[end - 1]!)) end--;
  const core = words.slice(0, end).filter((w) => !PARTICLES.has(w));
  if (core.length < 2) return null;
  const family = core[core.length - 1]!;
  if (family.length < 2) return null;
  const given = core.slice(0, -1);
  return { given, family, skeletons: given.map(skeleton) };
}

export type Compatibility = 'strong' | 'weak' | 'none';

/**
 * Whether two names with the same family name can be one person. `strong` when the first
 * given names are spellings of one name; `weak` when one is an initial or a short form
 * ("J." / "John", "Alex" / "Alexander"): weak links join only when unambiguous.
 * Middle names, when both have them, must agree position by position.
 */
export function givenCompatibility(a: PersonName, b: PersonName): Compatibility {
  const first = wordCompatibility(a, b, 0);
  if (first === 'none') return 'none';
  const middles = Math.min(a.given.length, b.given.length);
  for (let i = 1; i < middles; i++) if (wordCompatibility(a, b, i) === 'none') return 'none';
  return first;
}

function wordCompatibility(x: PersonName, y: PersonName, i: number): Compatibility {
  const a = x.given[i]!;
  const b = y.given[i]!;
  if (a === b) return 'strong';
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? 'weak' : 'none';
  const sa = x.skeletons[i]!;
  const sb = y.skeletons[i]!;
  if (sa === sb) return 'strong';
  if (Math.min(sa.length, sb.length) >= 5 && withinOneEdit(sa, sb)) return 'strong';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return 'weak';
  return 'none';
}

/** Spelling skeleton that merges common transliteration variants (Yuri/Iuri, Dmitry/Dmitri). */
function skeleton(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ks/g, 'x')
    .replace(/[yj](?=[aeiou])/g, 'i')
    .replace(/[yj]/g, 'i')
    .replace(/ii/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Damerau–Levenshtein distance of at most one. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return true;
  const tail = (x: string, y: string) => x === y;
  if (a.length === b.length) {
    return tail(a.slice(i + 1), b.slice(i + 1)) || (a[i] === b[i + 1] && a[i + 1] === b[i] && tail(a.slice(i + 2), b.slice(i + 2)));
  }
  return a.length > b.length ? tail(a.slice(i + 1), b.slice(i)) : tail(a.slice(i), b.slice(i + 1));
}
