// The rules of the entity join, as pure functions of the keys: what a key's names make of it
// (its role and the groups it belongs to), which full person names of a family join, what a
// cluster is called, and the entity record it reads as. The join (entity-join.ts) applies them
// to the groups a change touched.
import type { CorpusEntity } from '../../types.js';
import { compareStrings } from '../../text/string-order.js';
import { foldedWords } from '../../text/text-fold.js';
import type { KeyRecord } from './join-keys.js';
import { givenCompatibility, parsePersonName } from './person-name.js';
import { type Tally, tallyEntries, tallyGet } from './tally.js';

export type Description = Pick<KeyRecord, 'role' | 'person' | 'groups' | 'signature'>;

/**
 * What a key's names make of it: places and dates stay `fixed`; a one-word actor name is `single`
 * (in the group of that word); a longer name reads as a `person` (in the group of the family
 * name) or an `org` (in the groups of its acronyms and one-word aliases), else stays `isolated`.
 * The signature changes exactly when the outcome can.
 */
export function describe(k: KeyRecord): Description {
  if (k.type !== 'actor') return { role: 'fixed', person: null, groups: [], signature: 'fixed' };
  if (k.words.length === 1) return { role: 'single', person: null, groups: [k.words[0]!], signature: 'single' };
  if (k.words.length === 0) return { role: 'isolated', person: null, groups: [], signature: 'isolated' };
  const personLike = tallyGet(k.kinds, 'person') >= tallyGet(k.kinds, 'organization');
  if (personLike) {
    const person = parsePersonName(k.words);
    if (!person) return { role: 'isolated', person: null, groups: [], signature: 'isolated' };
    // Whether some article linked the bare family name to this name decides ties in its group.
    const linked = tallyGet(k.aliasArticles, person.family) > 0;
    return { role: 'person', person, groups: [person.family], signature: `person ${person.family} ${linked}` };
  }
  const groups = acronyms(k.words);
  for (let i = 0; i < k.aliasArticles.length; i += 2) {
    const w = k.aliasArticles[i] as string;
    if (!groups.includes(w)) groups.push(w);
  }
  groups.sort();
  return { role: 'org', person: null, groups, signature: `org ${groups.join(' ')}` };
}

/** Initials an organization may go by: of all its words, and of words other than function words. */
function acronyms(words: readonly string[]): string[] {
  const all = words.map((w) => w[0]).join('');
  const significant = words.filter((w) => !FUNCTION_WORDS.has(w)).map((w) => w[0]).join('');
  return [...new Set([all, significant])].filter((a) => a.length >= 2);
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'de', 'du', 'des', 'la', 'le', 'el', 'al']);

/**
 * Clusters full names sharing a family name: compatible spellings of a given name join
 * (transitively); a vaguer name (an initial, a short form) that is still alone joins the
 * fuller names it is weakly compatible with only when they form exactly one cluster, so
 * "J. Smith" cannot merge John and Jane Smith.
 * Persons must be sorted by key; each cluster's root is its first key in that order.
 */
export function personComponents(persons: readonly KeyRecord[]): Map<number, number> {
  const parent = persons.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const weak: Array<[number, number]> = [];
  for (let i = 0; i < persons.length; i++) {
    for (let j = i + 1; j < persons.length; j++) {
      const c = givenCompatibility(persons[i]!.person!, persons[j]!.person!);
      if (c === 'strong') union(i, j);
      else if (c === 'weak') weak.push([i, j]);
    }
  }
  const size = new Map<number, number>();
  for (let i = 0; i < persons.length; i++) size.set(find(i), (size.get(find(i)) ?? 0) + 1);
  const reach = new Map<number, Set<number>>();
  for (const [i, j] of weak) {
    // The vaguer name (the initial, the short form) may attach to the fuller one, never back.
    const [a, b] = persons[i]!.person!.given[0]!.length <= persons[j]!.person!.given[0]!.length ? [i, j] : [j, i];
    if (size.get(find(a)) !== 1) continue;
    let s = reach.get(a);
    if (!s) reach.set(a, (s = new Set()));
    s.add(find(b));
  }
  const joins = [...reach].filter(([, targets]) => targets.size === 1).map(([a, targets]) => [a, [...targets][0]!] as const);
  for (const [a, b] of joins) union(a, b);
  const roots = new Map<number, number>();
  persons.forEach((p, i) => roots.set(p.id, persons[find(i)]!.id));
  return roots;
}

/** The names a key can be found by, as word lists: its own, every surface form's, a place's id. */
export function nameWordLists(k: KeyRecord): string[][] {
  const lists = [k.words];
  for (let i = 0; i < k.surfaceMentions.length; i += 2) lists.push(foldedWords(k.surfaceMentions[i] as string));
  if (k.type === 'place') lists.push(placeIdWords(k));
  return lists;
}

/** The words of all of `nameWordLists`, each once, in their first order. */
export function nameWords(k: KeyRecord): string[] {
  const words = [...new Set(k.words)];
  const add = (list: readonly string[]) => {
    for (const w of list) if (!words.includes(w)) words.push(w);
  };
  for (let i = 0; i < k.surfaceMentions.length; i += 2) add(foldedWords(k.surfaceMentions[i] as string));
  if (k.type === 'place') add(placeIdWords(k));
  return words;
}

function placeIdWords(k: KeyRecord): string[] {
  return k.key.slice(k.key.indexOf(':') + 1).split('-').filter(Boolean);
}

export function containsRun(name: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + words.length <= name.length; i++) {
    if (words.every((w, j) => name[i + j] === w)) return true;
  }
  return false;
}

/** Id of a key alone in its cluster: core's id for places and dates; kind and name for actors. */
export function keyCorpusId(k: KeyRecord): string {
  if (k.type !== 'actor' || k.words.length === 0) return k.key.slice(2);
  return `${topOfTally(k.kinds) ?? 'actor'}:${k.words.join('-')}`;
}

/** Id of a cluster of several keys: its most complete name, prefixed by its most frequent kind. */
export function clusterCorpusId(members: readonly KeyRecord[]): string {
  const head = members.reduce((best, k) => (compareKeys(k, best) < 0 ? k : best));
  if (head.type !== 'actor' || head.words.length === 0) return head.key.slice(2);
  const kind = sortedTally(members.flatMap((k) => [...tallyEntries(k.kinds)]))[0]?.[0];
  return `${kind ?? 'actor'}:${head.words.join('-')}`;
}

/** The entity a cluster reads as: its most complete surface form as name, every kind and form seen. */
export function clusterEntity(id: string, members: readonly KeyRecord[], articleCount: number): CorpusEntity {
  const type = members[0]!.type;
  const mentions = new Map<string, number>();
  const articles = new Map<string, number>();
  for (const k of members) {
    for (const [s, n] of tallyEntries(k.surfaceMentions)) mentions.set(s, (mentions.get(s) ?? 0) + n);
    for (const [s, n] of tallyEntries(k.surfaceArticles)) articles.set(s, (articles.get(s) ?? 0) + n);
  }
  const surfaces = [...mentions.keys()];
  const value = type === 'date' ? members[0]!.value ?? id.slice('date:'.length) : undefined;
  const name = value ?? surfaces.reduce((best, s) => (compareSurfaces(s, best, articles, mentions) < 0 ? s : best), surfaces[0] ?? id);
  const others = surfaces.filter((s) => s !== name).sort((a, b) => (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || compareStrings(a, b));
  const kinds = sortedTally(members.flatMap((k) => [...tallyEntries(k.kinds)])).map(([k]) => k);
  return {
    id,
    type,
    ...(kinds[0] !== undefined && { kind: kinds[0] }),
    name,
    names: [name, ...others],
    kinds,
    ...(value !== undefined && { value }),
    articleCount,
    mentionCount: members.reduce((n, k) => n + k.mentions, 0),
  };
}

const significantWords = (words: readonly string[]): number => words.filter((w) => w.length >= 2).length;

/** Most complete name first: more real words, then more articles, more letters, more mentions. */
function compareKeys(a: KeyRecord, b: KeyRecord): number {
  return (
    significantWords(b.words) - significantWords(a.words) ||
    b.postings.length - a.postings.length ||
    b.words.join('').length - a.words.join('').length ||
    b.mentions - a.mentions ||
    compareStrings(a.key, b.key)
  );
}

function compareSurfaces(a: string, b: string, articles: Map<string, number>, mentions: Map<string, number>): number {
  const wa = foldedWords(a);
  const wb = foldedWords(b);
  return (
    significantWords(wb) - significantWords(wa) ||
    (articles.get(b) ?? 0) - (articles.get(a) ?? 0) ||
    wb.join('').length - wa.join('').length ||
    (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) ||
    compareStrings(a, b)
  );
}

/** The item `sortedTally` would put first, for one tally (whose items are distinct): no arrays sorted. */
function topOfTally<T extends string>(tally: Tally<T>): T | undefined {
  let top: T | undefined;
  let most = 0;
  for (let i = 0; i < tally.length; i += 2) {
    const item = tally[i] as T;
    const n = tally[i + 1] as number;
    if (top === undefined || n > most || (n === most && compareStrings(item, top) < 0)) {
      top = item;
      most = n;
    }
  }
  return top;
}

function sortedTally<T extends string>(entries: Array<[T, number]>): Array<[T, number]> {
  const sums = new Map<T, number>();
  for (const [k, n] of entries) sums.set(k, (sums.get(k) ?? 0) + n);
  return [...sums].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
}
