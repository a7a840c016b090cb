// Clusters of name keys, one cluster per corpus entity: the keys it holds, the one it is rooted at
// (whose key id is the cluster's handle), the corpus id it goes by, and what is worked out from its
// keys when first asked (article count, merged postings, the entity record) until it changes.
import type { SnapshotReader, SnapshotWriter } from '../../records/snapshot-format.js';
import type { CorpusEntity } from '../../types.js';
import type { KeyRecord, KeyTable } from './join-keys.js';
import { clusterCorpusId, clusterEntity, keyCorpusId } from './join-rules.js';
import { type Postings, mergePostings } from '../postings.js';

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

export class Clusters {
  private readonly byRoot = new Map<number, Cluster>();
  private readonly ids = new Map<string, number>();

  constructor(private readonly keys: KeyTable) {}

  /** A new key: a cluster of its own (until the join settles). */
  open(root: number): void {
    this.byRoot.set(root, { root, members: [root], id: '', df: -1, merged: undefined, entity: undefined });
  }

  /** Moves a key into the cluster rooted at `root`, made when missing; `touched` gets the clusters changed. */
  move(k: KeyRecord, root: number, touched: Set<number>): void {
    if (k.root === root) return;
    this.detach(k, touched);
    k.root = root;
    let c = this.byRoot.get(root);
    if (!c) this.byRoot.set(root, (c = { root, members: [], id: '', df: -1, merged: undefined, entity: undefined }));
    c.members.push(k.id);
    touched.add(root);
  }

  /** Takes a key out of its cluster, which goes when it is left empty. */
  detach(k: KeyRecord, touched: Set<number>): void {
    const c = this.byRoot.get(k.root);
    if (!c) return;
    const i = c.members.indexOf(k.id);
    if (i >= 0) c.members.splice(i, 1);
    touched.add(c.root);
    if (c.members.length === 0) {
      this.byRoot.delete(c.root);
      if (this.ids.get(c.id) === c.root) this.ids.delete(c.id);
    }
  }

  /**
   * After a change to the cluster rooted at `root` (if it still exists): its id again, and nothing
   * kept. `soloId`: `keyCorpusId`, or what answers it already for some keys.
   */
  refresh(root: number, soloId: (k: KeyRecord) => string = keyCorpusId): void {
    const c = this.byRoot.get(root);
    if (!c) return;
    c.df = -1;
    c.merged = undefined;
    c.entity = undefined;
    const id = c.members.length === 1 ? soloId(this.keys.at(c.members[0]!)) : clusterCorpusId(this.membersOf(c));
    if (id !== c.id) {
      if (this.ids.get(c.id) === c.root) this.ids.delete(c.id);
      c.id = id;
    }
    this.ids.set(id, c.root);
  }

  byCorpusId(id: string): number | undefined {
    return this.ids.get(id);
  }

  corpusId(root: number): string {
    return this.byRoot.get(root)!.id;
  }

  roots(): IterableIterator<number> {
    return this.byRoot.keys();
  }

  /** Number of articles mentioning the cluster. */
  df(root: number): number {
    const c = this.byRoot.get(root)!;
    if (c.df < 0) c.df = c.members.length === 1 ? this.keys.at(c.members[0]!).postings.length : this.postings(root).length;
    return c.df;
  }

  /** The articles of a cluster with their mention counts, by doc id. */
  postings(root: number): Readonly<Postings> {
    const c = this.byRoot.get(root)!;
    if (c.members.length === 1) return this.keys.at(c.members[0]!).postings;
    c.merged ??= mergePostings(c.members.map((m) => this.keys.at(m).postings));
    return c.merged;
  }

  /** The materialized corpus entity of a cluster. */
  entity(root: number): CorpusEntity {
    const c = this.byRoot.get(root)!;
    c.entity ??= clusterEntity(c.id, this.membersOf(c), this.df(c.root));
    return c.entity;
  }

  /** Whether the cluster rooted at `root` holds key `id`. */
  holds(root: number, id: number): boolean {
    return this.byRoot.get(root)?.members.includes(id) === true;
  }

  /** Throws when a cluster is not what its keys and ids say (see EntityJoin.checkConsistency). */
  check(fail: (what: string) => never): void {
    for (const [root, c] of this.byRoot) {
      if (c.members.length === 0) fail(`empty cluster ${c.id}`);
      if (!c.members.includes(root)) fail(`cluster ${c.id} without its root`);
      for (const m of c.members) if (this.keys.get(m)?.root !== root) fail(`cluster ${c.id} holds a stranger`);
      if (this.ids.get(c.id) !== root) fail(`id ${c.id} not mapped`);
    }
    if (this.ids.size !== this.byRoot.size) fail('stale ids');
  }

  /** Writes the clusters and the corpus ids in their order (see store/corpus-snapshot.ts). */
  writeSnapshot(w: SnapshotWriter): void {
    w.uint(this.byRoot.size);
    for (const [root, c] of this.byRoot) {
      w.uint(root);
      w.uints(c.members);
      w.str(c.id);
    }
    w.uint(this.ids.size);
    for (const [id, root] of this.ids) {
      w.str(id);
      w.uint(root);
    }
  }

  /** Fills an empty set of clusters with what `writeSnapshot` wrote; throws a RangeError on a damaged snapshot. */
  readSnapshot(r: SnapshotReader): void {
    const held = (id: number): number => this.keys.held(id);
    for (let n = r.count(); n > 0; n--) {
      const root = held(r.uint());
      const members = r.uints().map(held);
      this.byRoot.set(root, { root, members, id: r.str(), df: -1, merged: undefined, entity: undefined });
    }
    for (let n = r.count(); n > 0; n--) this.ids.set(r.str(), r.uint());
  }

  private membersOf(c: Cluster): KeyRecord[] {
    return c.members.map((m) => this.keys.at(m));
  }
}
