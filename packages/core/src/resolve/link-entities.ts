import type { NameMention } from '../names/find-names.js';
import { PARTICLE_PREFIX } from '../names/affixes.js';
import { fold } from '../names/gazetteer.js';
import { memoize } from '../memoize.js';
import type { Entity, Mention } from '../types.js';
import { idWord, nameKey, slugId } from './name-key.js';

const NOT_INITIAL = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to']);

interface Cluster {
  type: 'actor' | 'place';
  kind: NameMention['kind'];
  /** Its mentions' surfaces, one-spaced, in the order met: most entities are named one way. */
  surfaces: string | Set<string>;
  id: string | undefined;
  /** The entity's id, once every mention has been placed. */
  entityId: string | undefined;
  /** Position in the list of clusters: the first made wins where several could take a mention. */
  order: number;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
// Name mentions are one line of words: counting the starts of words is enough, without splitting.
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32 || s.charCodeAt(i) === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
// Most names are written with single spaces already: only the others are rebuilt.
const IRREGULAR_SPACE = /[^\S ]| {2}/;
const oneSpaced = (s: string): string => (IRREGULAR_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s);
// "al-Assad" is keyed as "Assad": the particle is written or left out ("Bashar Assad"), and a
// lone "Assad" names the same man.
const withoutParticle = (w: string): string => w.slice(PARTICLE_PREFIX.exec(w)?.[0].length ?? 0);
// Linking asks its memoized questions about a name once per mention, or once per entity: a name
// met once in a long text of ever new names is not worth remembering (memoize.ts).
const ONCE_PER_NAME = { from: 'second meeting' } as const;
const INITIAL = /^\p{Lu}\.?$/u;
// One array per name: a long text of ever new people asks this of every mention.
const personKeyWords = memoize((s: string): string[] => {
  const keys: string[] = [];
  for (const w of s.split(/\s+/)) if (w !== '' && !INITIAL.test(w)) keys.push(nameKey(withoutParticle(w)));
  return keys;
}, 50_000, ONCE_PER_NAME);
// "Department of Defense" and "Defense Department", "Ministry of Defence" and "Defence Ministry"
// are one body: keyed in the second order.
const orgKey = memoize(
  (s: string): string =>
    fold(s)
      .replace(/^the\s+/, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .replace(/^(department|ministry) of (?:the )?(.+)$/, '$2 $1'),
  50_000,
  ONCE_PER_NAME,
);
const initials = memoize((s: string): string => words(s).filter((w) => !NOT_INITIAL.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join(''), 50_000, ONCE_PER_NAME);
// Ids of canonical names, which recur across articles: each is built once per kind of name.
const personId = memoize((name: string): string => slugId('person', words(name).filter((w) => !/^\p{Lu}\.?$/u.test(w)).map(idWord).join(' ')), 50_000, ONCE_PER_NAME);
const organizationId = memoize((name: string): string => slugId('organization', name), 50_000, ONCE_PER_NAME);
const placeNameId = memoize((name: string): string => slugId('place', name), 50_000, ONCE_PER_NAME);
const acronymOf = (s: string) => s.replace(/[.\s]/g, '').toUpperCase();

/**
 * Joins name mentions into document entities: people by family name with compatible given
 * names, organizations by normalized name and acronym, places by gazetteer id. Takes the names
 * over: each becomes its mention in place (its entity's type, kind and id set), and `mentions` is
 * `names` itself, in its order (text order, units first), so that the caller merges a few ordered
 * runs instead of sorting mentions grouped by entity.
 */
export function linkNames(text: string, names: NameMention[]): { mentions: Mention[]; entities: Entity[] } {
  // Clustering in a function of its own: its indexes, which in a long text of ever new names are
  // about as large as the entities, are unreachable once it returns, whether or not an engine
  // frees locals that are no longer read (V8 did, measured; the split makes it certain).
  const { clusters, clusterOf } = clusterNames(text, names);
  // Made at its length: grown by pushes, a list of a million leaves its smaller copies behind, each
  // in the large-object space until the next full collection.
  const entities = new Array<Entity>(clusters.length);
  for (let k = 0; k < clusters.length; k++) {
    const c = clusters[k]!;
    // Most entities are named once: their one surface is their name, with no list to choose it from.
    const surfaces = typeof c.surfaces === 'string' ? undefined : [...c.surfaces];
    const name = surfaces === undefined ? (c.surfaces as string) : canonicalName(surfaces);
    // A person's id is made of the same name keys that linked its mentions.
    const id = c.id ?? (c.type === 'place' ? placeNameId(name) : c.kind === 'person' ? personId(name) : organizationId((surfaces && acronymIn(surfaces)) ?? name));
    entities[k] = { id, type: c.type, kind: c.kind, name, aliases: surfaces === undefined ? [] : surfaces.filter((s) => s !== name) };
    c.entityId = id;
  }
  names.forEach((m, i) => {
    const c = clusterOf[i]!;
    m.type = c.type;
    m.kind = c.kind;
    m.entityId = c.entityId!;
  });
  return { mentions: names, entities };
}

/** Each name's cluster (by its position in `names`), and the clusters in the order made. */
function clusterNames(text: string, names: readonly NameMention[]): { clusters: Cluster[]; clusterOf: Cluster[] } {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const people = new PeopleIndex();
  const byInitials = new Map<string, Cluster>();
  // The cluster of each name, by its position in `names`.
  const clusterOf: Cluster[] = new Array(names.length);
  // By where a mention placed so far ends, for those followed by a bracket: the cluster met first
  // that has a mention ending there.
  const byEnd = new Map<number, Cluster>();

  for (const i of longestFirst(names)) {
    const m = names[i]!;
    let created = false;
    let cluster: Cluster | undefined;
    // People only: the name keys, looked up once for the join and the cluster both.
    let keys: string[] | undefined;
    if (m.type === 'place') {
      // Before linking, a place's entityId is its gazetteer id, if it has one.
      const placeId = m.entityId;
      const key = placeId || `place-name:${orgKey(m.text)}`;
      // A known place in brackets is itself ("Pete Sampras (U.S.)"), never an acronym defined there.
      cluster = byKey.get(key) ?? (placeId ? undefined : definedAcronym(text, m, byEnd));
      if (!cluster) {
        cluster = newCluster(clusters, m, placeId || undefined);
        created = true;
      }
      // An acronym defined in brackets names its place for the rest of the article.
      if (!byKey.has(key)) byKey.set(key, cluster);
    } else if (m.kind === 'person') {
      keys = personKeyWords(m.text);
      cluster = people.find(keys);
      if (!cluster) {
        cluster = newCluster(clusters, m);
        created = true;
      }
      people.add(cluster, keys);
    } else {
      const key = `org:${orgKey(m.text)}`;
      cluster = byKey.get(key);
      if (!cluster) {
        // An acronym defined in brackets names its organization for the rest of the article.
        cluster = definedAcronym(text, m, byEnd);
        if (cluster) byKey.set(key, cluster);
      }
      if (!cluster && /^[\p{Lu}.]{2,8}$/u.test(m.text.replace(/-/g, ''))) cluster = byInitials.get(acronymOf(m.text));
      if (!cluster) {
        byKey.set(key, (cluster = newCluster(clusters, m)));
        created = true;
      }
    }
    // A new cluster starts with its mention; every mention is visited once.
    if (!created) addSurface(cluster, m.text);
    clusterOf[i] = cluster;
    // Only a name followed by a bracket can have an acronym defined after it: the others stay out
    // of the map, which would otherwise hold every mention of a long text.
    if (bracketFollows(text, m.end)) {
      const atEnd = byEnd.get(m.end);
      if (atEnd === undefined || atEnd.order > cluster.order) byEnd.set(m.end, cluster);
    }
    // "Joint Chiefs of Staff" answers for a later "JCS": the first organization made that has a
    // name of several words with those initials.
    if (cluster.kind === 'organization' && wordCount(m.text) > 1) {
      const ini = initials(m.text);
      const known = byInitials.get(ini);
      if (known === undefined || known.order > cluster.order) byInitials.set(ini, cluster);
    }
  }
  return { clusters, clusterOf };
}

/**
 * An organization written once in full and then by its acronym is known by the acronym across
 * articles ("North Atlantic Treaty Organization" … "NATO" is organization:nato, as is a lone
 * "NATO" elsewhere): the first acronym among its surfaces, if any.
 */
function acronymIn(surfaces: readonly string[]): string | undefined {
  if (surfaces.length < 2) return undefined;
  return surfaces.find((s) => ACRONYM.test(s));
}
const ACRONYM = /^(?:\p{Lu}\.?){2,6}(?:-\p{Lu})?$/u;

/**
 * Positions in `names`, longest names first (so that short forms find the full name they shorten),
 * names of one length in text order. Word counts are few and small: the positions are counted into
 * place by word count rather than sorted, each count's run keeping the order of `names` (text order,
 * units first), and a run is sorted only when it is out of order. No list per count: in a long
 * text each would grow by copies of itself.
 */
export function longestFirst(names: readonly NameMention[]): number[] {
  const counts = new Uint16Array(names.length);
  let most = 0;
  names.forEach((m, i) => {
    counts[i] = Math.min(wordCount(m.text), 0xffff);
    most = Math.max(most, counts[i]!);
  });
  // Where each word count's run starts in `order`: the most words first.
  const runStart = new Int32Array(most + 1);
  for (const n of counts) runStart[n] = runStart[n]! + 1;
  for (let n = most, at = 0; n >= 0; n--) {
    const size = runStart[n]!;
    runStart[n] = at;
    at += size;
  }
  const order = new Array<number>(names.length);
  const next = runStart.slice();
  counts.forEach((n, i) => {
    order[next[n]!] = i;
    next[n] = next[n]! + 1;
  });
  for (let n = most; n >= 0; n--) {
    const from = runStart[n]!;
    const to = n === 0 ? names.length : runStart[n - 1]!;
    let sorted = true;
    for (let k = from + 1; k < to && sorted; k++) sorted = names[order[k - 1]!]!.start <= names[order[k]!]!.start;
    if (sorted) continue;
    const run = order.slice(from, to).sort((a, b) => names[a]!.start - names[b]!.start);
    run.forEach((i, k) => (order[from + k] = i));
  }
  return order;
}

function newCluster(clusters: Cluster[], m: NameMention, id?: string): Cluster {
  // Every field in the literal: fields added later would each cost an out-of-object property store.
  const c: Cluster = { type: m.type, kind: m.kind, surfaces: oneSpaced(m.text), order: clusters.length, id, entityId: undefined };
  clusters.push(c);
  return c;
}

function addSurface(c: Cluster, text: string): void {
  const surface = oneSpaced(text);
  if (typeof c.surfaces !== 'string') c.surfaces.add(surface);
  else if (surface !== c.surfaces) c.surfaces = new Set([c.surfaces, surface]);
}

/**
 * The people of an article by the name keys a mention can match on, so that each mention is
 * compared with the few people who share its family name or given name, not with every person
 * before it. "Gerasimov" joins "Valery Gerasimov"; "Valeriy Gerasimov" joins it too; "Maher
 * al-Assad" does not join "Bashar al-Assad"; a lone "Bashar" joins the Bashar it names. Where
 * several people match, the one met first (the lowest `order`) takes the mention: only that one
 * is ever read, so the index keeps, where it can, the first met instead of all of them.
 */
export class PeopleIndex {
  // A long text of ever new people has as many entries here as mentions: a key's one entry is kept
  // as itself, a list made only for a second one, and a family of many names indexed (issue 13).
  /** By the last key of a name: each distinct name of a person with that last key. */
  private readonly byLast = new Map<string, IndexedName | IndexedName[] | Family>();
  /** By the first key of a name of several keys: the person met first named so. */
  private readonly byFirst = new Map<string, Cluster>();
  add(cluster: Cluster, keys: readonly string[]): void {
    if (keys.length === 0) return;
    const last = keys[keys.length - 1]!;
    const first = keys.length > 1 ? keys[0]! : undefined;
    const entries = this.byLast.get(last);
    if (entries instanceof Family) entries.add(cluster, first);
    else {
      // A name this person is indexed under already adds nothing: an article names most people the
      // same way many times. `find` reads a name's first and last keys only, so those say it is the same.
      const same = (e: IndexedName) => e.cluster === cluster && e.first === first;
      if (entries !== undefined && (Array.isArray(entries) ? entries.some(same) : same(entries))) return;
      const entry: IndexedName = { cluster, first };
      if (entries === undefined) this.byLast.set(last, entry);
      else if (!Array.isArray(entries)) this.byLast.set(last, [entries, entry]);
      else if (entries.length < Family.FROM) entries.push(entry);
      else this.byLast.set(last, Family.of(entries, entry));
    }
    if (first !== undefined) {
      const known = this.byFirst.get(first);
      if (known === undefined || known.order > cluster.order) this.byFirst.set(first, cluster);
    }
  }

  find(keys: readonly string[]): Cluster | undefined {
    if (keys.length === 0) return undefined;
    const entries = this.byLast.get(keys[keys.length - 1]!);
    if (keys.length === 1) {
      // A lone key is a family name ("Gerasimov") or a given name ("Bashar") of a fuller name.
      let best = this.byFirst.get(keys[0]!);
      if (entries instanceof Family) return firstMet(best, entries.anyone);
      for (const e of each(entries)) best = firstMet(best, e.cluster);
      return best;
    }
    // Several keys: the same family name, and given names that agree or one of them unknown.
    const first = keys[0]!;
    if (entries instanceof Family) return entries.find(first);
    let best: Cluster | undefined;
    for (const e of each(entries)) if (agree(first, e.first)) best = firstMet(best, e.cluster);
    return best;
  }
}

/** A person's name in the people index: its first key where it has several, else undefined (a lone key). */
interface IndexedName {
  cluster: Cluster;
  first: string | undefined;
}

/** Whether a name with first key `first` can name the person indexed with first key `other`. */
const agree = (first: string, other: string | undefined): boolean =>
  other === undefined || first === other || first.startsWith(other) || other.startsWith(first);

/** Of two people (either maybe none), the one met first. */
const firstMet = (a: Cluster | undefined, b: Cluster | undefined): Cluster | undefined =>
  a === undefined || (b !== undefined && b.order < a.order) ? b : a;

/**
 * The names of one family name once they are many ("… Smith" in a list of thousands): the person
 * met first among those whose first keys agree with a mention's, found in as many lookups as the
 * mention's first key has characters, however many people share the family name. A list scanned
 * whole is smaller and faster for the few names a family has in an article: a family becomes one
 * of these only past `FROM` names.
 */
class Family {
  static readonly FROM = 32;
  /** The person met first of all: what a lone key finds. */
  anyone: Cluster | undefined;
  /** The person met first named by the family name alone: every given name agrees with theirs. */
  private bare: Cluster | undefined;
  /** By first key: the person met first with that first key. */
  private readonly exact = new Map<string, Cluster>();
  /** By each start of a first key, the whole key and "" included: the person met first whose first key starts so. */
  private readonly startingWith = new Map<string, Cluster>();

  static of(entries: readonly IndexedName[], entry: IndexedName): Family {
    const family = new Family();
    for (const e of entries) family.add(e.cluster, e.first);
    family.add(entry.cluster, entry.first);
    return family;
  }

  add(cluster: Cluster, first: string | undefined): void {
    this.anyone = firstMet(this.anyone, cluster);
    if (first === undefined) {
      this.bare = firstMet(this.bare, cluster);
      return;
    }
    const known = this.exact.get(first);
    if (known !== undefined && known.order <= cluster.order) return;
    this.exact.set(first, cluster);
    // Whoever is kept for a start of a key was met no later than whoever is kept for a longer start
    // (the shorter start is shared by more keys): the first start that keeps someone met earlier
    // keeps them for every shorter one too.
    for (let n = first.length; n >= 0; n--) {
      const start = first.slice(0, n);
      const kept = this.startingWith.get(start);
      if (kept !== undefined && kept.order <= cluster.order) break;
      this.startingWith.set(start, cluster);
    }
  }

  find(first: string): Cluster | undefined {
    // First keys that start with `first` (itself among them), then those that `first` starts with.
    let best = firstMet(this.bare, this.startingWith.get(first));
    for (let n = 0; n < first.length; n++) best = firstMet(best, this.exact.get(first.slice(0, n)));
    return best;
  }
}

const NONE: readonly never[] = [];
/** The entries kept under one key: none, one, or a list. */
const each = <T extends object>(kept: T | T[] | undefined): readonly T[] => (kept === undefined ? NONE : Array.isArray(kept) ? kept : [kept]);

// definedAcronym looks back at most three characters from an acronym for the name it defines.
const bracketFollows = (text: string, end: number): boolean => text[end] === '(' || text[end + 1] === '(' || text[end + 2] === '(';

// "Islamic State-Khorasan Province (ISIS-K)", "Russia’s Far East (RFE)": an acronym in parentheses
// right after the name of an organization or a place; a person's brackets hold no acronym of theirs.
function definedAcronym(text: string, m: NameMention, byEnd: ReadonlyMap<number, Cluster>): Cluster | undefined {
  if (text[m.start - 1] !== '(' || !/^[\p{Lu}.-]{2,10}$/u.test(m.text)) return undefined;
  let found: Cluster | undefined;
  for (let end = m.start - 3; end <= m.start - 1; end++) {
    const c = byEnd.get(end);
    if (c !== undefined && c.kind !== 'person' && (found === undefined || c.order < found.order)) found = c;
  }
  return found;
}

// The most words, then the longest, then the first in code-unit order (stable across locales).
function canonicalName(surfaces: string[]): string {
  let best = surfaces[0]!;
  let bestWords = wordCount(best);
  for (let i = 1; i < surfaces.length; i++) {
    const s = surfaces[i]!;
    const n = wordCount(s);
    if (n > bestWords || (n === bestWords && (s.length > best.length || (s.length === best.length && s < best)))) {
      best = s;
      bestWords = n;
    }
  }
  return best;
}
