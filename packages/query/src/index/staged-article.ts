// An article indexed without holding the thread that answers questions for long: what does not
// change the indexes (decoding its index record, what its previous text contributed to the join,
// the join's answers for its names: join/prepared-keys.ts) is worked out first, a slice at a time,
// and the indexes change in one synchronous step at the end. A question asked in between sees the
// article as it was, never half of it; giving up in between leaves nothing to undo.
import type { IndexRecord } from './article-index.js';
import { type ArticleIndex, decodeArticleIndexSliced } from './article-index.js';
import type { IndexedDocument } from './indexed-document.js';
import { type Indexes, putArticle } from './indexes.js';
import { type KeyContribution, documentKeySteps } from './join/entity-keys.js';
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
  /** The article held under `uri` when it was staged, and what it contributed to the join. */
  readonly previous: { doc: IndexedDocument; keys: readonly KeyContribution[] } | undefined;
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
  const previous = await previousContribution(ix, uri, slicer);
  return { uri, article, record, index, dct, prepared, previous };
}

/** Indexes a staged article, at once; the entity join is left to settle (`join.settle()`). */
export function commitStaged(ix: Indexes, staged: StagedArticle): IndexedDocument {
  const { uri, article, index, dct, prepared, previous } = staged;
  // Another version of the article may have come in meanwhile: then its contribution is derived now.
  const previousKeys = previous && ix.articles.get(uri) === previous.doc ? previous.keys : undefined;
  const doc = putArticle(ix, uri, article, index, index.words, dct, { prepared, previousKeys });
  indexedFrom.set(article, staged.record);
  return doc;
}

async function previousContribution(ix: Indexes, uri: string, slicer: TimeSlicer): Promise<StagedArticle['previous']> {
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
