// The articles of a corpus by small int id, which is what postings hold, and by uri. The id of a
// removed article is given to the next one added, so that arrays indexed by id stay as long as
// the corpus is large.
import type { SnapshotReader, SnapshotWriter } from '../records/snapshot-format.js';
import { type IndexedDocument, readIndexedDocument, writeIndexedDocument } from './indexed-document.js';

export class ArticleTable {
  private readonly docs: Array<IndexedDocument | undefined> = [];
  private readonly freeIds: number[] = [];
  private readonly byUri = new Map<string, IndexedDocument>();

  get size(): number {
    return this.byUri.size;
  }

  /** One more than the largest id. */
  get capacity(): number {
    return this.docs.length;
  }

  get(uri: string): IndexedDocument | undefined {
    return this.byUri.get(uri);
  }

  byId(id: number): IndexedDocument | undefined {
    return this.docs[id];
  }

  /** Every article, in the order its uri was first added (replacing an article keeps its place). */
  values(): IterableIterator<IndexedDocument> {
    return this.byUri.values();
  }

  uris(): IterableIterator<string> {
    return this.byUri.keys();
  }

  /** The id for an article under `uri`: the one it has when the table holds it, else a free one. */
  idFor(uri: string): number {
    return this.byUri.get(uri)?.id ?? this.freeIds.pop() ?? this.docs.length;
  }

  set(doc: IndexedDocument): void {
    this.docs[doc.id] = doc;
    this.byUri.set(doc.uri, doc);
  }

  delete(doc: IndexedDocument): void {
    this.byUri.delete(doc.uri);
    this.docs[doc.id] = undefined;
    this.freeIds.push(doc.id);
  }

  /**
   * Writes the table (see store/corpus-snapshot.ts): the articles by id, then the free ids and the
   * order of the uris. Yields before each article, so that the caller can let other work run.
   */
  *writeSnapshot(w: SnapshotWriter): Generator<void, void, void> {
    w.uint(this.docs.length);
    for (const doc of this.docs) {
      yield;
      if (!doc) {
        w.uint(0);
        continue;
      }
      w.uint(1);
      writeIndexedDocument(w, doc);
    }
    w.uints(this.freeIds);
    w.uints([...this.byUri.values()].map((d) => d.id));
  }

  /** The table `writeSnapshot` wrote; throws a RangeError on a damaged snapshot. */
  static fromSnapshot(r: SnapshotReader): ArticleTable {
    const table = new ArticleTable();
    const { docs, freeIds, byUri } = table;
    docs.length = r.count();
    for (let id = 0; id < docs.length; id++) if (r.uint() !== 0) docs[id] = readIndexedDocument(r, id);
    for (const id of r.uints()) freeIds.push(id);
    for (const id of r.uints()) {
      const doc = docs[id];
      if (!doc || byUri.has(doc.uri)) throw new RangeError('bad article order in snapshot');
      byUri.set(doc.uri, doc);
    }
    if (freeIds.some((id) => docs[id] !== undefined) || byUri.size !== docs.filter(Boolean).length) throw new RangeError('bad article ids in snapshot');
    return table;
  }
}
