// The name keys of the entity join, each with what the articles that have it contributed
// (entity-keys.ts): postings, mentions, and tallies of surface forms, kinds and alias words.
// Adding or removing an article changes only its own keys, which are marked touched for the join
// to re-decide when it settles; a key no article has any more is dropped then, and its id given
// to the next new key.
import type { MentionKind, MentionType } from '@seedlens/core';
import type { SnapshotReader, SnapshotWriter } from '../../records/snapshot-format.js';
import type { KeyContribution } from './entity-keys.js';
import type { PersonName } from './person-name.js';
import { type Postings, addPosting, posting, removePosting } from '../postings.js';
import { type Tally, tallyAdd, tallyGet } from './tally.js';

/** What a key's names make of it in the join (join-rules.ts). */
export type Role = 'fixed' | 'single' | 'person' | 'org' | 'isolated';

export interface KeyRecord {
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

export class KeyTable {
  private readonly keys: Array<KeyRecord | undefined> = [];
  private readonly freeIds: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly dateIds = new Set<number>();
  /** Keys changed since the join last settled. */
  readonly touched = new Set<number>();

  /**
   * Adds an article's contributions; returns the key id of each contribution. `opened` is told of
   * each key that is new (its own cluster until the join settles). `built`: for each contribution,
   * the key as it alone makes it (under article 0, see prepared-keys.ts), taken over when new.
   */
  add(doc: number, contributions: readonly KeyContribution[], opened: (k: KeyRecord) => void, built?: ReadonlyArray<{ readonly record: KeyRecord }>): Int32Array {
    const ids = new Int32Array(contributions.length);
    for (let i = 0; i < contributions.length; i++) {
      const c = contributions[i]!;
      const existing = this.ids.get(c.key);
      let k: KeyRecord;
      if (existing !== undefined) {
        k = this.keys[existing]!;
        addContribution(k, doc, c);
      } else if (built) {
        k = this.open(built[i]!.record, opened);
        k.postings[0] = posting(doc, c.mentions);
      } else {
        k = this.open(emptyKey(-1, c), opened);
        addContribution(k, doc, c);
      }
      ids[i] = k.id;
      this.touched.add(k.id);
    }
    return ids;
  }

  /** Subtracts exactly what `add` added for the same contributions. */
  remove(doc: number, contributions: readonly KeyContribution[]): void {
    for (const c of contributions) {
      const id = this.ids.get(c.key);
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
      this.touched.add(k.id);
    }
  }

  get(id: number): KeyRecord | undefined {
    return this.keys[id];
  }

  /** The key with this id, which must be held. */
  at(id: number): KeyRecord {
    return this.keys[id]!;
  }

  idOf(key: string): number | undefined {
    return this.ids.get(key);
  }

  /** One more than the largest key id. */
  get capacity(): number {
    return this.keys.length;
  }

  /** Every key held, by id. */
  *values(): Generator<KeyRecord> {
    for (const k of this.keys) if (k) yield k;
  }

  /** Date keys with their TIMEX3 values. */
  *dates(): Generator<[number, string]> {
    for (const id of this.dateIds) {
      const k = this.keys[id]!;
      yield [id, k.value ?? k.key.slice('d date:'.length)];
    }
  }

  /** Forgets a key no article has any more; its id stays taken until `release`. */
  drop(k: KeyRecord): void {
    this.dateIds.delete(k.id);
    this.ids.delete(k.key);
    this.keys[k.id] = undefined;
  }

  /** Gives a dropped key's id to the next new key. */
  release(id: number): void {
    this.freeIds.push(id);
  }

  /** Throws when a key is not what the table says of it (see EntityJoin.checkConsistency). */
  check(fail: (what: string) => never): void {
    for (const k of this.values()) {
      if (k.mentions <= 0 || k.postings.length === 0) fail(`key ${k.key} has no mentions`);
      if (this.ids.get(k.key) !== k.id) fail(`key ${k.key} not registered`);
    }
  }

  // ------------------------------------------------------------------ snapshot

  /**
   * Writes each key's own state and the free ids (see store/corpus-snapshot.ts); what a key's names
   * make of it (role, person name, groups) is derived again when read. The table must be settled.
   */
  writeSnapshot(w: SnapshotWriter): void {
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
    w.uints(this.freeIds);
  }

  /** Fills an empty table with what `writeSnapshot` wrote, each key `described`; throws a RangeError on a damaged snapshot. */
  readSnapshot(r: SnapshotReader, described: (k: KeyRecord) => void): void {
    const tally = <T extends string>(): Tally<T> => {
      const out: Tally<T> = new Array(r.count() * 2);
      for (let i = 0; i < out.length; i += 2) {
        out[i] = r.str() as T;
        out[i + 1] = r.uint();
      }
      return out;
    };
    const keyCount = r.count();
    for (let id = 0; id < keyCount; id++) {
      if (r.uint() === 0) {
        this.keys.push(undefined);
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
      described(k);
      this.keys.push(k);
      this.ids.set(key, id);
    }
    for (const id of r.uints()) {
      if (id >= keyCount || this.keys[id]) throw new RangeError('bad free key id in snapshot');
      this.freeIds.push(id);
    }
  }

  /** Reads the ids of the date keys, written as `dateKeyIds()`; each must be held. */
  readDateIds(r: SnapshotReader): void {
    for (const id of r.uints()) this.dateIds.add(this.held(id));
  }

  /** The ids of the date keys, for the snapshot. */
  dateKeyIds(): number[] {
    return [...this.dateIds];
  }

  /** `id`, when it is the id of a key held; throws a RangeError otherwise (a damaged snapshot). */
  held(id: number): number {
    if (!this.keys[id]) throw new RangeError('bad key id in snapshot');
    return id;
  }

  /** Holds `k`, a new key, under the next free id. */
  private open(k: KeyRecord, opened: (k: KeyRecord) => void): KeyRecord {
    const id = this.freeIds.pop() ?? this.keys.length;
    k.id = id;
    k.root = id;
    this.keys[id] = k;
    this.ids.set(k.key, id);
    if (k.type === 'date') this.dateIds.add(id);
    opened(k);
    return k;
  }
}

/** A key of `c`'s name that no article has yet, alone in its cluster. */
export function emptyKey(id: number, c: KeyContribution): KeyRecord {
  return {
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
}

/** Adds what article `doc` contributes to key `k` (`KeyTable.remove` subtracts it). */
export function addContribution(k: KeyRecord, doc: number, c: KeyContribution): void {
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
}
