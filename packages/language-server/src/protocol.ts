import type { MentionType } from '@seedlens/core';
import { NotificationType, RequestType, RequestType0, type Position } from 'vscode-languageserver';
import type { EntityRef } from './entity-ref.js';
import type { EntityPage } from './features/entities.js';
import type { RelatedArticleItem } from './features/related-articles.js';
import type { ArticleDateItem } from './features/article-dates.js';
import type { PlaceItem } from './features/places.js';
import type { TimelineItem } from './features/timeline.js';

/** Custom messages of the seedlens language server, for clients that want more than LSP. */

export interface RelatedArticlesParams {
  uri: string;
  /** Default 10. */
  limit?: number;
}

/** `seedlens/relatedArticles`: articles related to one, ranked; null for an article the server does not hold. */
export const RelatedArticlesRequest = new RequestType<RelatedArticlesParams, RelatedArticleItem[] | null, void>('seedlens/relatedArticles');

export interface EntitiesParams {
  /** Only actors, places or dates. */
  type?: MentionType;
  /** Page size, default 100. */
  limit?: number;
  /** Entities to skip, default 0. */
  offset?: number;
}

/** `seedlens/entities`: the corpus' entities, mentioned in most articles first, one page at a time, with the total. */
export const EntitiesRequest = new RequestType<EntitiesParams, EntityPage, void>('seedlens/entities');

export interface TimelineParams {
  /** Only the articles that mention this entity (an `id` from `seedlens/entities` or `seedlens/entityAt`). */
  entityId?: string;
  /** Instead of `entityId`: the entity mentioned at `position` in `uri` (no entity there: an empty timeline). */
  uri?: string;
  position?: Position;
  /** Only the articles matching this query (the search language); a malformed one is an InvalidParams error. */
  query?: string;
  /** Default 1000. */
  limit?: number;
}

/** `seedlens/timeline`: dated mentions in time order. */
export const TimelineRequest = new RequestType<TimelineParams, TimelineItem[], void>('seedlens/timeline');

/** `seedlens/articleDates`: the articles' own dates, for the same articles as `seedlens/timeline` (`limit` default 20,000). */
export type ArticleDatesParams = TimelineParams;

/** `seedlens/articleDates`: the dated articles by their own date (DCT): a timeline's marks beside its dated mentions. */
export const ArticleDatesRequest = new RequestType<ArticleDatesParams, ArticleDateItem[], void>('seedlens/articleDates');

export interface PlacesParams {
  /** At most this many places (those in most articles), default 500. */
  limit?: number;
  /** At most this many articles per place, default 10. */
  articles?: number;
}

/** `seedlens/places`: the places with coordinates, in most articles first, each with its top articles: a map's data. */
export const PlacesRequest = new RequestType<PlacesParams, PlaceItem[], void>('seedlens/places');

export interface EntityAtParams {
  uri: string;
  position: Position;
}

/** `seedlens/entityAt`: the entity mentioned at a position, or null. */
export const EntityAtRequest = new RequestType<EntityAtParams, EntityRef | null, void>('seedlens/entityAt');

export interface IndexSummary {
  /** Articles in the corpus after indexing (open documents included). */
  articles: number;
  /** Entities in the corpus after indexing. */
  entities: number;
  /** Files analysed now, and files whose analysis came from the on-disk cache. */
  analysed: number;
  fromCache: number;
  /** Files that could not be read or analysed. */
  failures: number;
  /** True when indexing stopped at `seedlens.articles.maxFiles`. */
  truncated: boolean;
  durationMs: number;
}

/** `seedlens/indexed`: sent when (re-)indexing the workspace has finished. */
export const IndexedNotification = new NotificationType<IndexSummary>('seedlens/indexed');

export interface StatusResult {
  indexing: boolean;
  /** Open documents being analysed (on a worker thread; requests are answered from their last analysis meanwhile). */
  analysing: number;
  /**
   * Of those, the ones whose analysis is in and being put into the corpus, a slice at a time
   * (requests are answered from the corpus as it was until it is all in).
   */
  indexingOpen?: number;
  articles: number;
  entities: number;
  /** The last finished indexing, if any. */
  lastIndex: IndexSummary | null;
}

/** `seedlens/status`: whether indexing is running and how big the corpus is (for status bars, and to poll). */
export const StatusRequest = new RequestType0<StatusResult, void>('seedlens/status');
