/**
 * The seedlens server's own messages as the client sees them. Only types come from the server
 * package (they vanish at build time, so no server code is bundled into the extension);
 * contributions.test.ts checks that both sides use the same method names.
 */
export type {
  ArticleDateItem,
  ArticleDatesParams,
  EntitiesParams,
  EntityAtParams,
  EntityItem,
  EntityPage,
  EntityRef,
  IndexSummary,
  PlaceItem,
  PlacesParams,
  RelatedArticleItem,
  RelatedArticlesParams,
  StatusResult,
  TimelineItem as DatedMention,
  TimelineParams,
} from '@seedlens/language-server';

export const METHODS = {
  /** Request `RelatedArticlesParams` → `RelatedArticleItem[] | null`. */
  relatedArticles: 'seedlens/relatedArticles',
  /** Request `EntitiesParams` → `EntityPage`. */
  entities: 'seedlens/entities',
  /** Request `TimelineParams` → `DatedMention[]`. */
  timeline: 'seedlens/timeline',
  /** Request `ArticleDatesParams` → `ArticleDateItem[]`. */
  articleDates: 'seedlens/articleDates',
  /** Request `PlacesParams` → `PlaceItem[]`. */
  places: 'seedlens/places',
  /** Request `EntityAtParams` → `EntityRef | null`. */
  entityAt: 'seedlens/entityAt',
  /** Notification `IndexSummary`, when (re-)indexing has finished. */
  indexed: 'seedlens/indexed',
  /** Request (no params) → `StatusResult`. */
  status: 'seedlens/status',
} as const;

/** Commands the server carries out through `workspace/executeCommand`. */
export const SERVER_COMMANDS = {
  openRelated: 'seedlens.openRelated',
  reindex: 'seedlens.reindex',
} as const;
