// The indexes of a corpus, changed one article at a time:
//
//   article → name keys (join/entity-keys.ts) → entity join (join/: postings per key,
//             clusters = corpus entities) → full-text word index (words/) → dates, kinds
//             (indexed-document.ts), kept by id and uri (article-table.ts)
//
// Every index keeps each article's contribution separately (postings by small int article id),
// so replacing or removing one article subtracts exactly its own and re-decides only the entity
// groups its names belong to. Questions (questions/) read them; only the corpus changes them.
import type { SnapshotReader, SnapshotWriter } from '../records/snapshot-format.js';
import type { StoredArticle } from '../records/stored-article.js';
import type { ArticleFacts } from './article-index.js';
import { ArticleTable } from './article-table.js';
import { type IndexedDocument, dctDay, documentOf, documentTitle } from './indexed-document.js';
import { EntityJoin } from './join/entity-join.js';
import { documentKeys } from './join/entity-keys.js';
import type { KeyChanges } from './join/key-changes.js';
import type { PreparedKey } from './join/prepared-keys.js';
import { type ArticleWords, FullTextIndex, type StagedWords } from './words/full-text.js';

export interface Indexes {
  readonly articles: ArticleTable;
  readonly join: EntityJoin;
  readonly words: FullTextIndex;
  /** Increases on every change of the corpus: what is kept from one answer is valid for one version. */
  readonly version: number;
}

/** What was worked out for `putArticle` beforehand (staged-article.ts). */
export interface PutAhead {
  /** `prepareKey` of each of the article's keys. */
  prepared?: readonly PreparedKey[] | undefined;
  /**
   * What differs between the article and the one held under the uri (join/key-changes.ts): only
   * that is subtracted and added, in place of all of both and of `prepared`.
   */
  changes?: KeyChanges | undefined;
  /** `words` as the full-text index staged them; taken when still valid (`FullTextIndex.canCommit`). */
  words?: StagedWords | undefined;
}

/**
 * Indexes an article under `uri`, in place of the one held there. `words`: its words as derived
 * beforehand, or its text. The entity join is left to settle (`join.settle()`), once per batch.
 */
export function putArticle(ix: Indexes, uri: string, article: StoredArticle, facts: ArticleFacts, words: ArticleWords | string, dct: string | null, ahead: PutAhead = {}): IndexedDocument {
  const previous = ix.articles.get(uri);
  const id = ix.articles.idFor(uri);
  const { changes } = ahead;
  const staged = ahead.words && ix.words.canCommit(id, ahead.words) ? ahead.words : undefined;
  if (previous) {
    // What adding it added, derived again from its analysis (a pure function of it) unless known.
    ix.join.removeDocument(previous.id, changes?.removed ?? documentKeys(previous.article.transient()).keys);
    if (!staged) ix.words.remove(previous.id);
  }
  const { keys, mentionKey } = facts;
  const joined = changes ? changedKeyIds(ix, id, changes) : ix.join.addDocument(id, keys, ahead.prepared);
  if (staged) ix.words.commitStaged(id, staged);
  else if (typeof words === 'string') ix.words.add(id, words);
  else ix.words.addWords(id, words);
  // The article's three arrays in one buffer: each ArrayBuffer costs about 450 bytes of memory
  // besides its contents (measured in Node 20), more than most articles' arrays hold.
  const arrays = new Int32Array(joined.length + keys.length + mentionKey.length);
  const keyIds = arrays.subarray(0, joined.length);
  keyIds.set(joined);
  const keyCounts = arrays.subarray(joined.length, joined.length + keys.length);
  for (let i = 0; i < keys.length; i++) keyCounts[i] = keys[i]!.mentions;
  const mentionKeys = arrays.subarray(joined.length + keys.length);
  for (let i = 0; i < mentionKey.length; i++) mentionKeys[i] = keyIds[mentionKey[i]!]!;
  const doc: IndexedDocument = {
    id,
    uri,
    document: documentOf(uri, article, documentTitle(uri, facts.title)),
    article,
    keyIds,
    keyCounts,
    mentionKeys,
    dct: dctDay(dct),
    span: facts.span,
    kinds: facts.kinds,
    sentences: undefined,
  };
  ix.articles.set(doc);
  return doc;
}

/** The key ids of a new version of an article, adding to the join only the contributions that differ. */
function changedKeyIds(ix: Indexes, id: number, changes: KeyChanges): Int32Array {
  const addedIds = ix.join.addDocument(id, changes.added, changes.addedPrepared);
  const keyIds = new Int32Array(changes.ids.length);
  for (let i = 0; i < keyIds.length; i++) {
    const k = changes.ids[i]!;
    keyIds[i] = k >= 0 ? k : addedIds[-1 - k]!;
  }
  return keyIds;
}

/** Removes an article from every index; the entity join is left to settle. */
export function removeArticle(ix: Indexes, doc: IndexedDocument): void {
  unindex(ix, doc);
  ix.articles.delete(doc);
}

function unindex(ix: Indexes, doc: IndexedDocument): void {
  // What adding the article added, derived again from its analysis (a pure function of it).
  ix.join.removeDocument(doc.id, documentKeys(doc.article.transient()).keys);
  ix.words.remove(doc.id);
}

/**
 * Writes the indexes whole (see store/corpus-snapshot.ts): the version, the articles in the order
 * they were added, then the join and the words. Yields between articles, so that the caller can
 * let other work run. The join must be settled.
 */
export function* writeIndexes(ix: Indexes, w: SnapshotWriter): Generator<void, void, void> {
  w.uint(ix.version);
  yield* ix.articles.writeSnapshot(w);
  yield;
  ix.join.writeSnapshot(w);
  yield;
  yield* ix.words.writeSnapshot(w);
}

/** The indexes `writeIndexes` wrote; throws on a damaged snapshot. */
export function readIndexes(r: SnapshotReader): Indexes {
  const version = r.uint();
  const articles = ArticleTable.fromSnapshot(r);
  const join = EntityJoin.fromSnapshot(r);
  const words = FullTextIndex.fromSnapshot(r);
  for (const doc of articles.values()) {
    for (const k of doc.keyIds) if (k >= join.keyCapacity()) throw new RangeError('bad key in snapshot');
    for (const k of doc.mentionKeys) if (k >= join.keyCapacity()) throw new RangeError('bad key in snapshot');
  }
  return { articles, join, words, version };
}
