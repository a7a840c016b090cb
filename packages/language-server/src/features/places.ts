import type { CorpusPlace } from '@seedlens/query';
import { articleLabel } from '../article-label.js';
import type { CorpusView } from '../corpus-view.js';

/** One article about a place, in a `seedlens/places` answer. */
export interface PlaceArticle {
  uri: string;
  /** Short name for lists (see `articleLabel`). */
  label: string;
  title: string;
  /** Its mentions of the place. */
  mentions: number;
}

/** One place of a `seedlens/places` answer: the corpus's place, its articles told as a client lists them. */
export type PlaceItem = Omit<CorpusPlace, 'articles'> & {
  /** Its top articles, most mentions first. */
  articles: PlaceArticle[];
};

export interface PlacesOptions {
  /** At most this many places (those in most articles), default 500. */
  limit?: number;
  /** At most this many articles per place, default 10. */
  articles?: number;
}

export const DEFAULT_PLACE_LIMIT = 500;
export const DEFAULT_PLACE_ARTICLES = 10;

/** The places of the corpus that have coordinates, in most articles first, each with its top articles. */
export function places(view: CorpusView, options: PlacesOptions = {}): PlaceItem[] {
  const { corpus } = view;
  return corpus
    .places({ articles: options.articles ?? DEFAULT_PLACE_ARTICLES })
    .slice(0, options.limit ?? DEFAULT_PLACE_LIMIT)
    .map(({ articles, ...place }) => ({
      ...place,
      articles: articles.map((a) => ({ uri: a.uri, label: articleLabel(corpus, a.uri), title: a.title, mentions: a.score })),
    }));
}
