import type { SharedEntity } from '@seedlens/query';
import { articleLabel } from '../article-label.js';
import type { CorpusView } from '../corpus-view.js';

/** One answer of the `seedlens/relatedArticles` request. */
export interface RelatedArticleItem {
  uri: string;
  /** Short name for lists (see `articleLabel`). */
  label: string;
  title: string;
  score: number;
  /** The shared entities that explain the score, strongest first. */
  shared: SharedEntity[];
}

/** Articles related to `uri`, best first; null for a URI the corpus does not hold. */
export function relatedArticles(view: CorpusView, uri: string, options: { limit?: number } = {}): RelatedArticleItem[] | null {
  if (!view.corpus.has(uri)) return null;
  return view.corpus.related(uri, { limit: options.limit ?? 10 }).map((related) => ({
    uri: related.uri,
    label: articleLabel(view.corpus, related.uri),
    title: related.title,
    score: related.score,
    shared: related.shared,
  }));
}
