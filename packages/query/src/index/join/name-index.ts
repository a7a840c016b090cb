// Word → name keys, for finding entities by any word of any of their names.
import type { SnapshotReader, SnapshotWriter } from '../../records/snapshot-format.js';

export class NameIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly wordsOf = new Map<number, string[]>();

  /** Sets the (folded, distinct) words of key `id`'s names, replacing what it had; takes over `words`. */
  set(id: number, words: string[]): void {
    const next = words;
    const previous = this.wordsOf.get(id);
    if (!previous) {
      // A new key (most keys of a large document): nothing to compare.
      for (const w of next) this.link(w, id);
      if (next.length > 0) this.wordsOf.set(id, next);
      return;
    }
    for (const w of previous) if (!next.includes(w)) this.unlink(w, id);
    for (const w of next) if (!previous.includes(w)) this.link(w, id);
    if (next.length > 0) this.wordsOf.set(id, next);
    else this.wordsOf.delete(id);
  }

  delete(id: number): void {
    this.set(id, []);
  }

  /** Keys with `word` among their names' words. */
  keysWith(word: string): readonly number[] {
    return this.byWord.get(word) ?? [];
  }

  /** Every indexed word (for prefix and fuzzy look-ups). */
  words(): IterableIterator<string> {
    return this.byWord.keys();
  }

  /** Writes both maps as they are, in their order (see store/corpus-snapshot.ts). */
  writeSnapshot(w: SnapshotWriter): void {
    w.uint(this.wordsOf.size);
    for (const [id, words] of this.wordsOf) {
      w.uint(id);
      w.uint(words.length);
      for (const word of words) w.str(word);
    }
    w.uint(this.byWord.size);
    for (const [word, ids] of this.byWord) {
      w.str(word);
      w.uints(ids);
    }
  }

  /** Fills an empty index with what `writeSnapshot` wrote. */
  readSnapshot(r: SnapshotReader): void {
    for (let n = r.count(); n > 0; n--) {
      const id = r.uint();
      const words = new Array<string>(r.count());
      for (let i = 0; i < words.length; i++) words[i] = r.str();
      this.wordsOf.set(id, words);
    }
    for (let n = r.count(); n > 0; n--) this.byWord.set(r.str(), r.uints());
  }

  private link(word: string, id: number): void {
    const ids = this.byWord.get(word);
    if (ids) ids.push(id);
    else this.byWord.set(word, [id]);
  }

  private unlink(word: string, id: number): void {
    const ids = this.byWord.get(word);
    if (!ids) return;
    const i = ids.indexOf(id);
    if (i >= 0) ids.splice(i, 1);
    if (ids.length === 0) this.byWord.delete(word);
  }
}
