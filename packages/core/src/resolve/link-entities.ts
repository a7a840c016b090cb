import type { NameMention } from '../names/find-names.js';
import { PARTICLE_PREFIX } from '../names/affixes.js';
import { fold } from '../names/gazetteer.js';
import { memoize } from '../memoize.js';
import type { Entity, Mention } from '../types.js';
import { idWord, nameKey, slugId } from './name-key.js';

const NOT_INITIAL = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to']);

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
const INITIAL = /^\p{Lu}\.?$/u;
// One array per name: a long text of ever new people asks this of every mention.
const personKeyWords = (s: string): string[] => {
  const keys: string[] = [];
  for (const w of s.split(/\s+/)) if (w !== '' && !INITIAL.test(w)) keys.push(nameKey(withoutParticle(w)));
  return keys;
};
// "Department of Defense" and "Defense Department", "Ministry of Defence" and "Defence Ministry"
// are one body: keyed in the second order.
const orgKey = (s: string): string =>
  fold(s)
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(department|ministry) of (?:the )?(.+)$/, '$2 $1');
const initials = (s: string): string => words(s).filter((w) => !NOT_INITIAL.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
const personId = (name: string): string => slugId('person', words(name).filter((w) => !/^\p{Lu}\.?$/u.test(w)).map(idWord).join(' '));

/**
 * What linking asks of one written name: its keys, which join its mentions, and the ids it gives
 * an entity named so. One object per name, not a table per question: every question after the
 * first is a field.
 */
class WrittenName {
  constructor(readonly text: string) {}
  private personKeys_: string[] | undefined;
  private orgKey_: string | undefined;
  private initials_: string | undefined;
  private personId_: string | undefined;
  private organizationId_: string | undefined;
  private placeId_: string | undefined;
  get personKeys(): string[] {
    return (this.personKeys_ ??= personKeyWords(this.text));
  }
  get orgKey(): string {
    return (this.orgKey_ ??= orgKey(this.text));
  }
  get initials(): string {
    return (this.initials_ ??= initials(this.text));
  }
  // Ids of canonical names, which recur across articles: each is built once per kind of name.
  get personId(): string {
    return (this.personId_ ??= personId(this.text));
  }
  get organizationId(): string {
    return (this.organizationId_ ??= slugId('organization', this.text));
  }
  get placeId(): string {
    return (this.placeId_ ??= slugId('place', this.text));
  }
  /** The id of an entity of `e`'s type and kind named so. */
  idOf(e: Pick<Entity, 'type' | 'kind'>): string {
    return e.type === 'place' ? this.placeId : e.kind === 'person' ? this.personId : this.organizationId;
  }
}
// Asked once per mention and once per entity named otherwise than its first mention: a name met
// once in a long text of ever new names is not worth remembering (memoize.ts).
const writtenName = memoize((s: string) => new WrittenName(s), 50_000, { from: 'second meeting' });
const acronymOf = (s: string) => s.replace(/[.\s]/g, '').toUpperCase();
// Two to eight capitals and periods, hyphens aside; a longer name without hyphens is none, and is
// not copied to be tested.
const mayBeAcronym = (s: string): boolean => (s.length <= 8 || s.includes('-')) && /^[\p{Lu}.]{2,8}$/u.test(s.replace(/-/g, ''));

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
  const { entities, surfaces, entityOf, idAsMade } = clusterNames(text, names);
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    // Most entities are named once: their one surface is their name, with no list to choose it from.
    const named = surfaces.get(k);
    const all = named === undefined ? undefined : [...named];
    if (all !== undefined) {
      e.name = canonicalName(all);
      e.aliases = all.filter((s) => s !== e.name);
    }
    if (e.id !== '') continue;
    // A person's id is made of the same name keys that linked its mentions.
    if (all === undefined) e.id = idAsMade[k] ?? writtenName(e.name).idOf(e);
    else e.id = writtenName((e.type !== 'place' && e.kind !== 'person' && acronymIn(all)) || e.name).idOf(e);
  }
  names.forEach((m, i) => {
    const e = entities[entityOf[i]!]!;
    m.type = e.type;
    m.kind = e.kind;
    m.entityId = e.id;
  });
  return { mentions: names, entities };
}

/** The entity of names: an actor or a place, of the kinds names have. */
type NameEntity = Entity & Pick<NameMention, 'type' | 'kind'>;

/**
 * The entities of the names, each made at its first mention in the shape it keeps (its id, unless
 * a gazetteer id, its name and its aliases are settled once every mention is placed: one object
 * per entity, not a cluster and then an entity); the surfaces of those named more than one way;
 * and each name's entity, by the name's position in `names`. The indexes know an entity by its
 * position in `entities`, the order it was made in: the first made wins where several could take
 * a mention.
 */
function clusterNames(text: string, names: readonly NameMention[]): { entities: NameEntity[]; surfaces: Map<number, Set<string>>; entityOf: Uint32Array; idAsMade: (string | undefined)[] } {
  const entities: NameEntity[] = [];
  // By entity, the id it has if it keeps the name of the mention it was made at (written with
  // single spaces; most entities are named once), asked of that mention's written name, which is
  // at hand: not asked again, and not kept until linking is done.
  const idAsMade: (string | undefined)[] = [];
  // Most entities are named once, by the name they are made with: a set is made for a second surface.
  const surfaces = new Map<number, Set<string>>();
  // By key: places by gazetteer id and by name, organizations by name. Three maps, not one map of
  // prefixed keys: a prefixed key is a new string to hash at every mention.
  const placeById = new Map<string, number>();
  const placeByName = new Map<string, number>();
  const orgByKey = new Map<string, number>();
  const people = new PeopleIndex();
  const byInitials = new Map<string, number>();
  const entityOf = new Uint32Array(names.length);
  // By where a mention placed so far ends, for those followed by a bracket: the entity made first
  // that has a mention ending there.
  const byEnd = new Map<number, number>();

  for (const i of longestFirst(names)) {
    const m = names[i]!;
    const written = writtenName(m.text);
    const made = entities.length;
    let k: number | undefined;
    if (m.type === 'place') {
      // Before linking, a place's entityId is its gazetteer id, if it has one.
      const placeId = m.entityId;
      const byKey = placeId ? placeById : placeByName;
      const key = placeId || written.orgKey;
      // A known place in brackets is itself ("Pete Sampras (U.S.)"), never an acronym defined there.
      const known = byKey.get(key);
      k = known ?? (placeId ? undefined : definedAcronym(text, m, entities, byEnd));
      if (k === undefined) k = newEntity(entities, m, placeId);
      else addSurface(entities, surfaces, k, m.text);
      // An acronym defined in brackets names its place for the rest of the article.
      if (known === undefined) byKey.set(key, k);
    } else if (m.kind === 'person') {
      // The name keys, looked up once for the join and the index both.
      const keys = written.personKeys;
      k = people.find(keys);
      if (k === undefined) k = newEntity(entities, m, '');
      else addSurface(entities, surfaces, k, m.text);
      people.add(k, keys);
    } else {
      const key = written.orgKey;
      k = orgByKey.get(key);
      if (k === undefined) {
        // An acronym defined in brackets names its organization for the rest of the article.
        k = definedAcronym(text, m, entities, byEnd);
        if (k !== undefined) orgByKey.set(key, k);
      }
      if (k === undefined && mayBeAcronym(m.text)) k = byInitials.get(acronymOf(m.text));
      if (k === undefined) orgByKey.set(key, (k = newEntity(entities, m, '')));
      else addSurface(entities, surfaces, k, m.text);
    }
    entityOf[i] = k;
    if (k === made) idAsMade[k] = entities[k]!.id === '' && entities[k]!.name === m.text ? written.idOf(entities[k]!) : undefined;
    // Only a name followed by a bracket can have an acronym defined after it: the others stay out
    // of the map, which would otherwise hold every mention of a long text.
    if (bracketFollows(text, m.end)) {
      const atEnd = byEnd.get(m.end);
      if (atEnd === undefined || atEnd > k) byEnd.set(m.end, k);
    }
    // "Joint Chiefs of Staff" answers for a later "JCS": the first organization made that has a
    // name of several words with those initials.
    if (entities[k]!.kind === 'organization' && wordCount(m.text) > 1) {
      const ini = written.initials;
      const known = byInitials.get(ini);
      if (known === undefined || known > k) byInitials.set(ini, k);
    }
  }
  return { entities, surfaces, entityOf, idAsMade };
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

/** A new entity named as `m` is written, its id a known place's gazetteer id or '' until settled; its position in `entities`. */
function newEntity(entities: NameEntity[], m: NameMention, placeId: string): number {
  // The entity's literal, every field in it: fields added later would each cost an out-of-object property store.
  entities.push({ id: placeId, type: m.type, kind: m.kind, name: oneSpaced(m.text), aliases: [] });
  return entities.length - 1;
}

function addSurface(entities: readonly Entity[], surfaces: Map<number, Set<string>>, k: number, text: string): void {
  const surface = oneSpaced(text);
  const known = surfaces.get(k);
  if (known !== undefined) known.add(surface);
  else if (surface !== entities[k]!.name) surfaces.set(k, new Set([entities[k]!.name, surface]));
}

/**
 * The people of an article by the name keys a mention can match on, so that each mention is
 * compared with the few people who share its family name or given name, not with every person
 * before it. "Gerasimov" joins "Valery Gerasimov"; "Valeriy Gerasimov" joins it too; "Maher
 * al-Assad" does not join "Bashar al-Assad"; a lone "Bashar" joins the Bashar it names. People are
 * known by the order they were met in (their entity's position); where several match, the one met
 * first takes the mention: only that one is ever read, so the index keeps, where it can, the first
 * met instead of all of them.
 */
export class PeopleIndex {
  // A long text of ever new people has as many entries here as mentions: a key's one entry is kept
  // as itself, a list made only for a second one, and a family of many names indexed (issue 13).
  /** By the last key of a name: each distinct name of a person with that last key. */
  private readonly byLast = new Map<string, IndexedName | IndexedName[] | Family>();
  /** By the first key of a name of several keys: the person met first named so. */
  private readonly byFirst = new Map<string, number>();
  add(person: number, keys: readonly string[]): void {
    if (keys.length === 0) return;
    const last = keys[keys.length - 1]!;
    const first = keys.length > 1 ? keys[0]! : undefined;
    const entries = this.byLast.get(last);
    if (entries instanceof Family) entries.add(person, first);
    else {
      // A name this person is indexed under already adds nothing: an article names most people the
      // same way many times. `find` reads a name's first and last keys only, so those say it is the same.
      const same = (e: IndexedName) => e.person === person && e.first === first;
      if (entries !== undefined && (Array.isArray(entries) ? entries.some(same) : same(entries))) return;
      const entry: IndexedName = { person, first };
      if (entries === undefined) this.byLast.set(last, entry);
      else if (!Array.isArray(entries)) this.byLast.set(last, [entries, entry]);
      else if (entries.length < Family.FROM) entries.push(entry);
      else this.byLast.set(last, Family.of(entries, entry));
    }
    if (first !== undefined) this.byFirst.set(first, firstMet(this.byFirst.get(first), person)!);
  }

  find(keys: readonly string[]): number | undefined {
    if (keys.length === 0) return undefined;
    const entries = this.byLast.get(keys[keys.length - 1]!);
    if (keys.length === 1) {
      // A lone key is a family name ("Gerasimov") or a given name ("Bashar") of a fuller name.
      let best = this.byFirst.get(keys[0]!);
      if (entries instanceof Family) return firstMet(best, entries.anyone);
      for (const e of each(entries)) best = firstMet(best, e.person);
      return best;
    }
    // Several keys: the same family name, and given names that agree or one of them unknown.
    const first = keys[0]!;
    if (entries instanceof Family) return entries.find(first);
    let best: number | undefined;
    for (const e of each(entries)) if (agree(first, e.first)) best = firstMet(best, e.person);
    return best;
  }
}

/** A person's name in the people index: its first key where it has several, else undefined (a lone key). */
interface IndexedName {
  person: number;
  first: string | undefined;
}

/** Whether a name with first key `first` can name the person indexed with first key `other`. */
const agree = (first: string, other: string | undefined): boolean =>
  other === undefined || first === other || first.startsWith(other) || other.startsWith(first);

/** Of two people (either maybe none), the one met first. */
const firstMet = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined || (b !== undefined && b < a) ? b : a);

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
  anyone: number | undefined;
  /** The person met first named by the family name alone: every given name agrees with theirs. */
  private bare: number | undefined;
  /** By first key: the person met first with that first key. */
  private readonly exact = new Map<string, number>();
  /** By each start of a first key, the whole key and "" included: the person met first whose first key starts so. */
  private readonly startingWith = new Map<string, number>();

  static of(entries: readonly IndexedName[], entry: IndexedName): Family {
    const family = new Family();
    for (const e of entries) family.add(e.person, e.first);
    family.add(entry.person, entry.first);
    return family;
  }

  add(person: number, first: string | undefined): void {
    this.anyone = firstMet(this.anyone, person);
    if (first === undefined) {
      this.bare = firstMet(this.bare, person);
      return;
    }
    const known = this.exact.get(first);
    if (known !== undefined && known <= person) return;
    this.exact.set(first, person);
    // Whoever is kept for a start of a key was met no later than whoever is kept for a longer start
    // (the shorter start is shared by more keys): the first start that keeps someone met earlier
    // keeps them for every shorter one too.
    for (let n = first.length; n >= 0; n--) {
      const start = first.slice(0, n);
      const kept = this.startingWith.get(start);
      if (kept !== undefined && kept <= person) break;
      this.startingWith.set(start, person);
    }
  }

  find(first: string): number | undefined {
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

// "BEIRUT (AP) —": a bracket closed by a dash credits a wire agency, and defines nothing (datelines.ts).
const WIRE_CREDIT_CLOSE = /^\) ?[-–—]/;

// "Islamic State-Khorasan Province (ISIS-K)", "Russia’s Far East (RFE)": an acronym in parentheses
// right after the name of an organization or a place; a person's brackets hold no acronym of theirs.
function definedAcronym(text: string, m: NameMention, entities: readonly Entity[], byEnd: ReadonlyMap<number, number>): number | undefined {
  if (text[m.start - 1] !== '(' || !/^[\p{Lu}.-]{2,10}$/u.test(m.text) || WIRE_CREDIT_CLOSE.test(text.slice(m.end, m.end + 3))) return undefined;
  let found: number | undefined;
  for (let end = m.start - 3; end <= m.start - 1; end++) {
    const k = byEnd.get(end);
    if (k !== undefined && entities[k]!.kind !== 'person' && (found === undefined || k < found)) found = k;
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
