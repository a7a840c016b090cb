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
//
// The keys and what articles gave them are in join-keys.ts, the clusters of keys (one per corpus
// entity) in clusters.ts, and the rules, as pure functions, in join-rules.ts; this module keeps
// the groups and applies the rules to those a change touched.
import type { MentionType } from '@seedlens/core';
import type { SnapshotReader, SnapshotWriter } from '../../records/snapshot-format.js';
import { compareStrings } from '../../text/string-order.js';
import type { CorpusEntity } from '../../types.js';
import { Clusters } from './clusters.js';
import type { KeyContribution } from './entity-keys.js';
import { type KeyRecord, KeyTable } from './join-keys.js';
import { containsRun, describe, keyCorpusId, nameWordLists, nameWords, personComponents } from './join-rules.js';
import { NameIndex } from './name-index.js';
import { type Postings, docOf } from '../postings.js';
import type { PreparedKey } from './prepared-keys.js';
import { tallyGet } from './tally.js';

/** A cluster as the rest of the corpus sees it: a small int handle plus its corpus id. */
export type ClusterHandle = number;

export class EntityJoin {
  private readonly keys = new KeyTable();
  private readonly clusters = new Clusters(this.keys);
  /** Group word (family name, acronym, alias word) → the keys in the group. */
  private readonly groups = new Map<string, Set<number>>();
  readonly names = new NameIndex();
  /** Answers worked out beforehand (prepared-keys.ts) for keys of `preparedDoc`, until the join settles. */
  private readonly prepared = new Map<number, PreparedKey>();
  private preparedDoc = -1;

  /**
   * Adds an article's contributions; returns the key id of each contribution. Call `settle` after.
   * `prepared`: `prepareKey` of each contribution, which settling takes for the keys only this
   * article has instead of deriving them again.
   */
  addDocument(doc: number, contributions: readonly KeyContribution[], prepared?: readonly PreparedKey[]): Int32Array {
    const ids = this.keys.add(doc, contributions, (k) => this.clusters.open(k.id), prepared);
    if (prepared) {
      // Kept for one article at a time: the check in `sole` knows only one.
      if (this.preparedDoc !== doc) this.prepared.clear();
      this.preparedDoc = doc;
      for (let i = 0; i < ids.length; i++) this.prepared.set(ids[i]!, prepared[i]!);
    }
    return ids;
  }

  /** Subtracts exactly what `addDocument` added for the same contributions. Call `settle` after. */
  removeDocument(doc: number, contributions: readonly KeyContribution[]): void {
    this.keys.remove(doc, contributions);
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
    for (const id of this.keys.touched) {
      const k = this.keys.get(id);
      if (!k) continue;
      touchedClusters.add(k.root);
      if (k.mentions <= 0) {
        dead.push(k);
        for (const g of k.groups) this.leaveGroup(g, k.id, dirtyGroups);
        continue;
      }
      const sole = this.sole(k);
      const next = sole ? sole.description : describe(k);
      if (next.signature !== k.signature) {
        for (const g of k.groups) this.leaveGroup(g, k.id, dirtyGroups);
        k.role = next.role;
        k.person = next.person;
        k.groups = next.groups;
        k.signature = next.signature;
        for (const g of k.groups) this.joinGroup(g, k.id, dirtyGroups);
        // Roles outside groups are their own cluster; grouped roles are re-decided below.
        if (k.role !== 'single' && k.role !== 'person') this.clusters.move(k, k.id, touchedClusters);
      }
      if (k.surfacesChanged) {
        k.surfacesChanged = false;
        if (k.type !== 'date') this.names.set(k.id, sole ? sole.words : nameWords(k));
      }
    }
    this.keys.touched.clear();
    for (const k of dead) {
      this.clusters.detach(k, touchedClusters);
      this.names.delete(k.id);
      this.keys.drop(k);
    }
    const assignments = new Map<number, number>();
    for (const g of dirtyGroups) this.decideGroup(g, assignments);
    for (const [id, root] of assignments) {
      const k = this.keys.get(id);
      if (k && k.root !== root) this.clusters.move(k, root, touchedClusters);
    }
    for (const k of dead) this.keys.release(k.id);
    const soloId = (k: KeyRecord) => this.sole(k)?.corpusId ?? keyCorpusId(k);
    for (const root of touchedClusters) this.clusters.refresh(root, soloId);
    this.prepared.clear();
  }

  /** The answers prepared for `k`, while they are its own: the article they were made for is the only one with it. */
  private sole(k: KeyRecord): PreparedKey | undefined {
    const p = this.prepared.get(k.id);
    return p && k.postings.length === 1 && docOf(k.postings[0]!) === this.preparedDoc ? p : undefined;
  }

  // ------------------------------------------------------------------ reading

  /** Id of a name key (see entity-keys.ts), if any article has it. */
  keyId(key: string): number | undefined {
    return this.keys.idOf(key);
  }

  /** Cluster of a key. */
  clusterOfKey(keyId: number): ClusterHandle {
    return this.keys.at(keyId).root;
  }

  clusterByCorpusId(id: string): ClusterHandle | undefined {
    return this.clusters.byCorpusId(id);
  }

  corpusId(cluster: ClusterHandle): string {
    return this.clusters.corpusId(cluster);
  }

  typeOf(cluster: ClusterHandle): MentionType {
    return this.keys.at(cluster).type;
  }

  /** Whether a key's cluster is `cluster`. */
  keyInCluster(keyId: number, cluster: ClusterHandle): boolean {
    return this.keys.get(keyId)?.root === cluster;
  }

  keyValue(keyId: number): string | undefined {
    return this.keys.at(keyId).value;
  }

  /** One more than the largest key id (and cluster handle). */
  keyCapacity(): number {
    return this.keys.capacity;
  }

  /** Every cluster handle. */
  allClusters(): IterableIterator<ClusterHandle> {
    return this.clusters.roots();
  }

  /** Date keys with their TIMEX3 values. */
  dateKeys(): Generator<[number, string]> {
    return this.keys.dates();
  }

  /**
   * Keys of `type` that have `words` (folded), one after the other, as whole words of one of
   * their names ("gerasimov" and "valery gerasimov" name Valery Gerasimov; "gera" does not).
   */
  keysNamed(words: readonly string[], type: MentionType): number[] {
    if (words.length === 0) return [];
    return this.names.keysWith(words[0]!).filter((id) => {
      const k = this.keys.at(id);
      if (k.type !== type) return false;
      if (words.length === 1) return true;
      return nameWordLists(k).some((name) => containsRun(name, words));
    });
  }

  keyPostings(keyId: number): Readonly<Postings> {
    return this.keys.at(keyId).postings;
  }

  /** Number of articles mentioning the cluster. */
  df(cluster: ClusterHandle): number {
    return this.clusters.df(cluster);
  }

  /** The articles of a cluster with their mention counts, by doc id. */
  postings(cluster: ClusterHandle): Readonly<Postings> {
    return this.clusters.postings(cluster);
  }

  /** The materialized corpus entity of a cluster. */
  entity(cluster: ClusterHandle): CorpusEntity {
    return this.clusters.entity(cluster);
  }

  /** Throws when the indexes disagree with one another (for tests of incremental updates). */
  checkConsistency(): void {
    const fail = (what: string): never => {
      throw new Error(`EntityJoin inconsistent: ${what}`);
    };
    this.keys.check(fail);
    for (const k of this.keys.values()) {
      if (!this.clusters.holds(k.root, k.id)) fail(`key ${k.key} missing from its cluster`);
      for (const g of k.groups) if (!this.groups.get(g)?.has(k.id)) fail(`key ${k.key} missing from group ${g}`);
    }
    for (const [g, members] of this.groups) for (const id of members) if (!this.keys.get(id)?.groups.includes(g)) fail(`group ${g} holds a stranger`);
    this.clusters.check(fail);
  }

  // ------------------------------------------------------------------ snapshot

  /**
   * Writes the settled join (see store/corpus-snapshot.ts): each key's own state, and the clusters,
   * corpus ids and name words in their order. What a key's names make of it (role, person name,
   * groups) is derived again when read.
   */
  writeSnapshot(w: SnapshotWriter): void {
    if (this.keys.touched.size > 0) throw new Error('EntityJoin: settle before writing a snapshot');
    this.keys.writeSnapshot(w);
    this.clusters.writeSnapshot(w);
    w.uints(this.keys.dateKeyIds());
    this.names.writeSnapshot(w);
  }

  /** The join `writeSnapshot` wrote; throws a RangeError on a damaged snapshot. */
  static fromSnapshot(r: SnapshotReader): EntityJoin {
    const join = new EntityJoin();
    const grouped = new Set<string>();
    join.keys.readSnapshot(r, (k) => Object.assign(k, describe(k)));
    for (const k of join.keys.values()) for (const g of k.groups) join.joinGroup(g, k.id, grouped);
    join.clusters.readSnapshot(r);
    join.keys.readDateIds(r);
    join.names.readSnapshot(r);
    join.checkConsistency();
    return join;
  }

  // ------------------------------------------------------------------ groups

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
    const group = this.groups.get(g);
    if (group?.size === 1) {
      // Alone in its group (most names are): a person or a one-word name is its own cluster, which
      // a new name already is (nothing to assign: a large new document has tens of thousands).
      const k = this.keys.at(group.values().next().value!);
      if ((k.role === 'person' || k.role === 'single') && k.root !== k.id) assignments.set(k.id, k.id);
      return;
    }
    const members = [...(group ?? [])].map((id) => this.keys.at(id));
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
        const keys = this.keys.at(root).role === 'org' ? [this.keys.at(root)] : persons.filter((p) => personRoots.get(p.id) === root);
        return keys.some((k) => tallyGet(k.aliasArticles, g) > 0);
      });
      if (linked.length === 1) target = linked[0]!;
    }
    assignments.set(single.id, target);
  }
}
