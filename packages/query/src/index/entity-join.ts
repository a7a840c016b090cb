// Joins the per-article entities of core into corpus entities, incrementally.
//
// Articles contribute name keys (entity-keys.ts). Keys join into clusters, one cluster per
// corpus entity, by rules that depend only on which keys exist in the corpus, never on the
// order articles arrived in:
//   - places and dates: one key each (core's id), never joined further;
//   - full person names with the same family name and compatible given names
//     ("Valeriy Gerasimov" ~ "Valery Gerasimov", "Mark A. Milley" ~ "Mark Milley");
//   - a one-word actor name ("Gerasimov", "NATO") joins the one person with that family name
//     or the one organization with that acronym or one-word alias, when there is exactly one;
//     when there are several, the one that some article itself linked the word to (core's
//     within-article aliases), if exactly one was; otherwise it stays an entity of its own.
// Those rules are local to a word: a family name, acronym or alias word is a "group", and a
// change to an article only re-decides the groups whose keys appeared, vanished or changed
// role. The postings of everything else are untouched.
import type { MentionKind, MentionType } from '@seedlens/core';
import type { KeyContribution } from './entity-keys.js';
import { NameIndex } from './name-index.js';
import { type PersonName, givenCompatibility, parsePersonName } from './person-name.js';
import { type Postings, addPosting, mergePostings, removePosting } from './postings.js';
import type { SnapshotReader, SnapshotWriter } from '../records/snapshot-format.js';
import { type Tally, tallyAdd, tallyEntries, tallyGet } from './tally.js';
import { foldedWords } from '../text/text-fold.js';
import type { CorpusEntity } from '../types.js';

type Role = 'fixed' | 'single' | 'person' | 'org' | 'isolated';

interface KeyRecord {
  id: number;
  key: string;
  type: MentionType;
  words: string[];
  value: string | undefined;
  /** Articles (doc ids) with their mention counts. */
  postings: Postings;
  mentions: number;
  surfaceMentions: Tally<string>;
  surfaceArticles: Tally<string>;
  kinds: Tally<MentionKind>;
  /** One-word aliases core linked to this name, with the number of articles that did. */
  aliasArticles: Tally<string>;
  role: Role;
  person: PersonName | null;
  groups: string[];
  signature: string;
  /** Key id of the root of this key's cluster. */
  root: number;
  surfacesChanged: boolean;
}

interface Cluster {
  root: number;
  members: number[];
  id: string;
  /** Number of articles, -1 when stale. */
  df: number;
  /** Postings merged from several keys' (kept until the cluster changes). */
  merged: Postings | undefined;
  /** Materialized record; replaced, never mutated, when the cluster changes. */
  entity: CorpusEntity | undefined;
}

/** A cluster as the rest of the corpus sees it: a small int handle plus its corpus id. */
export type ClusterHandle = number;

export class EntityJoin {
  private readonly keys: Array<KeyRecord | undefined> = [];
  private readonly freeKeyIds: number[] = [];
  private readonly keyIds = new Map<string, number>();
  private readonly groups = new Map<string, Set<number>>();
  private readonly clusters = new Map<number, Cluster>();
  private readonly ids = new Map<string, number>();
  private readonly touchedKeys = new Set<number>();
  private readonly dateKeyIds = new Set<number>();
  readonly names = new NameIndex();

  /** Adds an article's contributions; returns the key id of each contribution. Call `settle` after. */
  addDocument(doc: number, contributions: readonly KeyContribution[]): Int32Array {
    const ids = new Int32Array(contributions.length);
    contributions.forEach((c, i) => {
      const k = this.keyFor(c);
      ids[i] = k.id;
      addPosting(k.postings, doc, c.mentions);
      k.mentions += c.mentions;
      for (let j = 0; j < c.surfaces.length; j += 2) {
        const surface = c.surfaces[j] as string;
        if (tallyGet(k.surfaceMentions, surface) === 0) k.surfacesChanged = true;
        tallyAdd(k.surfaceMentions, surface, c.surfaces[j + 1] as number);
        tallyAdd(k.surfaceArticles, surface, 1);
      }
      for (let j = 0; j < c.kinds.length; j += 2) tallyAdd(k.kinds, c.kinds[j] as MentionKind, c.kinds[j + 1] as number);
      for (const w of c.aliasWords) tallyAdd(k.aliasArticles, w, 1);
      this.touchedKeys.add(k.id);
    });
    return ids;
  }

  /** Subtracts exactly what `addDocument` added for the same contributions. Call `settle` after. */
  removeDocument(doc: number, contributions: readonly KeyContribution[]): void {
    for (const c of contributions) {
      const id = this.keyIds.get(c.key);
      const k = id === undefined ? undefined : this.keys[id];
      if (!k) continue;
      removePosting(k.postings, doc);
      k.mentions -= c.mentions;
      for (let j = 0; j < c.surfaces.length; j += 2) {
        const surface = c.surfaces[j] as string;
        tallyAdd(k.surfaceMentions, surface, -(c.surfaces[j + 1] as number));
        tallyAdd(k.surfaceArticles, surface, -1);
        if (tallyGet(k.surfaceMentions, surface) === 0) k.surfacesChanged = true;
      }
      for (let j = 0; j < c.kinds.length; j += 2) tallyAdd(k.kinds, c.kinds[j] as MentionKind, -(c.kinds[j + 1] as number));
      for (const w of c.aliasWords) tallyAdd(k.aliasArticles, w, -1);
      this.touchedKeys.add(k.id);
    }
  }

  /**
   * Brings the clusters up to date with the keys touched since the last call: drops keys no
   * article mentions any more, re-decides the groups whose members changed, and refreshes the
   * touched clusters' ids and counts.
   */
  settle(): void {
    const dirtyGroups = new Set<string>();
    const touchedClusters = new Set<number>();
    const dead: KeyRecord[] = [];
    for (const id of this.touchedKeys) {
      const k = this.keys[id];
      if (!k) continue;
      touchedClusters.add(k.root);
      if (k.mentions <= 0) {
        dead.push(k);
        for (const g of k.groups) this.leaveGroup(g, k.id, dirtyGroups);
        continue;
      }
      const next = describe(k);
      if (next.signature !== k.signature) {
        for (const g of k.groups) this.leaveGroup(g, k.id, dirtyGroups);
        Object.assign(k, next);
        for (const g of k.groups) this.joinGroup(g, k.id, dirtyGroups);
        // Roles outside groups are their own cluster; grouped roles are re-decided below.
        if (k.role !== 'single' && k.role !== 'person') this.move(k, k.id, touchedClusters);
      }
      if (k.surfacesChanged) {
        k.surfacesChanged = false;
        if (k.type !== 'date') this.names.set(k.id, nameWords(k));
      }
    }
    this.touchedKeys.clear();
    for (const k of dead) {
      this.detach(k, touchedClusters);
      this.dateKeyIds.delete(k.id);
      this.names.delete(k.id);
      this.keyIds.delete(k.key);
      this.keys[k.id] = undefined;
    }
    const assignments = new Map<number, number>();
    for (const g of dirtyGroups) this.decideGroup(g, assignments);
    for (const [id, root] of assignments) {
      const k = this.keys[id];
      if (k && k.root !== root) this.move(k, root, touchedClusters);
    }
    for (const k of dead) this.freeKeyIds.push(k.id);
    for (const root of touchedClusters) {
      const c = this.clusters.get(root);
      if (c) this.refresh(c);
    }
  }

  // ------------------------------------------------------------------ reading

  /** Id of a name key (see entity-keys.ts), if any article has it. */
  keyId(key: string): number | undefined {
    return this.keyIds.get(key);
  }

  /** Cluster of a key. */
  clusterOfKey(keyId: number): ClusterHandle {
    return this.keys[keyId]!.root;
  }

  clusterByCorpusId(id: string): ClusterHandle | undefined {
    return this.ids.get(id);
  }

  corpusId(cluster: ClusterHandle): string {
    return this.clusters.get(cluster)!.id;
  }

  typeOf(cluster: ClusterHandle): MentionType {
    return this.keys[cluster]!.type;
  }

  /** Whether a key's cluster is `cluster`. */
  keyInCluster(keyId: number, cluster: ClusterHandle): boolean {
    return this.keys[keyId]?.root === cluster;
  }

  keyValue(keyId: number): string | undefined {
    return this.keys[keyId]!.value;
  }

  /** One more than the largest key id (and cluster handle). */
  keyCapacity(): number {
    return this.keys.length;
  }

  /** Every cluster handle. */
  allClusters(): IterableIterator<ClusterHandle> {
    return this.clusters.keys();
  }

  /** Date keys with their TIMEX3 values. */
  *dateKeys(): Generator<[number, string]> {
    for (const id of this.dateKeyIds) {
      const k = this.keys[id]!;
      yield [id, k.value ?? k.key.slice('d date:'.length)];
    }
  }

  /**
   * Keys of `type` that have `words` (folded), one after the other, as whole words of one of
   * their names ("gerasimov" and "valery gerasimov" name Valery Gerasimov; "gera" does not).
   */
  keysNamed(words: readonly string[], type: MentionType): number[] {
    if (words.length === 0) return [];
    return this.names.keysWith(words[0]!).filter((id) => {
      const k = this.keys[id]!;
      if (k.type !== type) return false;
      if (words.length === 1) return true;
      return nameWordLists(k).some((name) => containsRun(name, words));
    });
  }

  keyPostings(keyId: number): Readonly<Postings> {
    return this.keys[keyId]!.postings;
  }

  /** Number of articles mentioning the cluster. */
  df(cluster: ClusterHandle): number {
    const c = this.clusters.get(cluster)!;
    if (c.df < 0) c.df = c.members.length === 1 ? this.keys[c.members[0]!]!.postings.length : this.postings(cluster).length;
    return c.df;
  }

  /** The articles of a cluster with their mention counts, by doc id. */
  postings(cluster: ClusterHandle): Readonly<Postings> {
    const c = this.clusters.get(cluster)!;
    if (c.members.length === 1) return this.keys[c.members[0]!]!.postings;
    c.merged ??= mergePostings(c.members.map((m) => this.keys[m]!.postings));
    return c.merged;
  }

  /** The materialized corpus entity of a cluster. */
  entity(cluster: ClusterHandle): CorpusEntity {
    const c = this.clusters.get(cluster)!;
    c.entity ??= this.materialize(c);
    return c.entity;
  }

  /** Throws when the indexes disagree with one another (for tests of incremental updates). */
  checkConsistency(): void {
    const fail = (what: string) => {
      throw new Error(`EntityJoin inconsistent: ${what}`);
    };
    for (const k of this.keys) {
      if (!k) continue;
      if (k.mentions <= 0 || k.postings.length === 0) fail(`key ${k.key} has no mentions`);
      if (this.keyIds.get(k.key) !== k.id) fail(`key ${k.key} not registered`);
      if (!this.clusters.get(k.root)?.members.includes(k.id)) fail(`key ${k.key} missing from its cluster`);
      for (const g of k.groups) if (!this.groups.get(g)?.has(k.id)) fail(`key ${k.key} missing from group ${g}`);
    }
    for (const [g, members] of this.groups) for (const id of members) if (!this.keys[id]?.groups.includes(g)) fail(`group ${g} holds a stranger`);
    for (const [root, c] of this.clusters) {
      if (c.members.length === 0) fail(`empty cluster ${c.id}`);
      if (!c.members.includes(root)) fail(`cluster ${c.id} without its root`);
      for (const m of c.members) if (this.keys[m]?.root !== root) fail(`cluster ${c.id} holds a stranger`);
      if (this.ids.get(c.id) !== root) fail(`id ${c.id} not mapped`);
    }
    if (this.ids.size !== this.clusters.size) fail('stale ids');
  }

  // ------------------------------------------------------------------ snapshot

  /**
   * Writes the settled join (see corpus-snapshot.ts): each key's own state, and the clusters,
   * corpus ids and name words in their order. What a key's names make of it (role, person name,
   * groups) is derived again when read.
   */
  writeSnapshot(w: SnapshotWriter): void {
    if (this.touchedKeys.size > 0) throw new Error('EntityJoin: settle before writing a snapshot');
    const tally = (t: Tally<string>): void => {
      w.uint(t.length / 2);
      for (let i = 0; i < t.length; i += 2) {
        w.str(t[i] as string);
        w.uint(t[i + 1] as number);
      }
    };
    w.uint(this.keys.length);
    for (const k of this.keys) {
      if (!k) {
        w.uint(0);
        continue;
      }
      w.uint(1);
      w.str(k.key);
      w.str(k.type);
      w.uint(k.words.length);
      for (const word of k.words) w.str(word);
      w.opt(k.value);
      w.uints(k.postings);
      w.uint(k.mentions);
      tally(k.surfaceMentions);
      tally(k.surfaceArticles);
      tally(k.kinds);
      tally(k.aliasArticles);
      w.uint(k.root);
    }
    w.uints(this.freeKeyIds);
    w.uint(this.clusters.size);
    for (const [root, c] of this.clusters) {
      w.uint(root);
      w.uints(c.members);
      w.str(c.id);
    }
    w.uint(this.ids.size);
    for (const [id, root] of this.ids) {
      w.str(id);
      w.uint(root);
    }
    w.uints([...this.dateKeyIds]);
    this.names.writeSnapshot(w);
  }

  /** The join `writeSnapshot` wrote; throws a RangeError on a damaged snapshot. */
  static fromSnapshot(r: SnapshotReader): EntityJoin {
    const join = new EntityJoin();
    const tally = <T extends string>(): Tally<T> => {
      const out: Tally<T> = new Array(r.count() * 2);
      for (let i = 0; i < out.length; i += 2) {
        out[i] = r.str() as T;
        out[i + 1] = r.uint();
      }
      return out;
    };
    const keyCount = r.count();
    const grouped = new Set<string>();
    for (let id = 0; id < keyCount; id++) {
      if (r.uint() === 0) {
        join.keys.push(undefined);
        continue;
      }
      const key = r.str();
      const type = r.str();
      if (type !== 'actor' && type !== 'place' && type !== 'date') throw new RangeError('bad key type in snapshot');
      const words = new Array<string>(r.count());
      for (let i = 0; i < words.length; i++) words[i] = r.str();
      const k: KeyRecord = {
        id,
        key,
        type,
        words,
        value: r.opt(),
        postings: r.uints(),
        mentions: r.uint(),
        surfaceMentions: tally(),
        surfaceArticles: tally(),
        kinds: tally<MentionKind>(),
        aliasArticles: tally(),
        role: 'fixed',
        person: null,
        groups: [],
        signature: '',
        root: r.uint(),
        surfacesChanged: false,
      };
      Object.assign(k, describe(k));
      join.keys.push(k);
      join.keyIds.set(key, id);
      for (const g of k.groups) join.joinGroup(g, id, grouped);
    }
    const known = (id: number): number => {
      if (!join.keys[id]) throw new RangeError('bad key id in snapshot');
      return id;
    };
    for (const id of r.uints()) {
      if (id >= keyCount || join.keys[id]) throw new RangeError('bad free key id in snapshot');
      join.freeKeyIds.push(id);
    }
    for (let n = r.count(); n > 0; n--) {
      const root = known(r.uint());
      const members = r.uints().map(known);
      join.clusters.set(root, { root, members, id: r.str(), df: -1, merged: undefined, entity: undefined });
    }
    for (let n = r.count(); n > 0; n--) join.ids.set(r.str(), r.uint());
    for (const id of r.uints()) join.dateKeyIds.add(known(id));
    join.names.readSnapshot(r);
    join.checkConsistency();
    return join;
  }

  // ------------------------------------------------------------------ keys and groups

  private keyFor(c: KeyContribution): KeyRecord {
    const existing = this.keyIds.get(c.key);
    if (existing !== undefined) return this.keys[existing]!;
    const id = this.freeKeyIds.pop() ?? this.keys.length;
    const k: KeyRecord = {
      id,
      key: c.key,
      type: c.type,
      words: c.words,
      value: c.value,
      postings: [],
      mentions: 0,
      surfaceMentions: [],
      surfaceArticles: [],
      kinds: [],
      aliasArticles: [],
      role: 'fixed',
      person: null,
      groups: [],
      signature: '',
      root: id,
      surfacesChanged: true,
    };
    this.keys[id] = k;
    this.keyIds.set(c.key, id);
    if (k.type === 'date') this.dateKeyIds.add(id);
    this.clusters.set(id, { root: id, members: [id], id: '', df: -1, merged: undefined, entity: undefined });
    return k;
  }

  private joinGroup(g: string, id: number, dirty: Set<string>): void {
    let members = this.groups.get(g);
    if (!members) this.groups.set(g, (members = new Set()));
    members.add(id);
    dirty.add(g);
  }

  private leaveGroup(g: string, id: number, dirty: Set<string>): void {
    const members = this.groups.get(g);
    if (!members) return;
    members.delete(id);
    if (members.size === 0) this.groups.delete(g);
    dirty.add(g);
  }

  /** Decides the clusters of the persons and the one-word name of group `g`. */
  private decideGroup(g: string, assignments: Map<number, number>): void {
    const members = [...(this.groups.get(g) ?? [])].map((id) => this.keys[id]!);
    const persons = members.filter((k) => k.role === 'person').sort((a, b) => compareStrings(a.key, b.key));
    const orgs = members.filter((k) => k.role === 'org');
    const single = members.find((k) => k.role === 'single');
    const personRoots = personComponents(persons);
    for (const [id, root] of personRoots) assignments.set(id, root);
    if (!single) return;
    const candidates = new Set<number>([...personRoots.values(), ...orgs.map((o) => o.id)]);
    let target = single.id;
    if (candidates.size === 1) target = [...candidates][0]!;
    else if (candidates.size > 1) {
      const linked = [...candidates].filter((root) => {
        const keys = this.keys[root]!.role === 'org' ? [this.keys[root]!] : persons.filter((p) => personRoots.get(p.id) === root);
        return keys.some((k) => tallyGet(k.aliasArticles, g) > 0);
      });
      if (linked.length === 1) target = linked[0]!;
    }
    assignments.set(single.id, target);
  }

  private move(k: KeyRecord, root: number, touched: Set<number>): void {
    if (k.root === root) return;
    this.detach(k, touched);
    k.root = root;
    let c = this.clusters.get(root);
    if (!c) this.clusters.set(root, (c = { root, members: [], id: '', df: -1, merged: undefined, entity: undefined }));
    c.members.push(k.id);
    touched.add(root);
  }

  private detach(k: KeyRecord, touched: Set<number>): void {
    const c = this.clusters.get(k.root);
    if (!c) return;
    const i = c.members.indexOf(k.id);
    if (i >= 0) c.members.splice(i, 1);
    touched.add(c.root);
    if (c.members.length === 0) {
      this.clusters.delete(c.root);
      if (this.ids.get(c.id) === c.root) this.ids.delete(c.id);
    }
  }

  // ------------------------------------------------------------------ cluster records

  private refresh(c: Cluster): void {
    c.df = -1;
    c.merged = undefined;
    c.entity = undefined;
    const id = c.members.length === 1 ? keyCorpusId(this.keys[c.members[0]!]!) : this.clusterCorpusId(c);
    if (id !== c.id) {
      if (this.ids.get(c.id) === c.root) this.ids.delete(c.id);
      c.id = id;
    }
    this.ids.set(id, c.root);
  }

  /** Id of a cluster of several keys: its most complete name, prefixed by its most frequent kind. */
  private clusterCorpusId(c: Cluster): string {
    const members = c.members.map((m) => this.keys[m]!);
    const head = members.reduce((best, k) => (compareKeys(k, best) < 0 ? k : best));
    if (head.type !== 'actor' || head.words.length === 0) return head.key.slice(2);
    const kind = sortedTally(members.flatMap((k) => [...tallyEntries(k.kinds)]))[0]?.[0];
    return `${kind ?? 'actor'}:${head.words.join('-')}`;
  }

  private materialize(c: Cluster): CorpusEntity {
    const members = c.members.map((m) => this.keys[m]!);
    const type = members[0]!.type;
    const mentions = new Map<string, number>();
    const articles = new Map<string, number>();
    for (const k of members) {
      for (const [s, n] of tallyEntries(k.surfaceMentions)) mentions.set(s, (mentions.get(s) ?? 0) + n);
      for (const [s, n] of tallyEntries(k.surfaceArticles)) articles.set(s, (articles.get(s) ?? 0) + n);
    }
    const surfaces = [...mentions.keys()];
    const value = type === 'date' ? members[0]!.value ?? c.id.slice('date:'.length) : undefined;
    const name =
      value ??
      surfaces.reduce((best, s) => (compareSurfaces(s, best, articles, mentions) < 0 ? s : best), surfaces[0] ?? c.id);
    const others = surfaces.filter((s) => s !== name).sort((a, b) => (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || compareStrings(a, b));
    const kinds = sortedTally(members.flatMap((k) => [...tallyEntries(k.kinds)])).map(([k]) => k);
    return {
      id: c.id,
      type,
      ...(kinds[0] !== undefined && { kind: kinds[0] }),
      name,
      names: [name, ...others],
      kinds,
      ...(value !== undefined && { value }),
      articleCount: this.df(c.root),
      mentionCount: members.reduce((n, k) => n + k.mentions, 0),
    };
  }
}

// ------------------------------------------------------------------ rules

function describe(k: KeyRecord): Pick<KeyRecord, 'role' | 'person' | 'groups' | 'signature'> {
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
  const groups = [...new Set([...acronyms(k.words), ...[...tallyEntries(k.aliasArticles)].map(([w]) => w)])].sort();
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
function personComponents(persons: readonly KeyRecord[]): Map<number, number> {
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
function nameWordLists(k: KeyRecord): string[][] {
  const lists = [k.words];
  for (const [s] of tallyEntries(k.surfaceMentions)) lists.push(foldedWords(s));
  if (k.type === 'place') lists.push(k.key.slice(k.key.indexOf(':') + 1).split('-').filter(Boolean));
  return lists;
}

function nameWords(k: KeyRecord): string[] {
  return nameWordLists(k).flat();
}

function containsRun(name: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + words.length <= name.length; i++) {
    if (words.every((w, j) => name[i + j] === w)) return true;
  }
  return false;
}

/** Id of a key alone in its cluster: core's id for places and dates; kind and name for actors. */
function keyCorpusId(k: KeyRecord): string {
  if (k.type !== 'actor' || k.words.length === 0) return k.key.slice(2);
  return `${sortedTally([...tallyEntries(k.kinds)])[0]?.[0] ?? 'actor'}:${k.words.join('-')}`;
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

function sortedTally<T extends string>(entries: Array<[T, number]>): Array<[T, number]> {
  const sums = new Map<T, number>();
  for (const [k, n] of entries) sums.set(k, (sums.get(k) ?? 0) + n);
  return [...sums].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
