// Folded words interned to small int ids, looked up straight from a range of an article's text.
//
// Hand-written rather than a Map<string, number>: a Map needs the word as a string, and cutting
// each of a corpus's millions of words out of its text (and hashing the new string) was the
// largest cost of indexing. Here the tokenizer hashes the characters as it scans them, and the
// table compares them in place; a string is made only for a word never seen before.
// Open addressing with linear probing; removed words leave tombstones until the next rehash.

import type { SnapshotReader, SnapshotWriter } from '../../records/snapshot-format.js';

const EMPTY = 0;
const TOMBSTONE = -1;

/** FNV-1a step over one UTF-16 code (of the folded word). */
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619);
export const HASH_START = 2166136261 | 0;

export class WordIds {
  /** id + 1, EMPTY or TOMBSTONE. */
  private slots = new Int32Array(1 << 12);
  private used = 0;
  private tombstones = 0;
  private readonly words: Array<string | undefined> = [];
  private hashes = new Int32Array(1 << 11);
  private readonly free: number[] = [];
  /** Ids forgotten so far: ids looked up before stay those words' as long as it is unchanged. */
  releases = 0;

  /** One more than the largest id. */
  get capacity(): number {
    return this.words.length;
  }

  word(id: number): string | undefined {
    return this.words[id];
  }

  /** Id of a folded word, if interned. */
  idOf(word: string): number | undefined {
    const id = this.find(word, hashOf(word), null, 0, false);
    return id < 0 ? undefined : id;
  }

  /** Id of a folded word, interning it if new. */
  intern(word: string): number {
    const hash = hashOf(word);
    const id = this.find(word, hash, null, 0, false);
    return id >= 0 ? id : this.add(word, hash);
  }

  /**
   * Id of the word at text[start, start + length), lower-cased when `lower` (ASCII letters only),
   * interning it if new; `hash` is that folded word's hash (hashStep from HASH_START).
   */
  internRange(text: string, start: number, length: number, hash: number, lower: boolean): number {
    const id = this.find(text, hash, lower, start, length);
    if (id >= 0) return id;
    const word = text.slice(start, start + length);
    return this.add(lower ? word.toLowerCase() : word, hash);
  }

  /** Forgets an id (no article holds its word any more); the id may be given to another word. */
  release(id: number): void {
    const word = this.words[id];
    if (word === undefined) return;
    const mask = this.slots.length - 1;
    for (let i = this.hashes[id]! & mask; ; i = (i + 1) & mask) {
      const s = this.slots[i]!;
      if (s === EMPTY) return;
      if (s === id + 1) {
        this.slots[i] = TOMBSTONE;
        this.tombstones++;
        this.used--;
        break;
      }
    }
    this.words[id] = undefined;
    this.free.push(id);
    this.releases++;
  }

  /** Writes the words by id (holes as none) and the ids free for reuse (see store/corpus-snapshot.ts). */
  writeSnapshot(w: SnapshotWriter): void {
    w.uint(this.words.length);
    for (const word of this.words) w.opt(word);
    w.uints(this.free);
  }

  /** The table `writeSnapshot` wrote: the same ids, and the same ids given next. */
  static fromSnapshot(r: SnapshotReader): WordIds {
    const table = new WordIds();
    const n = r.count();
    table.hashes = new Int32Array(Math.max(1 << 11, n));
    for (let id = 0; id < n; id++) {
      const word = r.opt();
      table.words.push(word);
      if (word === undefined) continue;
      table.hashes[id] = hashOf(word);
      table.used++;
    }
    for (const id of r.uints()) {
      if (id >= n || table.words[id] !== undefined) throw new RangeError('bad free word id in snapshot');
      table.free.push(id);
    }
    let size = 1 << 12;
    while ((table.used + 1) * 4 > size) size *= 2;
    table.slots = new Int32Array(size);
    for (let id = 0; id < n; id++) if (table.words[id] !== undefined) table.place(id);
    return table;
  }

  /**
   * Finds an interned word: the whole of `source` when `lower` is null, else the range of it
   * (compared after lower-casing ASCII letters when `lower`). -1 when absent.
   */
  private find(source: string, hash: number, lower: boolean | null, start: number, length: number | false): number {
    const mask = this.slots.length - 1;
    const n = length === false ? source.length : length;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const s = this.slots[i]!;
      if (s === EMPTY) return -1;
      if (s === TOMBSTONE) continue;
      const id = s - 1;
      if (this.hashes[id] !== hash) continue;
      const w = this.words[id]!;
      if (w.length !== n) continue;
      if (lower === null) {
        if (w === source) return id;
        continue;
      }
      let k = 0;
      for (; k < n; k++) {
        let c = source.charCodeAt(start + k);
        if (lower && c >= 65 && c <= 90) c += 32;
        if (w.charCodeAt(k) !== c) break;
      }
      if (k === n) return id;
    }
  }

  private add(word: string, hash: number): number {
    if ((this.used + this.tombstones + 1) * 2 > this.slots.length) this.rehash();
    const id = this.free.pop() ?? this.words.length;
    this.words[id] = word;
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.place(id);
    this.used++;
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let i = this.hashes[id]! & mask;
    while (this.slots[i]! > 0) i = (i + 1) & mask;
    if (this.slots[i] === TOMBSTONE) this.tombstones--;
    this.slots[i] = id + 1;
  }

  private rehash(): void {
    const size = (this.used + 1) * 4 > this.slots.length ? this.slots.length * 2 : this.slots.length;
    this.slots = new Int32Array(size);
    this.tombstones = 0;
    for (let id = 0; id < this.words.length; id++) if (this.words[id] !== undefined) this.place(id);
  }
}

function hashOf(word: string): number {
  let h = HASH_START;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}
