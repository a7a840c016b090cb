// An article indexed without holding the thread that answers questions for long: what does not
// change the indexes (decoding its index record, what its previous text contributed to the join,
// the join's answers for its names: join/prepared-keys.ts) is worked out first, a slice at a time,
// and the indexes change in one synchronous step at the end. A question asked in between sees the
// article as it was, never half of it; giving up in between leaves nothing to undo.
import type { IndexRecord } from './article-index.js';
import { type ArticleIndex, decodeArticleIndexSliced } from './article-index.js';
import type { IndexedDocument } from './indexed-document.js';
import { type Indexes, putArticle } from './indexes.js';
import type { StagedWords } from './words/full-text.js';
import { type KeyContribution, documentKeySteps } from './join/entity-keys.js';
import { type KeyChanges, keyChanges } from './join/key-changes.js';
import { type PreparedKey, prepareKey } from './join/prepared-keys.js';
import type { StoredArticle } from '../records/stored-article.js';
import { STEP_ITEMS, type TimeSlicer, runSliced } from '../time-slice.js';

export interface StagedArticle {
  readonly uri: string;
  readonly article: StoredArticle;
  readonly record: IndexRecord;
  readonly index: ArticleIndex;
  readonly dct: string | null;
  /** `prepareKey` of each of `index.keys`. */
  readonly prepared: readonly PreparedKey[];
  /** Its words as the full-text index staged them, against the article held under `uri`. */
  readonly words: StagedWords;
  /**
   * The article held under `uri` when it was staged, and what the new version changes of its
   * contribution to the join (join/key-changes.ts).
   */
  readonly previous: { doc: IndexedDocument; changes: KeyChanges } | undefined;
}

/**
 * The index record each staged article was indexed from: replacing the article (the next version
 * of a large open document) decodes its contribution from it in slices, rather than rebuilding its
 * analysis at once. Kept beside the article only as long as the article is.
 */
const indexedFrom = new WeakMap<StoredArticle, IndexRecord>();

/** Everything of `article` (under `uri`) that `commitStaged` needs; undefined when its index record is damaged. */
export async function stageArticle(ix: Indexes, uri: string, article: StoredArticle, record: IndexRecord, dct: string | null, slicer: TimeSlicer): Promise<StagedArticle | undefined> {
  const index = await decodeArticleIndexSliced(record, slicer);
  if (!index) return undefined;
  await slicer.pause();
  const prepared = new Array<PreparedKey>(index.keys.length);
  for (let i = 0; i < prepared.length; i++) {
    prepared[i] = prepareKey(index.keys[i]!);
    if (i % 64 === 63) await slicer.pause();
  }
  await slicer.pause();
  const held = await previousContribution(ix, uri, slicer);
  const previous = held && { doc: held.doc, changes: await keyChanges(ix.join, held.keys, index.keys, prepared, slicer) };
  await slicer.pause();
  const interned: number[] = [];
  try {
    const words = await runSliced(ix.words.stageWords(held?.doc.id ?? -1, index.words, interned), slicer);
    return { uri, article, record, index, dct, prepared, words, previous };
  } catch (error) {
    // Given up (a newer edit): the words given ids for it alone are given up too.
    ix.words.releaseUnheld(interned);
    throw error;
  }
}

/** Indexes a staged article, at once; the entity join is left to settle (`join.settle()`). */
export function commitStaged(ix: Indexes, staged: StagedArticle): IndexedDocument {
  const { uri, article, index, dct, prepared, words, previous } = staged;
  // Another version of the article may have come in meanwhile: then its contribution is derived now.
  const current = previous && ix.articles.get(uri) === previous.doc ? previous : undefined;
  const doc = putArticle(ix, uri, article, index, index.words, dct, current ? { changes: current.changes, words } : { prepared, words });
  indexedFrom.set(article, staged.record);
  return doc;
}

async function previousContribution(ix: Indexes, uri: string, slicer: TimeSlicer): Promise<{ doc: IndexedDocument; keys: readonly KeyContribution[] } | undefined> {
  const doc = ix.articles.get(uri);
  if (!doc) return undefined;
  const record = indexedFrom.get(doc.article);
  const decoded = record ? await decodeArticleIndexSliced(record, slicer) : undefined;
  if (decoded) return { doc, keys: decoded.keys };
  await slicer.pause();
  const analysis = doc.article.transient();
  if (analysis.mentions.length > STEP_ITEMS) await slicer.pause();
  return { doc, keys: (await runSliced(documentKeySteps(analysis), slicer)).keys };
}
