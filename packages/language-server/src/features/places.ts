import type { MentionKind } from '@seedlens/core';
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

/** One place of a `seedlens/places` answer: what a client needs to draw it on a map. */
export interface PlaceItem {
  /** Entity id, as in `seedlens/entities`. */
  id: string;
  name: string;
  kind?: MentionKind;
  /** [longitude, latitude], WGS84. */
  coordinates: [number, number];
  /** The gazetteer's id: `geonames:587084`, `iso3166-1:GE`, `iso3166-2:US-GA`. */
  gazetteerId?: string;
  articleCount: number;
  mentionCount: number;
  /** Its top articles, most mentions first. */
  articles: PlaceArticle[];
}

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
    .map((p) => ({
      id: p.id,
      name: p.name,
      ...(p.kind !== undefined && { kind: p.kind }),
      coordinates: p.coordinates,
      ...(p.gazetteerId !== undefined && { gazetteerId: p.gazetteerId }),
      articleCount: p.articleCount,
      mentionCount: p.mentionCount,
      articles: p.articles.map((a) => ({ uri: a.uri, label: articleLabel(corpus, a.uri), title: a.title, mentions: a.score })),
    }));
}
